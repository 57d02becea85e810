"""Independent evaluation corpus n° 89: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple written by hand. In the text,
``[[LABEL:value]]`` marks a value to mask and ``{{value}}`` a string to keep. Running this
module strips the marks, computes the offsets (Python string indices, end exclusive), numbers
the notes ``ind89-001`` … ``ind89-240`` in writing order, draws the dev / holdout split and
writes ``dev.jsonl`` and ``holdout.jsonl`` next to this file.

Standard library only; deterministic (two runs give byte-identical files).

Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind89"
SEED = 89

AP = "accueil_physique"
AT = "accueil_telephonique"
CSP = "controle_sur_place"

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
SITE_KINDS = {"caf", "cpam", "ccas", "urgences", "chrs", "france_travail"}
CHANNELS = {AP, AT, CSP}

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


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
                raise ValueError(f"unknown label {label!r} in {marked!r}")
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
            raise ValueError(f"stray mark {token!r} in {text!r}")
    for ent in entities:
        value = text[ent["start"] : ent["end"]]
        if not value or value != value.strip():
            raise ValueError(f"bad span {value!r} in {text!r}")
    return text, entities, keep


def build(notes):
    """Turn the marked tuples into note dicts, numbered in writing order."""
    built = []
    for number, (site_kind, channel, marked) in enumerate(notes, start=1):
        if site_kind not in SITE_KINDS or channel not in CHANNELS:
            raise ValueError(f"bad cell {site_kind!r} / {channel!r}")
        if channel == CSP and site_kind in {"urgences", "france_travail"}:
            raise ValueError(f"no home inspection at {site_kind}")
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


def split(built):
    """Return (dev ids, holdout ids); depends only on the ids and the cells."""
    rng = random.Random(SEED)
    cells = {}
    for note in built:
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
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        for note in sorted(notes, key=lambda n: n["id"]):
            handle.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    built = build(NOTES)
    dev_ids, holdout_ids = split(built)
    write(HERE / "dev.jsonl", [n for n in built if n["id"] in dev_ids])
    write(HERE / "holdout.jsonl", [n for n in built if n["id"] in holdout_ids])
    print(f"{len(built)} notes: {len(dev_ids)} dev, {len(holdout_ids)} holdout")


# ---------------------------------------------------------------------------------------------
# The notes, written by hand, in writing order.
# ---------------------------------------------------------------------------------------------

NOTES_1 = [
    (
        "caf",
        AP,
        "{{9h12}} Caf de {{Nantes}}, antenne {{Bellevue}}. Ticket {{A047}}. Mme [[PERSONNE:Ouédraogo]] vient pour sa {{prime d'activité}} qui a baissé de {{112 €}} d'un mois sur l'autre. L'agente ([[PERSONNE:Gwenaëlle]] sur le badge) tape le n° alloc [[N_ALLOCATAIRE:2841073]] et trouve tout de suite : décla trimestrielle pas faite. Mme montre une capture sur son tel, pas de date dessus. [[PERSONNE:Gwenaëlle]] refait la décla avec elle au guichet, {{8 min}}. Elle repart soulagée mais dit « ça sert a quoi l'appli alors ».",
    ),
    (
        "france_travail",
        AP,
        "FT {{Saint-Herblain}} {{10h}}. Jeune homme, [[PERSONNE:Yanis Belkacem]], {{22 ans}}, veut une formation cariste ({{CACES}} 1 3 5). Le conseiller, M. [[PERSONNE:Jaunet]], ouvre le dossier, identifiant [[ID_FRANCE_TRAVAIL:4172093K]]. Pb : la formation est a {{Carquefou}} a {{7h30}} et il a ni voiture ni permis. « le {{tram 1}} il arrive pas la bas avant {{8h}} ». [[PERSONNE:Jaunet]] parle d'une aide à la mobilité, pas sur que ça suffise",
    ),
    (
        "urgences",
        AP,
        "Urgences adultes {{CHU}} {{Hôtel-Dieu}}, {{14h20}}. Salle d'attente pleine, j'ai compté {{23 personnes}}. A l'accueil l'IOA, [[PERSONNE:Clémence]], demande la carte vitale d'un monsieur âgé, il a que sa carte {{Harmonie Mutuelle}}. Elle cherche par nom : « [[PERSONNE:Hervouet]], [[PERSONNE:H-E-R-V-O-U-E-T]], né le [[DATE_NAISSANCE:2 février 1941]] ». Trouvé, IPP [[IDENTIFIANT:2004518873]], bracelet imprimé. Chute dans son jardin a {{Vertou}}. Sa fille arrive {{10 min}} après, très stressée, elle parle fort.",
    ),
    (
        "chrs",
        AT,
        "Ecoute {{115}} {{Loire-Atlantique}}, {{21h05}}. Une femme dit s'appeler [[PERSONNE:Nadia]], avec 2 enfants ({{4 ans}} et {{9 mois}}), gare de {{Nantes}} côté sud depuis {{18h}}. L'écoutant [[PERSONNE:Thibault]] demande le nom : « [[PERSONNE:Zerrouki]] ». Il retrouve une fiche {{SIAO}}, réf [[IDENTIFIANT:SIAO44-23-08817]]. Pas de place famille ce soir. [[PERSONNE:Thibault]] rappelle a {{21h40}} : chambre trouvée à l'hôtel {{Première Classe}} de {{Rezé}}, {{chambre 14}}. Elle pleure au tel.",
    ),
    (
        "cpam",
        AT,
        "Plateforme tel {{Cpam}} {{Loire-Atlantique}}, site de {{Saint-Nazaire}}. Appel d'un monsieur, IJ pas versées depuis {{5 semaines}}. La téléconseillère [[PERSONNE:Sandrine]] demande le n° de sécu, il le dicte : « [[NIR:1 62 11 44 184 534 31]] », elle le répète chiffre par chiffre. M. [[PERSONNE:Halgand]], né a {{Saint-Nazaire}} en [[DATE_NAISSANCE:62]], soudeur aux {{Chantiers de l'Atlantique}}. Elle voit que l'attestation de salaire de l'employeur est jamais arrivée. Il doit relancer les RH. Il soupire : « ça fait trente ans que je bosse là ».",
    ),
    (
        "ccas",
        AP,
        "CCAS de {{Rezé}}, {{9h30}}. Couple âgé, M et Mme [[PERSONNE:Pichaud]], pour une aide chauffage (chèque énergie jamais reçu). L'agente [[PERSONNE:Nolwenn]] demande la facture {{EDF}} : réf client [[IDENTIFIANT:6004 318 275]], adresse dessus [[ADRESSE:17 rue des Chevaliers, 44400 Rezé]]. Elle fait un bon pour l'épicerie sociale en attendant la commission. Mme [[PERSONNE:Pichaud]] : « on a jamais rien demandé à personne » 😢",
    ),
    (
        "caf",
        CSP,
        "Contrôle sur place avec le contrôleur Caf [[PERSONNE:Jérôme Gaborit]], {{Challans}}. Maison de plain pied [[ADRESSE:14 impasse des Mouettes, 85300 Challans]]. Allocataire Mme [[PERSONNE:Rabiller]], {{RSA}} + {{APL}}, déclarée isolée. [[PERSONNE:Gaborit]] regarde la boîte aux lettres : deux noms, « [[PERSONNE:Rabiller]] / [[PERSONNE:Texier]] ». Elle explique que M. [[PERSONNE:Texier]] c'est son ex, parti depuis {{8 mois}}, le courrier arrive encore. Voiture garée devant, [[IMMATRICULATION:FZ-318-KB]], « c'est celle de ma soeur ». Il note tout, aucune conclusion devant elle. Durée {{1h10}}.",
    ),
    (
        "france_travail",
        AT,
        "Plateforme tel {{France Travail}} {{Pays de la Loire}}, à côté de [[PERSONNE:Aurélie]]. Monsieur radié pour absence a un rdv, il jure qu'il a jamais eu la convoc. Elle vérifie : envoyée par mail sur [[EMAIL:d.tessier85@orange.fr]]. « c'est plus mon adresse ça, maintenant c'est [[EMAIL:dominique.tessier@laposte.net]] ». Elle met à jour, lui explique la réinscription. Identifiant [[ID_FRANCE_TRAVAIL:0937 215 F]]. {{14 min}} d'appel.",
    ),
    (
        "urgences",
        AT,
        "Accueil tel urgences, hôpital de {{Saint-Nazaire}}, {{16h}}. Une dame appelle pour savoir si son mari est arrivé ({{SMUR}} depuis {{Pornic}}). La secrétaire [[PERSONNE:Karima]] demande nom prénom date de naissance : « [[PERSONNE:Robert Chiron]], [[DATE_NAISSANCE:11/09/1948]] ». Il est bien là. [[PERSONNE:Karima]] peut rien dire de médical au tel, un médecin rappellera. La dame laisse son numéro : [[TELEPHONE:06 71 22 48 09]].",
    ),
    (
        "caf",
        AT,
        "Ecoute au {{3230}} a côté de [[PERSONNE:Ludivine]] (Caf {{Vendée}}). Jeune papa en congé paternité, il veut savoir pour la {{PAJE}}. Num allocataire : [[N_ALLOCATAIRE:0731592]]. Le bébé, [[PERSONNE:Léo]], est né le [[DATE_NAISSANCE:3 mars]], déclaré en ligne mais pas encore visible. [[PERSONNE:Ludivine]] : « comptez {{15 jours}} ». Prime à la naissance {{1 019 €}} déjà versée avant. Il remercie 4 fois.",
    ),
    (
        "chrs",
        AP,
        "CHRS {{La Traversée}}, {{Nantes}} {{Doulon}}. Entretien d'admission de M. [[PERSONNE:Ahmadi]], afghan, {{31 ans}}, réfugié. Carte de résident {{10 ans}} n° [[IDENTIFIANT:4402318765]]. L'éduc [[PERSONNE:Maëlle]] explique le règlement, la participation de {{10 %}} des ressources, les horaires ({{23h}}). Interprète par tel via {{ISM Interprétariat}}, la ligne coupe 2 fois. Il demande surtout si il pourra faire venir sa femme.",
    ),
    (
        "cpam",
        AP,
        "Accueil Cpam {{Saint-Nazaire}}, {{11h}}, {{6 personnes}} devant. Une dame, Mme [[PERSONNE:Kowalska]] (polonaise, parle très bien), pour la {{C2S}}. Le conseiller [[PERSONNE:Stéphane]] vérifie ses revenus sur 12 mois, ça passe, C2S sans participation. Il imprime l'attestation direct. Elle : « en {{Pologne}} c'est pas si simple ». Lui : « ici non plus d'habitude ».",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile avec [[PERSONNE:Fatoumata]], travailleuse sociale du CCAS de {{Saint-Nazaire}}, chez M. [[PERSONNE:Le Bihan]], {{79 ans}}, [[ADRESSE:6 rue de l'Étier, 44600 Saint-Nazaire]] (quartier {{Méan-Penhoët}}). Logement très encombré, odeur. Il sort ses papiers d'une boîte a chaussures : quittance {{Silène}}, loyer {{312 €}}, n° locataire [[IDENTIFIANT:SIL-0042871]]. [[PERSONNE:Fatoumata]] propose le portage de repas, il refuse puis accepte « juste le midi ».",
    ),
    (
        "france_travail",
        AP,
        "Atelier CV collectif, agence {{France Travail}} {{Rezé}}, {{14h-16h}}. {{7 inscrits}}, 2 absents. Le vidéoproj marche pas au début ({{15 min}} de perdues). Exemples de CV pour la logistique ({{Amazon}}, {{Lidl}} entrepôt). Une participante demande si faut mettre sa photo. Réponse : « c'est vous qui voyez ». Personne prend de notes sauf moi 😅",
    ),
    (
        "caf",
        AP,
        "File d'attente dehors avant l'ouverture, Caf {{La Roche-sur-Yon}}, {{8h25}} : {{14 personnes}}, il pleut. Ouverture {{8h30}} pile. Le vigile donne les tickets, demande à chacun le motif. Beaucoup d'attestations de paiement pour les bailleurs. Une mamie a amené un thermos de café pour sa voisine de file.",
    ),
    (
        "urgences",
        AP,
        "Urgences pédiatriques {{CHU}} {{Nantes}}, soirée. Maman avec un bébé de {{5 semaines}}, fièvre {{38,9}}. Bébé [[PERSONNE:Aya]], née le [[DATE_NAISSANCE:14 février 2024]], pas encore de carte vitale, rattachée à la mère. L'IAO [[PERSONNE:Pauline]] tape le NIR de la maman sur l'attestation papier : [[NIR:290049712000696]]. Mme [[PERSONNE:Lubin]], {{33 ans}}, originaire de {{Guadeloupe}}, seule, le papa est en mer. Passée en {{20 min}}, priorité bébé.",
    ),
    (
        "ccas",
        AT,
        "Standard CCAS {{La Roche-sur-Yon}}. Un monsieur appelle pour sa mère qui a « plus rien dans le frigo ». L'agent [[PERSONNE:Didier]] note : Mme [[PERSONNE:Gendronneau]], {{86 ans}}, [[ADRESSE:42 rue Clemenceau]] à {{La Roche}}. Portable du fils [[TELEPHONE:07 68 42 11 53]]. [[PERSONNE:Didier]] propose un colis d'urgence + visite a domicile jeudi. Le fils habite {{Bordeaux}}, culpabilise, le dit 3 fois.",
    ),
    (
        "cpam",
        CSP,
        "Sortie avec l'agent enquêteur Cpam, [[PERSONNE:Franck]], a {{Orvault}} : contrôle d'un arrêt maladie (sorties autorisées {{10h-12h}} et {{16h-18h}}). {{14h15}}, personne au [[ADRESSE:9 allée des Tilleuls, 44700 Orvault]]. Il laisse un avis de passage. La voisine dit que M. [[PERSONNE:Guilbaud]] « est parti a la pêche a {{Pornichet}} ce matin ». [[PERSONNE:Franck]] : « je note pas ce que dit la voisine, je note ce que je vois ».",
    ),
    (
        "chrs",
        CSP,
        "Visite dans un appart en diffus du CHRS, {{Saint-Herblain}}, {{Bellevue}}. Travailleur social [[PERSONNE:Anthony]] + moi. Famille [[PERSONNE:Krasniqi]] ({{Kosovo}}), 5 dans un T3, [[ADRESSE:8 rue de Dijon, appt 41, 44800 Saint-Herblain]]. Le fils aîné [[PERSONNE:Arben]], {{16 ans}}, traduit pour ses parents. Fuite sous l'évier depuis {{3 semaines}}, [[PERSONNE:Anthony]] appelle le bailleur {{Atlantique Habitations}} devant nous, attente {{12 min}}, ticket d'intervention créé. La mère nous sert du thé et des gâteaux, impossible de refuser.",
    ),
    (
        "france_travail",
        AP,
        "Agence {{La Roche-sur-Yon}} nord. Inscription de Mme [[PERSONNE:Soulard]], {{52 ans}}, licenciement éco d'une usine de meubles a {{Montaigu}}. Le conseiller [[PERSONNE:Loïc]] lui présente le {{CSP}} (contrat de sécurisation pro). Il vérifie à l'écran : née le [[DATE_NAISSANCE:07/12/1971]], mail [[EMAIL:soulard.mf@gmail.com]]. Identifiant donné : [[ID_FRANCE_TRAVAIL:5820476W]]. Elle note tout sur un carnet à spirale, demande à [[PERSONNE:Loïc]] d'épeler « sécurisation ».",
    ),
    (
        "caf",
        CSP,
        "{{Saint-Nazaire}}, contrôle résidence avec la contrôleuse [[PERSONNE:Isabelle Moyon]]. M. [[PERSONNE:Diop]], {{24 ans}}, {{RSA}}, doit montrer qu'il vit en {{France}} au moins {{9 mois}} par an. Passeport sénégalais [[IDENTIFIANT:A01742913]], tampons de sortie en décembre, retour fin janvier. Attestation de droits Cpam sur la table : [[NIR:1 99 07 99 341 538 06]]. Il a ses fiches de paie intérim ({{Manpower}}) bien rangées dans une pochette. [[PERSONNE:Moyon]] : « c'est bon pour moi ».",
    ),
    (
        "urgences",
        AP,
        "{{3h du matin}}, urgences du {{CHD Vendée}}, {{La Roche-sur-Yon}}. {{11 brancards}} dans le couloir. Un agent de sécu calme un monsieur alcoolisé qui chante du {{Johnny}}. L'interne dort debout. Une infirmière me dit que c'est une nuit « normale ». Distributeur de café en panne depuis lundi.",
    ),
    (
        "france_travail",
        AT,
        "Appels sortants avec [[PERSONNE:Samia]] pour un job dating {{Bénéteau}} a {{Saint-Gilles-Croix-de-Vie}}.\n1) pas de réponse, messagerie « vous êtes bien chez [[PERSONNE:Kévin]] laissez un msg »\n2) M. [[PERSONNE:Nguyen]] répond, intéressé, mais pas de voiture\n3) Mme [[PERSONNE:Boisseau]] au [[TELEPHONE:06 12 87 40 33]] : ok pour jeudi {{9h}}\n[[PERSONNE:Samia]] dit qu'elle en fait {{40}} par après-midi comme ça.",
    ),
    (
        "cpam",
        AP,
        "Cpam {{La Roche-sur-Yon}}. M. [[PERSONNE:Yılmaz]] accompagne sa femme pour sa carte vitale. Attestation de Mme [[PERSONNE:Yılmaz]] : [[NIR:2 66 06 99 208 978 63]], {{57 ans}}, née en {{Turquie}}. Il faut une photo + une pièce d'identité : titre de séjour n° [[IDENTIFIANT:8500416237]]. L'agente [[PERSONNE:Véronique]] montre la démarche sur {{Ameli}} sur la tablette, le mari filme l'écran avec son tel pour s'en rappeler.",
    ),
    (
        "caf",
        AT,
        "Rdv tel Caf {{Loire-Atlantique}} : le conseiller [[PERSONNE:Mickaël]] appelle Mme [[PERSONNE:Ilunga]] pour son dossier {{AAH}} / {{APL}}. Elle a changé de banque et veut donner le nouveau RIB au tel. [[PERSONNE:Mickaël]] : « je peux pas le prendre par tel madame, faut le déposer sur l'espace perso ». Elle le lit quand même en entier : [[IBAN:FR76 3000 4747 1101 3686 0478 041]]. Il saisit rien, réexplique l'espace perso, ça dure {{9 min}}.",
    ),
    (
        "chrs",
        AT,
        "{{115}} de la {{Vendée}}, {{22h30}}. Un homme appelle des {{Sables-d'Olonne}}, il dort dans sa voiture, une {{Clio}} grise immatriculée [[IMMATRICULATION:BX 512 TR]], parking du {{port}}. Il dit s'appeler [[PERSONNE:Pascal]], pas de nom de famille. L'écoutante [[PERSONNE:Inès]] : rien aux {{Sables}} ce soir, peut-être {{La Roche}} demain. Il dit qu'il a plus d'essence pour y aller. Fin d'appel sans solution, elle reste silencieuse un moment.",
    ),
    (
        "ccas",
        AP,
        "CCAS {{Nantes}}, service domiciliation. Mme [[PERSONNE:Popescu]] vient chercher son courrier. L'agent [[PERSONNE:Hugo]] demande sa pièce : carte d'identité roumaine, série et numéro [[IDENTIFIANT:RX 841203]]. {{3 lettres}} pour elle dont une de la {{Caf}}. Elle lui demande de la lire, il la lit à voix basse. Puis question sur l'aide alimentaire : il l'oriente vers les {{Restos du Coeur}}, lui donne le flyer.",
    ),
    (
        "france_travail",
        AP,
        "Agence {{Saint-Nazaire}}. [[PERSONNE:Léna]], {{19 ans}}, veut entrer en {{CEJ}}. Le conseiller demande si elle est suivie par la {{Mission Locale}} : non. Pour l'allocation il faut un RIB, elle a une carte {{La Banque Postale}} et le RIB en photo : [[IBAN:FR7620041878745176815182455]]. Sur l'écran je lis sa date de naissance au format [[DATE_NAISSANCE:2004-11-23]]. Elle veut bosser dans la petite enfance.",
    ),
    (
        "urgences",
        AT,
        "Urgences {{Les Sables-d'Olonne}}, poste de la secrétaire. Le régulateur du {{15}} annonce 2 arrivées : une femme de {{38 ans}} chute de vélo, un monsieur de {{70 ans}} douleur thoracique. Aucun nom au tel. La secrétaire prépare les dossiers vides, elle dit que c'est comme ça l'été « mais là on est en mars ».",
    ),
    (
        "caf",
        AP,
        "Caf {{Saint-Nazaire}} {{15h10}}. M. [[PERSONNE:Pereira]] et sa fille [[PERSONNE:Mariana]], {{17 ans}}, qui traduit. Déménagement de {{Montoir-de-Bretagne}} vers [[ADRESSE:25 rue des Ajoncs, 44480 Donges]]. L'agente [[PERSONNE:Coralie]] met à jour pour l'APL, demande le bail signé. N° alloc [[N_ALLOCATAIRE:4417820]]. [[PERSONNE:Mariana]] corrige son père en portugais quand il dit une mauvaise date.",
    ),
    (
        "ccas",
        AT,
        "Standard CCAS {{Saint-Herblain}} : {{9 appels}} en {{30 min}}. Presque tous pour les inscriptions au séjour seniors à {{Saint-Jean-de-Monts}}. L'agente répète les tarifs ({{180 €}} / {{320 €}} selon revenus) à chaque fois. Aucun nom noté devant moi, elle prend les numéros sur un post-it qu'elle saisit après.",
    ),
    (
        "france_travail",
        AT,
        "{{3949}}. M. [[PERSONNE:Oleksandr Kovalenko]], ukrainien, protection temporaire, récépissé APS n° [[IDENTIFIANT:4490217563]]. Il veut s'inscrire. Le conseiller [[PERSONNE:Jordan]] lui fait épeler son mail lettre par lettre : [[EMAIL:o.kovalenko.ua@gmail.com]], puis sa date de naissance [[DATE_NAISSANCE:30.05.1985]] (il la dit en anglais). [[PERSONNE:Jordan]] finit en anglais aussi, bien.",
    ),
    (
        "chrs",
        AP,
        "Accueil de jour {{La Halte}}, {{Nantes}}, {{8h45}}. Café, douches ({{12}} inscrits sur le tableau). Un monsieur demande à recharger son tel, tout le monde l'appelle « [[PERSONNE:Bambi]] ». Il cherche à joindre Mme [[PERSONNE:Chevalier]] du {{SIAO}}, l'animatrice [[PERSONNE:Soizic]] lui donne le numéro du service. [[PERSONNE:Bambi]] rigole : « elle me connaît depuis {{2015}} ».",
    ),
    (
        "cpam",
        AT,
        "Appel {{3646}} : Mme [[PERSONNE:Rakotomalala]] a reçu un SMS « votre carte vitale expire cliquez ici ». La conseillère [[PERSONNE:Françoise]] confirme que c'est une arnaque, demande le numéro expéditeur : [[TELEPHONE:+33 7 56 81 20 44]]. Elle lui dit de le signaler au {{33700}}. Mme avait pas cliqué, ouf.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Saint-Nazaire}}, {{box 6}}. Marin philippin d'un cargo à quai a {{Montoir}}, coupure profonde à la main. Pas de couverture française. L'agent d'accueil photocopie le passeport : n° [[IDENTIFIANT:P4827106A]], nom [[PERSONNE:Dela Cruz]], prénom [[PERSONNE:Jomar]]. C'est l'agent maritime de l'armateur qui paiera, il arrive avec un classeur. [[PERSONNE:Jomar]] sourit tout le temps, parle anglais.",
    ),
]

NOTES_2 = [
    (
        "caf",
        AP,
        "Caf {{Roubaix}}, {{10h40}}. Mme [[PERSONNE:Delattre]], {{53 ans}}, née a {{Lille}}, frontalière : elle bosse en {{Belgique}} ({{Mouscron}}), salaire versé sur un compte belge. Elle veut que la Caf verse l'{{ASF}} sur ce compte : [[IBAN:BE96 1559 6739 4956]]. L'agent [[PERSONNE:Kader]] dit que c'est possible si c'est un IBAN zone {{SEPA}}, il vérifie son NIR sur le formulaire : [[NIR:2 70 09 59 350 442 84]]. Attente avant guichet : {{35 min}}.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Marseille}} {{Belle de Mai}}. M. [[PERSONNE:Saïd Ahamada]], {{45 ans}}, comorien, agent de sécu. Sa carte pro {{CNAPS}} a expiré, il lui faut le recyclage {{MAC APS}} pour la renouveler. Carte pro n° [[IDENTIFIANT:CAR-013-2029-03-14-20190451233]] lue a voix haute par la conseillère [[PERSONNE:Leïla]]. Identifiant [[ID_FRANCE_TRAVAIL:6103948L]]. Financement possible via l'{{AIF}}, elle monte le devis avec lui. Lui : « sans la carte je peux même pas faire les matchs au {{Vélodrome}} ».",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Édouard Herriot}}, {{Lyon}}. Femme amenée par les pompiers, malaise dans le métro ligne {{D}}. Confuse. L'IOA fouille le portefeuille avec un collègue : carte vitale au nom de [[PERSONNE:Samira Benaïssa]], née le [[DATE_NAISSANCE:18 janvier 1981]], NIR [[NIR:281016938351029]]. Dans son tel, contact « {{Chéri ❤️}} » : c'est le mari, [[PERSONNE:Farid]], joint au [[TELEPHONE:06 47 90 13 28]]. Il arrive en {{25 min}} en scooter, encore en tenue de boulanger.",
    ),
    (
        "chrs",
        AT,
        "{{115}} de {{Seine-Saint-Denis}}, {{19h}}. Temps d'attente moyen affiché au mur : {{45 min}}. L'écoutante [[PERSONNE:Aminata]] décroche : [[PERSONNE:Mamadou Sylla]], né le [[DATE_NAISSANCE:1er janvier 1996]] (« comme beaucoup » me dit-elle après). Il est a {{Saint-Denis}} vers la {{Porte de Paris}}. Rien ce soir, rappeler demain {{9h}}. Elle raccroche, ça resonne déjà. Elle boit pas d'eau de toute la soirée.",
    ),
    (
        "cpam",
        AP,
        "Cpam {{Strasbourg}}. M. [[PERSONNE:Schaeffer]], {{81 ans}}, béret, veut comprendre le remboursement de ses lunettes. L'agente [[PERSONNE:Elodie]] explique le {{régime local}} d'{{Alsace-Moselle}} + sa complémentaire, n° adhérent [[IDENTIFIANT:00487712 03]] sur sa carte. Il parle alsacien avec le vigile en attendant l'impression. {{12 min}} au guichet.",
    ),
    (
        "ccas",
        AP,
        "CCAS {{Toulouse}}, antenne du {{Mirail}}. Mme [[PERSONNE:Fernandes]] demande une aide pour la cantine de ses 2 enfants, nés en [[DATE_NAISSANCE:2013]] et [[DATE_NAISSANCE:2016]]. Quotient familial à recalculer : elle a pas son attestation Caf. L'agent l'imprime depuis le portail partenaire (ça existe, je savais pas). Tarif passe de {{3,40 €}} à {{0,50 €}} le repas.",
    ),
    (
        "caf",
        CSP,
        "Contrôle Caf {{Hérault}}, {{Montpellier}}, quartier {{La Paillade}}, avec la contrôleuse [[PERSONNE:Sophie Marty]]. M. [[PERSONNE:Gonzalez]], {{AAH}} + {{APL}}, déclaré seul au [[ADRESSE:31 rue de Tipasa, 34080 Montpellier]]. 2 brosses à dents, des vêtements de femme sur le séchoir. Il dit que c'est sa fille qui vient le weekend. [[PERSONNE:Marty]] demande a voir la chambre, il accepte. Lit simple. Elle me dit dans la voiture : « je crois qu'il dit vrai ».",
    ),
    (
        "france_travail",
        AT,
        "Plateforme FT, conseiller [[PERSONNE:Rémi]]. Mme [[PERSONNE:Oliveira]] appelle pour ses droits ARE. Pour vérifier il demande la date de naissance, elle la dit en toutes lettres : « [[DATE_NAISSANCE:vingt-deux juin soixante-dix-neuf]] ». Identifiant [[ID_FRANCE_TRAVAIL:2284 107 N]]. Elle veut changer de RIB, le dicte : [[IBAN:FR7630003114284871966953026]]. [[PERSONNE:Rémi]] lui dit de le faire en ligne quand même, « pour la sécurité ».",
    ),
    (
        "urgences",
        AT,
        "Urgences {{CHU}} {{Rennes}} {{Pontchaillou}}, secrétariat. Un pharmacien appelle pour vérifier une ordonnance faite cette nuit au nom de [[PERSONNE:Tiphaine Le Roux]], signée Dr [[PERSONNE:Abadie]]. La secrétaire, [[PERSONNE:Marion]], retrouve le passage avec le n° de séjour [[IDENTIFIANT:24019577]] : ordonnance ok. Appel {{2 min}}.",
    ),
    (
        "caf",
        AT,
        "Caf {{Bouches-du-Rhône}}, appel entrant. Mme [[PERSONNE:Mebarki]] n'arrive pas a se connecter. Num alloc [[N_ALLOCATAIRE:1 923 448]]. L'agent vérifie le mail enregistré, elle le redonne : « [[EMAIL:nadia.mebarki13 arobase hotmail point fr]] », c'est le même. Mot de passe réinitialisé, le mail arrive pas, il était dans les spams. Fou rire des deux côtés.",
    ),
    (
        "chrs",
        AP,
        "CHRS pour femmes, {{Clermont-Ferrand}}. Mme [[PERSONNE:Kaya]] arrivée hier soir via le {{115}} avec sa fille [[PERSONNE:Elif]], {{6 ans}}. L'éducatrice [[PERSONNE:Hélène]] l'aide pour la suite judiciaire : récépissé de plainte n° [[IDENTIFIANT:2024/004718]], audience pour l'ordonnance de protection, RG [[IDENTIFIANT:24/01283]]. [[PERSONNE:Elif]] dessine un chat sur le tableau blanc du bureau pendant ce temps.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle arrêt de travail avec [[PERSONNE:Nordine]], agent Cpam, {{Vénissieux}} ({{Minguettes}}). {{15h05}}, M. [[PERSONNE:Mendes]] ouvre, en pyjama, béquilles. Arrêt prescrit par le Dr [[PERSONNE:Chabert]] pour une entorse. [[PERSONNE:Nordine]] vérifie l'identité, 3 min, repart. Sur le palier il me dit qu'il fait {{8 à 10}} visites par jour et que « 9 fois sur 10 les gens sont là ».",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile CCAS {{Villeurbanne}} pour une demande d'aide-ménagère. Mme [[PERSONNE:Giraud]], {{91 ans}}, [[ADRESSE:12 rue Francis de Pressensé, 69100 Villeurbanne]], 4e sans ascenseur. C'est la voisine du dessous, Mme [[PERSONNE:Tran]], qui lui monte ses courses depuis {{2 ans}}. La travailleuse sociale remplit la grille {{AGGIR}} avec elle, {{GIR 4}} probable. Mme [[PERSONNE:Giraud]] veut surtout pas aller en {{EHPAD}}.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Lens}}. Zone d'accueil : {{3 bornes}} dont 1 en panne (écran bleu). Un jeune en {{service civique}} aide les gens à se connecter, la moitié ont oublié leur mot de passe. En {{1h}} j'ai compté {{17 passages}}. Beaucoup viennent juste imprimer une attestation. Affiche {{Salon de l'emploi}} jeudi.",
    ),
    (
        "caf",
        AP,
        "Caf {{Nantes}}, accueil sur rdv, {{14h}}. M. [[PERSONNE:Ndiaye]] vient déclarer la naissance des jumelles, [[PERSONNE:Awa]] et [[PERSONNE:Adama]], nées le [[DATE_NAISSANCE:2 janvier]]. L'agente [[PERSONNE:Morgane]] vérifie l'adresse : [[ADRESSE:11 rue de la Petite Sensive, 44300 Nantes]]. Acte de naissance de la mairie de {{Nantes}} ok. Il montre les photos des filles à tout le monde, [[PERSONNE:Morgane]] comprise.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Hôpital Nord}} {{Marseille}}. Ado de {{15 ans}} amené par son père, poignet après un match. Fiche : [[PERSONNE:Nassim Hamdi]], né le [[DATE_NAISSANCE:09/04/2008]]. Enfant rattaché au père, mutuelle {{MGEN}} n° [[IDENTIFIANT:202418335]]. Attente estimée {{3h}}. Le père : « on a le temps de refaire le match ».",
    ),
    (
        "ccas",
        AT,
        "CCAS {{Metz}}, standard. Un propriétaire appelle : sa locataire, Mme [[PERSONNE:Weber]], paie plus depuis {{3 mois}} et « a l'air perdue ». L'agent refuse de dire si elle est suivie. Le proprio laisse son num [[TELEPHONE:03 87 64 21 90]] au cas où. L'agent transmet a la travailleuse sociale du secteur. Ton plutot bienveillant du proprio, je m'attendais pas.",
    ),
    (
        "chrs",
        CSP,
        "Visite de l'équipe mobile CHRS au camping de {{Saint-Hilaire-de-Riez}}, hors saison. M. [[PERSONNE:Chauvet]], {{63 ans}}, vit à l'année dans un mobil-home, [[ADRESSE:camping Les Tamaris, emplacement 18]]. Chauffage d'appoint au pétrole, humidité partout. L'éducateur [[PERSONNE:Yannick]] parle de la demande de logement social, il hausse les épaules. Son chien {{Rocky}} nous suit jusqu'à la voiture.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Strasbourg}} {{Hautepierre}}. M. [[PERSONNE:Tesfaye Gebremedhin]], érythréen, réfugié, titre de séjour n° [[IDENTIFIANT:6703128849]]. Il veut travailler dans le BTP, a besoin de FLE d'abord. La conseillère [[PERSONNE:Julie]] parle lentement, il répond en anglais. Identifiant [[ID_FRANCE_TRAVAIL:7034219P]]. Elle l'inscrit a une session {{FLE}} de {{200 h}}.",
    ),
    (
        "cpam",
        AT,
        "Plateforme Cpam {{Bouches-du-Rhône}}. M. [[PERSONNE:Santoni]], soins en {{Italie}} à rembourser. Né a {{Bastia}}, il dicte son numéro : « [[NIR:1 56 03 2B 033 655 70]] », et la téléconseillère doit lui faire répéter le 2B. Pour vérifier : « je suis de [[DATE_NAISSANCE:cinquante-six]] ». Formulaire {{S3125}} à renvoyer avec les factures.",
    ),
    (
        "caf",
        CSP,
        "Contrôle Caf a {{Nantes}} {{Bottière}} avec [[PERSONNE:Erwan Le Floch]]. Mme [[PERSONNE:Mabiala]], {{AL}}, n° allocataire [[N_ALLOCATAIRE:3390512]]. Il y a un colocataire pas déclaré ? Elle dit que c'est son cousin [[PERSONNE:Christ]], de passage. Une voiture à son nom sur le parking, [[IMMATRICULATION:GA-774-NP]]. [[PERSONNE:Le Floch]] explique calmement ce qu'il doit écrire dans le rapport, elle pose plein de questions, il répond à toutes.",
    ),
    (
        "urgences",
        AP,
        "{{CHU}} {{Lille}}, urgences. Ecran au mur : « attente estimée {{4h10}} ». Les gens prennent l'écran en photo pour l'envoyer a leur famille. Machine à snacks vide. Un agent d'entretien passe la serpillère autour des pieds de tout le monde en s'excusant.",
    ),
    (
        "france_travail",
        AT,
        "Plateforme FT. Un employeur (restaurant a {{Pornic}}) appelle au sujet de l'offre n° {{172XKQT}}, il veut les coordonnées d'un candidat, [[PERSONNE:Lucas Pajot]], vu au forum. Le conseiller refuse, propose de transmettre. L'employeur, M. [[PERSONNE:Merlet]], s'énerve un peu puis accepte. Conseiller : « on est pas une agence d'intérim ».",
    ),
    (
        "caf",
        AT,
        "Caf, serveur vocal : j'ai appelé moi-même depuis le poste de l'agente pour tester. {{12 min}} d'attente, musique en boucle. Le message rappelle l'espace « {{Mon Compte}} » et le site {{caf.fr}}. L'agente dit que le lundi c'est pire, jusqu'à {{40 min}}.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Loire-Atlantique}}. L'assistante sociale des urgences du {{CHU}} appelle pour un patient sortant : M. [[PERSONNE:Kabongo]], né le [[DATE_NAISSANCE:07/12/1988]] à {{Kinshasa}}, pas de domicile. Elle donne même son numéro de sécu pour la fiche {{SIAO}} : [[NIR:188129931201776]]. L'écoutant [[PERSONNE:Maxime]] : place au {{centre de nuit}} de {{Nantes}}, arrivée avant {{20h}}. Elle dit merci 5 fois, le patient attendait depuis le matin.",
    ),
    (
        "ccas",
        AP,
        "CCAS {{Saint-Nazaire}}, demande de domiciliation. M. [[PERSONNE:Magomedov]], tchétchène, vit dans son fourgon immatriculé [[IMMATRICULATION:DH-902-ZA]], garé vers la {{base sous-marine}}. L'agente [[PERSONNE:Laure]] remplit le cerfa, explique qu'il pourra recevoir son courrier ici. Il demande si la police peut le déloger. Elle dit qu'elle sait pas.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Challans}}. Mme [[PERSONNE:Grolleau]], {{34 ans}}, saisonnière (ostréiculture a {{Bouin}} l'hiver, camping l'été). Elle a aussi une micro-entreprise de vente de coquillages sur les marchés, son SIRET perso : [[IDENTIFIANT:83244735333662]]. Identifiant FT [[ID_FRANCE_TRAVAIL:8125063R]]. Cumul ARE + micro : la conseillère fait le calcul sur une feuille, elle aussi a du mal.",
    ),
    (
        "urgences",
        AT,
        "Urgences de {{Challans}}. L'{{EHPAD Les Oyats}} appelle pour annoncer le transfert d'une résidente, Mme [[PERSONNE:Baudry]], née le [[DATE_NAISSANCE:4 avril 1932]], chute la nuit, suspicion col du fémur. Ambulance {{Jussieu}} déjà partie. L'infirmière de l'{{EHPAD}} épelle : [[PERSONNE:B-A-U-D-R-Y]]. L'IOA note tout sur un papier avant de saisir.",
    ),
    (
        "cpam",
        AP,
        "Cpam {{Lille}}. Étudiant {{Erasmus}} espagnol, [[PERSONNE:Pablo Jiménez]], avec sa {{CEAM}}, soins dentaires. L'agente [[PERSONNE:Nathalie]] explique le formulaire, il veut le remboursement sur son compte espagnol : [[IBAN:ES22 2100 0021 1140 8182 1642]]. Mail de contact : [[EMAIL:pjimenez@alumni.uv.es]]. Il parle mieux français que ce que je pensais.",
    ),
    (
        "chrs",
        AP,
        "CHRS {{Marseille}}, bagagerie du matin. M. [[PERSONNE:Dumitru]] récupère un sac dans le {{casier 27}}. Il demande si son récépissé de demande d'asile est arrivé. L'éducateur [[PERSONNE:Fabien]] vérifie le courrier : non. Ils parlent foot ({{OM}}), ça détend tout le monde.",
    ),
    (
        "france_travail",
        AT,
        "Plateforme FT. M. [[PERSONNE:Rialland]] appelle de {{Vallet}}, il veut être rappelé par sa conseillère. Il donne son portable en mots, je l'écris comme il le dit : « [[TELEPHONE:zéro six, trente-deux, quinze, quatre-vingt-huit, zéro sept]] ». Le conseiller le relit en chiffres, ok. Motif : refus d'une formation en {{Vendée}} trop loin.",
    ),
    (
        "caf",
        AP,
        "Caf {{Nantes}}, antenne {{Malakoff}}, {{11h50}}. M. [[PERSONNE:Haddad]] veut comprendre un indu de {{1 340 €}} sur la prime d'activité. Agent [[PERSONNE:Sébastien]] : ressources de son épouse pas déclarées sur 2 trimestres. M. [[PERSONNE:Haddad]] : « elle a fait des ménages 3 semaines ». Plan de remboursement a {{50 €}} par mois proposé. Il signe sans lire.",
    ),
    (
        "cpam",
        AT,
        "Appel {{3646}}. Mme [[PERSONNE:Hoarau]], réunionnaise installée a {{Saint-Herblain}}, a perdu sa carte vitale. La conseillère commande le duplicata, vérifie l'adresse : [[ADRESSE:3 rue du Moulin de la Garenne, 44800 Saint-Herblain]]. Délai {{3 semaines}}, attestation envoyée par mail en attendant.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CHU}} {{Nantes}}, {{23h}}. Un habitué arrive à pied, tout le monde l'appelle « [[PERSONNE:Titi]] », plaie au cuir chevelu. L'agent d'accueil connaît son nom de famille par coeur : [[PERSONNE:Gautreau]]. Le vigile lui tend un gobelet d'eau. [[PERSONNE:Titi]] demande si il peut dormir là « juste cette nuit ».",
    ),
    (
        "ccas",
        AT,
        "CCAS {{Fontenay-le-Comte}}. Une dame appelle pour son voisin : plus vu depuis {{4 jours}}, volets fermés. L'agente prévient la police municipale et donne l'adresse à la patrouille : [[ADRESSE:7 rue des Loges, Fontenay-le-Comte]]. Rappel {{40 min}} plus tard : il était chez sa fille à {{Niort}}. Soulagement au bureau.",
    ),
]

NOTES_3 = [
    (
        "caf",
        AP,
        "Permanence Caf à la {{France services}} des {{Sables-d'Olonne}}, mardi matin. Mme [[PERSONNE:Rousseau]], {{51 ans}}, née ici, séparée depuis janvier, demande le {{RSA}}. L'agente [[PERSONNE:Maud]] vérifie la carte vitale : [[NIR:2 73 02 85 194 013 61]]. RIB {{Crédit Agricole}} : [[IBAN:FR76 1470 6316 0384 5133 1578 359]]. Elle a travaillé {{22 ans}} dans une conserverie, pas droit au chômage (démission). Elle dit « j'ai honte » deux fois, [[PERSONNE:Maud]] répond « c'est un droit » deux fois.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Nantes}} {{Beaulieu}}, info collective recrutement soudeurs / tuyauteurs pour les {{Chantiers de l'Atlantique}}. {{12 personnes}} dans la salle, 1 seule femme. Le représentant du chantier montre une vidéo du paquebot. Salaire annoncé {{2 100 €}} brut + primes. Questions surtout sur les navettes depuis {{Nantes}} ({{1h}} de route). Fin a {{11h15}}.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Saint-Nazaire}}, {{Cité sanitaire}}. Intérimaire blessé à la raffinerie de {{Donges}}, amené par un collègue dans une {{Peugeot 208}} [[IMMATRICULATION:EK-067-WS]] garée sur la dépose minute. Le vigile demande de la bouger. Le blessé, [[PERSONNE:Bilal Zeroual]], main bandée dans un torchon. Accident du travail : l'employeur c'est l'agence {{Adecco}}, pas la raffinerie, l'agent d'accueil insiste sur ce point pour la feuille AT.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Loire-Atlantique}}, bilan de fin de soirée sur le tableau : {{148 appels}} décrochés, {{37}} demandes non pourvues, dont {{9}} familles. Les écoutants remplissent le tableur partagé. Quelqu'un a écrit « courage » sur la vitre au feutre.",
    ),
    (
        "cpam",
        AP,
        "Point d'accueil Cpam de {{Rezé}}. [[PERSONNE:Théo Padioleau]], {{23 ans}}, né a {{Rezé}}, plus rattaché à ses parents, veut sa propre carte vitale. NIR [[NIR:1 01 01 44 143 859 79]]. L'agente [[PERSONNE:Yasmine]] crée le compte {{Ameli}} avec lui, mail [[EMAIL:theo.padio@icloud.com]]. Il avait jamais vu un relevé de remboursement. « c'est ma mère qui gérait ».",
    ),
    (
        "ccas",
        AP,
        "CCAS {{Nantes}}, permanence des {{Dervallières}}. Mme [[PERSONNE:Sissoko]], aide d'urgence : facture de cantine + bons alimentaires. Enfants [[PERSONNE:Moussa]] ({{8 ans}}) et [[PERSONNE:Fanta]] ({{5 ans}}). La travailleuse sociale [[PERSONNE:Nadège]] regarde la quittance {{Nantes Métropole Habitat}}, contrat locataire n° [[IDENTIFIANT:NMH 218 44 507]]. Bons de {{60 €}} donnés, dossier en commission vendredi.",
    ),
    (
        "caf",
        CSP,
        "Contrôle Caf a {{Luçon}} avec la contrôleuse [[PERSONNE:Sylvie Charrier]]. M. [[PERSONNE:Vo]], {{RSA}}, déclare zéro revenu. Devant la maison ([[ADRESSE:2 rue du Minage, 85400 Luçon]]) un food truck de nems, [[IMMATRICULATION:CT-458-MV]]. Il montre le SIRET de sa micro-entreprise, créée en novembre : [[IDENTIFIANT:95072660416749]]. Il croyait que tant qu'il gagnait « presque rien » il avait pas à déclarer. [[PERSONNE:Charrier]] lui explique les déclarations trimestrielles, lui fait un schéma.",
    ),
    (
        "france_travail",
        AT,
        "Plateforme tel FT, pause de {{10h30}}. Les conseillers comparent leurs phrases pour les gens énervés. Une dit « je vous entends » à chaque fois, un autre trouve que ça énerve encore plus. Compteur du jour : {{63 appels}} en attente à {{10h45}}. Personne a le temps de finir son café.",
    ),
    (
        "urgences",
        AT,
        "Accueil tel urgences pédiatriques {{CHU}} {{Nantes}}. Une maman appelle, sa fille [[PERSONNE:Jade]], {{3 ans}}, a bu du produit vaisselle. La secrétaire [[PERSONNE:Anaïs]] lui donne le {{centre antipoison}} d'{{Angers}} et dit de venir si vomissements. Elle note quand même le nom et le tel de la mère, [[TELEPHONE:06 84 39 57 10]], « au cas où ».",
    ),
    (
        "caf",
        AT,
        "Caf {{Ille-et-Vilaine}}. Étudiant chinois, [[PERSONNE:Wang Lei]], APL pour sa chambre {{Crous}} de {{Villejean}}, {{chambre 214}}. N° allocataire [[N_ALLOCATAIRE:5268419]]. Il manque la copie du passeport : n° [[IDENTIFIANT:EJ4821736]], il le lit lettre par lettre. Le conseiller lui explique qu'il faut le scanner, pas le dicter. Il rit : « ah ok ok ».",
    ),
    (
        "chrs",
        AP,
        "CHRS {{Le Phare}}, {{Saint-Nazaire}}. Admission de M. [[PERSONNE:Jean-Claude Guérin]], {{58 ans}}, ancien des chantiers, sortant du centre pénitentiaire de {{Nantes}}. Numéro d'écrou sur son billet de sortie : [[IDENTIFIANT:48213]]. L'éduc [[PERSONNE:Yann]] lui montre sa chambre (n° {{7}}). Il demande où est la mer. « au bout de la rue », [[PERSONNE:Guérin]] sourit pour la première fois.",
    ),
    (
        "cpam",
        AT,
        "Cpam {{Isère}}, plateforme. Mme [[PERSONNE:Petrossian]], arménienne, appelle pour son dossier {{AME}} : n° [[IDENTIFIANT:AME-38-2024-001937]]. Toujours pas de carte après {{2 mois}}. La conseillère voit une pièce manquante (justificatif de résidence). Rappel demandé au [[TELEPHONE:04 76 21 58 30]], c'est le fixe de l'association qui l'héberge.",
    ),
    (
        "ccas",
        CSP,
        "Visite CCAS {{Nantes}} sur l'{{île de Nantes}}, chez Mme [[PERSONNE:Bertho]], {{88 ans}}, [[ADRESSE:22 boulevard de la Prairie au Duc, 44200 Nantes]]. Téléassistance installée l'an dernier, abonné n° [[IDENTIFIANT:TA-44-018374]], le bracelet est dans un tiroir. Son fils [[PERSONNE:Yves]] vit au {{Québec}}, appelle le dimanche. Elle nous montre la vue sur la {{Loire}} et les {{Machines de l'île}}, l'éléphant passe pile à ce moment 🐘",
    ),
    (
        "france_travail",
        AP,
        "FT {{Les Herbiers}}. [[PERSONNE:Dylan Bréhéret]], {{20 ans}}, cherche un apprentissage chez {{Jeanneau}}. Né le [[DATE_NAISSANCE:13/05/2003]] à l'écran. Identifiant [[ID_FRANCE_TRAVAIL:3391820D]]. La conseillère lui demande un contact en plus du tel, il donne son snap [[IDENTIFIANT:@dylan_brht85]], elle refuse poliment : « un mail plutôt ». Il en a pas qu'il utilise.",
    ),
    (
        "caf",
        AP,
        "Caf {{Bordeaux}} {{Mériadeck}}. Signalétique pas claire, les gens vont d'abord au mauvais étage. {{3 guichets}} ouverts sur {{8}}. Un agent volant passe avec une tablette pour « pré-qualifier » les demandes. Temps moyen annoncé {{25 min}}, réel plutôt {{50}}.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Pellegrin}}, {{Bordeaux}}, {{1h}} du matin. [[PERSONNE:Chloé Lacoste]], {{21 ans}}, chute de trottinette {{Lime}}, arcade ouverte. Son ami donne son numéro à elle parce qu'elle a plus de batterie : [[TELEPHONE:06 58 03 72 19]]. L'IOA demande si alcool : « un peu ». Passage en {{2h}}, elle s'endort sur l'épaule de l'ami.",
    ),
    (
        "ccas",
        AT,
        "CCAS {{Vertou}}. Relance téléphonique des personnes inscrites sur le registre des personnes fragiles, même hors canicule. L'agent coche sur une liste papier : joignable / pas joignable. {{24}} appels en {{1h}}. Une dame le retient {{10 min}} pour parler de son jardin.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt Cpam à {{Bouguenais}}. Mme [[PERSONNE:Thébaud]] est là, [[ADRESSE:18 rue des Pêcheurs, 44340 Bouguenais]], mais l'agent remarque qu'une voiture de société est garée devant, [[IMMATRICULATION:HC-219-RT]], logo d'une entreprise de ménage. Elle dit que c'est celle de son mari. L'agent note seulement « présente ». Dans la voiture il me dit : « je suis pas la police ».",
    ),
    (
        "chrs",
        CSP,
        "Passage avec l'équipe mobile dans un squat, ancienne école a {{Chantenay}}. Environ {{40 personnes}}, surtout des jeunes hommes soudanais et tchadiens. L'équipe distribue des kits hygiène et note les besoins de soins. Pas de noms relevés aujourd'hui, « on revient jeudi avec l'infirmière de {{Médecins du Monde}} ».",
    ),
    (
        "france_travail",
        AP,
        "FT {{Paris 18e}}, {{La Chapelle}}. M. [[PERSONNE:Sivakumar Tharmalingam]], tamoul, cuisinier, veut refaire son CV. La conseillère lui montre un CV modèle au nom de [[PERSONNE:Marie Martin]] pour la mise en page. Identifiant [[ID_FRANCE_TRAVAIL:1748 302 S]]. Il a {{15 ans}} d'expérience en restauration indienne, son CV actuel fait 4 pages.",
    ),
    (
        "caf",
        CSP,
        "Contrôle Caf {{Lyon 8e}}. M. et Mme [[PERSONNE:Bouzid]], {{RSA}} couple. Sur les relevés {{LCL}} (compte [[IBAN:FR76 3000 2450 3046 5602 2419 124]]) des virements réguliers de {{200 €}} libellés « [[PERSONNE:Karim B.]] ». C'est le fils, [[PERSONNE:Karim]], qui aide ses parents. La contrôleuse explique que l'aide régulière d'un enfant compte comme ressource. Mme [[PERSONNE:Bouzid]] : « alors il faut qu'il arrête de nous aider ? ». Silence.",
    ),
    (
        "urgences",
        AP,
        "Urgences du {{CHD}}, {{La Roche-sur-Yon}}. [[PERSONNE:Manon Pineau]], {{28 ans}}, née a {{La Roche}}, douleurs abdo. Carte vitale : [[NIR:295088519100154]]. Son compagnon [[PERSONNE:Axel]] remplit le formulaire à sa place, se trompe de mois de naissance, elle corrige en grimaçant. Box {{12}} au bout de {{1h30}}.",
    ),
    (
        "france_travail",
        AT,
        "Appel entrant FT, {{Saint-Nazaire}}. Mme [[PERSONNE:Tahiri]] attend une attestation employeur pour ouvrir ses droits. Identifiant [[ID_FRANCE_TRAVAIL:9462108B]]. Le conseiller lui dit que l'employeur doit la déposer en ligne, il ne peut rien forcer. Il envoie un modèle de mail de relance à [[EMAIL:tahiri.salma44@yahoo.fr]].",
    ),
    (
        "cpam",
        AP,
        "Point Cpam à la maison de santé de {{Trignac}}, {{2 demi-journées}} par semaine. Une borne {{Ameli}} et une agente. Ce matin {{9 visites}}, surtout des personnes âgées pour des attestations. Pas d'internet a la maison pour la plupart. L'agente imprime, surligne, agrafe.",
    ),
    (
        "caf",
        AT,
        "Rdv tel Caf {{Loire-Atlantique}}. Mme [[PERSONNE:Guillou]], née a {{Nantes}}, appelle pour l'{{ASF}} : son ex, [[PERSONNE:Jérémy Leray]], ne paie plus la pension depuis {{6 mois}}. Le conseiller vérifie son NIR [[NIR:2 87 03 44 109 761 69]] et lui parle de l'{{ARIPA}}. Elle ne savait pas que la Caf pouvait récupérer l'argent auprès de lui. Elle veut pas « d'histoires ».",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Vendée}}, {{20h10}}. [[PERSONNE:Enzo]], {{18 ans}} depuis 2 semaines, fin de prise en charge {{ASE}}, appelle de {{Fontenay-le-Comte}}. Il a dormi chez un copain hier. Portable [[TELEPHONE:07 81 64 02 37]], batterie à {{5 %}}. L'écoutante lui trouve une place en {{FJT}} a {{La Roche}} pour demain, ce soir rien. Elle lui dit de rappeler si « ça va pas » cette nuit.",
    ),
    (
        "ccas",
        AP,
        "CCAS de {{Cayenne}}, {{Guyane}}, clim en panne, {{31 °C}} dans la salle. Mme [[PERSONNE:Marie-Carmelle Saint-Fleur]], haïtienne, pour une domiciliation. Récépissé de titre de séjour n° [[IDENTIFIANT:9730458812]]. L'agent [[PERSONNE:Ludovic]] parle créole avec elle, ça va beaucoup plus vite. {{File d'attente}} jusque dehors.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Nantes Nord}}. M. [[PERSONNE:Mohamed Ali Cherif]], {{44 ans}}, chauffeur poids lourd, veut la {{FIMO}} marchandises pour passer en international. Identifiant [[ID_FRANCE_TRAVAIL:4401937H]], tel collé sans espaces dans le dossier : [[TELEPHONE:0699142857]]. Financement {{CPF}} + FT. Il connaît les tarifs par coeur.",
    ),
    (
        "urgences",
        AT,
        "Urgences {{Purpan}}, {{Toulouse}}. Le commissariat appelle pour un examen de compatibilité avec la garde à vue : M. [[PERSONNE:Lopes]], procédure n° [[IDENTIFIANT:2024/003541]]. Le médecin demande {{30 min}}. La secrétaire raccroche et soupire : 3e aujourd'hui.",
    ),
    (
        "caf",
        AP,
        "Caf {{Nantes}}, {{15h30}}. Mme [[PERSONNE:Bensaïd]] : APL suspendue, son propriétaire a signalé un impayé. L'agent [[PERSONNE:Tristan]] ouvre le dossier, n° alloc [[N_ALLOCATAIRE:2207461]]. Le proprio, M. [[PERSONNE:Maillard]], a laissé son fixe dans le signalement : [[TELEPHONE:02 40 73 19 64]]. Elle a un plan d'apurement signé, elle le sort de son sac. [[PERSONNE:Tristan]] le scanne, APL rétablie sous {{1 mois}}.",
    ),
    (
        "ccas",
        AT,
        "CCAS {{Rezé}}, standard. Une fille appelle pour sa mère, Mme [[PERSONNE:Nowak]], née le [[DATE_NAISSANCE:15 août 1939]], veuve depuis décembre, pour le {{portage de repas}}. L'agente note, explique le tarif ({{7,90 €}} le repas). La fille demande si on peut « vérifier qu'elle mange vraiment ».",
    ),
    (
        "france_travail",
        AT,
        "Plateforme FT {{Hauts-de-France}}. M. [[PERSONNE:Mukendi]] veut son attestation pour la Caf. Identifiant [[ID_FRANCE_TRAVAIL:6290145C]]. Le conseiller la génère et l'envoie dans l'espace perso en {{1 min}}. M. [[PERSONNE:Mukendi]] : « j'attends depuis {{40 minutes}} pour ça ».",
    ),
    (
        "chrs",
        AP,
        "CHRS {{Nantes}}, repas du soir, {{32 couverts}}. Hachis parmentier, les résidents font la vaisselle à tour de rôle, planning au mur. Un débat sur la télé : match ou série. Le veilleur arrive a {{21h}}, fait le tour des chambres.",
    ),
    (
        "cpam",
        AT,
        "Cpam du {{Rhône}}. Mme [[PERSONNE:Chen]] veut son attestation de droits pour son employeur. La conseillère propose l'envoi par mail : [[EMAIL:chen.xiaoli88@qq.com]]. Elle épelle en mélangeant anglais et français, 3 essais. Finalement ok.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CHU}} {{Nantes}}. Une voiture garée devant l'entrée des ambulances. Au micro : « le propriétaire du véhicule [[IMMATRICULATION:FG 641 HT]] est prié de le déplacer ». Personne bouge. Le vigile relit la plaque sur son carnet, « [[IMMATRICULATION:fg 641 ht]] », et finit par trouver le monsieur, M. [[PERSONNE:Jamet]], qui accompagnait sa femme. Il s'excuse, il avait paniqué.",
    ),
]

NOTES_4 = [
    (
        "caf",
        AP,
        "Caf {{Grenoble}}, antenne {{Villeneuve}}. M. [[PERSONNE:El Amrani]], {{44 ans}}, né au {{Maroc}}, vient pour la prime d'activité : elle a sauté le mois où il a fait des heures sup. L'agente [[PERSONNE:Céline]] lit son NIR sur la carte vitale pour le retrouver, [[NIR:179069935029570]], puis le n° alloc [[N_ALLOCATAIRE:8 410 267]]. Explication : les revenus sont pris par trimestre. Il fait « ah » et puis « donc c'est normal ? ». Oui.",
    ),
    (
        "caf",
        AP,
        "Caf {{Nantes}}, atelier numérique du jeudi. {{6 allocataires}} autour d'une table, tablettes de la Caf. La médiatrice montre la déclaration trimestrielle pas à pas. Un monsieur tape avec un seul doigt, très lentement, mais y arrive le premier. Applaudissements 👏. Durée {{1h30}}, café offert.",
    ),
    (
        "caf",
        AT,
        "Caf {{Haute-Vienne}}, appel entrant. M. [[PERSONNE:Bonnet]] veut savoir pourquoi ses APL ont baissé. N° alloc [[N_ALLOCATAIRE:0619355]]. Le conseiller ne trouve pas, il faut un technicien : rappel sous {{48h}} au [[TELEPHONE:05 55 34 81 02]]. M. [[PERSONNE:Bonnet]] : « vous me rappelez vraiment ou c'est comme la dernière fois ? ».",
    ),
    (
        "caf",
        CSP,
        "Contrôle Caf {{Mulhouse}}, {{Bourtzwiller}}, contrôleur [[PERSONNE:Marc Huber]]. M. [[PERSONNE:Öztürk]] travaille en {{Allemagne}} (usine près de {{Fribourg}}), salaire versé sur compte allemand : [[IBAN:DE05 5001 0517 6803 4691 37]]. N° alloc [[N_ALLOCATAIRE:4672038]]. La question : est-ce que les prestations allemandes pour les enfants ({{Kindergeld}}) ont été déclarées. Non. [[PERSONNE:Huber]] explique le différentiel, ça prend {{40 min}} et un schéma.",
    ),
    (
        "cpam",
        AP,
        "Cpam {{Nice}}. Mme [[PERSONNE:Rossi]], italienne, retraitée, s'installe en {{France}} : formulaire {{S1}} a enregistrer. Adresse en France : [[ADRESSE:8 avenue Borriglione, 06100 Nice]]. L'agent [[PERSONNE:Frédéric]] parle un peu italien, elle est ravie. Carte vitale dans {{3 semaines}}.",
    ),
    (
        "cpam",
        AP,
        "Cpam {{Brest}}. Affiche {{Mois sans tabac}} à l'entrée, écran qui passe une vidéo sur le dépistage du cancer colorectal en boucle, sans le son. {{4 guichets}}, {{2}} ouverts. Beaucoup de demandes de relevés d'IJ. Attente {{20 min}}.",
    ),
    (
        "cpam",
        AT,
        "Cpam {{Côte-d'Or}}, plateforme. M. [[PERSONNE:Da Silva]], {{55 ans}}, né au {{Portugal}}, appelle pour sa pension d'invalidité. Il dicte son NIR : [[NIR:1 68 05 99 139 804 12]]. La conseillère voit que le dossier est chez le médecin conseil depuis {{2 mois}}. Elle peut pas accélérer. Il demande le nom du médecin, elle refuse.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt Cpam {{Vendée}}, campagne des {{Herbiers}}. M. [[PERSONNE:Ripaud]], [[ADRESSE:lieu-dit La Grande Roussière, 85500 Les Herbiers]]. Il est dans son potager, ce qui est autorisé ({{sorties libres}} sur l'avis d'arrêt). L'agente vérifie l'heure, note « présent au domicile ». Son chien {{Filou}} aboie tout le long.",
    ),
    (
        "ccas",
        AP,
        "CCAS {{Rouen}}. M. [[PERSONNE:Leclercq]], {{76 ans}}, aide pour les obsèques de sa femme, [[PERSONNE:Monique]]. Il a le devis des pompes funèbres ({{Roc Eclerc}}) : facture n° [[IDENTIFIANT:F2024-0389]], {{3 870 €}}. L'agente explique l'aide du CCAS (plafonnée) et le capital décès. Il pleure un peu, s'excuse.",
    ),
    (
        "ccas",
        AP,
        "CCAS {{Saint-Nazaire}}, {{10h}}. Mme [[PERSONNE:Gwendoline Perraud]], aide pour une facture d'eau de la {{CARENE}}, réf abonné [[IDENTIFIANT:0118 4427 903]], {{412 €}} de régul. Portable [[TELEPHONE:06.23.58.17.40]] pour la réponse de la commission. Fuite chez le voisin du dessus, elle a payé l'eau de tout l'immeuble ?? L'agente appelle le bailleur {{Silène}} direct.",
    ),
    (
        "ccas",
        AT,
        "CCAS {{Amiens}}, standard du matin. Questions : horaires, bons de transport, colis alimentaire, une personne qui cherche la mairie. L'agente a un classeur avec toutes les réponses, onglets de couleur. {{31 appels}} avant {{11h}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite CCAS a {{Perpignan}} sur l'aire d'accueil. Famille [[PERSONNE:Reyes]], 3 caravanes, [[ADRESSE:aire d'accueil de la Têt, emplacement 11]]. Demande d'aide pour la scolarité des enfants (cantine, transport). Caravane principale tractée par un utilitaire immatriculé [[IMMATRICULATION:ES-482-KC]]. La grand-mère, [[PERSONNE:Dolores]], parle catalan avec les petits, français avec nous.",
    ),
    (
        "chrs",
        AP,
        "CHRS {{Paris 13e}}. M. [[PERSONNE:Abdelrahman Idriss]], soudanais, débouté par l'{{OFPRA}}, recours {{CNDA}} en cours : n° de recours [[IDENTIFIANT:23041877]]. Numéro AGDREF [[IDENTIFIANT:7503298164]] sur son attestation. L'éducatrice [[PERSONNE:Clara]] prépare avec lui le courrier à l'avocate, Me [[PERSONNE:Dufresne]]. Il corrige l'orthographe de son village.",
    ),
    (
        "chrs",
        AT,
        "{{115}} de la {{Gironde}}, {{23h}}. Une femme, [[PERSONNE:Sabrina]], dort dans sa voiture avec son fils de {{12 ans}} sur un parking de {{Mérignac}}. Voiture [[IMMATRICULATION:DW-385-QF]], l'écoutant la note pour la maraude. Plus de place. Maraude de la {{Croix-Rouge}} passera vers {{1h}} avec des couvertures.",
    ),
    (
        "chrs",
        CSP,
        "Visite à l'hôtel avec la référente CHRS, {{B&B Hotel}} d'{{Orvault}}, {{chambre 203}}. Famille [[PERSONNE:Beridze]], géorgienne, 4 personnes depuis {{7 mois}}. Pas de cuisine, micro-ondes sur la commode. La mère, [[PERSONNE:Nino]], montre les bulletins de l'école, très bons. La référente parle d'une place en appartement « peut-être en juin ».",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CHU}} {{Reims}}. [[PERSONNE:Maxime Jacquinet]], {{26 ans}}, viticulteur, coupure au sécateur. Son numéro patient sort de l'ancien passage : [[IDENTIFIANT:51-0047823]]. Il est venu seul en tracteur ?? non, en voiture, le tracteur c'était une blague. L'infirmière rit quand même.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CHU}} {{Nantes}}, nouvelle zone d'attente couchée. {{9 places}}, toutes occupées. Un écran indique l'ordre de passage par numéro, pas par nom. Les soignants courent. Une bénévole de la {{Croix-Rouge}} distribue des bouteilles d'eau.",
    ),
    (
        "urgences",
        AT,
        "Urgences {{Poitiers}}, tel. La gendarmerie de {{Chauvigny}} prévient de l'arrivée d'un blessé de la route, M. [[PERSONNE:Kouassi]], ivoirien, {{30 ans}} environ. Le véhicule accidenté, [[IMMATRICULATION:GL-506-TX]], est a la fourrière. Le gendarme épelle le nom : [[PERSONNE:K-O-U-A-S-S-I]]. Pas de famille joignable pour l'instant.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Tourcoing}}. Mme [[PERSONNE:Lefebvre]], née en [[DATE_NAISSANCE:mars 66]], demande si elle peut partir en retraite progressive. Le conseiller dit que c'est pas FT, c'est la {{Carsat}}. Il met quand même à jour son dossier : identifiant [[ID_FRANCE_TRAVAIL:5917284Y]], mail [[EMAIL:lefebvre.cath59@free.fr]]. Elle repart avec le numéro de la Carsat sur un post-it.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Orléans}}, {{La Source}}. Ateliers « préparer un entretien » : jeu de rôle, un participant joue le recruteur. Le conseiller filme avec une tablette (avec accord), on regarde ensemble. Les gens sont gênés puis rient. {{5 participants}}, {{2h}}.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Nantes}} {{Bellevue}}. M. [[PERSONNE:Abdallah Moussa]], comorien, veut devenir conducteur de bus à la {{TAN}}, il lui faut le permis D. Né en [[DATE_NAISSANCE:1990]], il dit « j'ai l'âge hein ». Identifiant [[ID_FRANCE_TRAVAIL:4470 815 V]]. La conseillère trouve une session {{POEI}} avec la {{Semitan}}. Il appelle sa femme direct pour lui dire.",
    ),
    (
        "france_travail",
        AT,
        "Plateforme FT {{Besançon}}. M. [[PERSONNE:Girardot]], horloger licencié, veut une formation en micromécanique en {{Suisse}}. Le conseiller explique que FT finance rarement a l'étranger. Envoi de la liste des formations locales à [[EMAIL:jl.girardot25@orange.fr]]. Appel calme, {{11 min}}.",
    ),
    (
        "france_travail",
        AT,
        "Plateforme FT {{Vendée}}. Mme [[PERSONNE:Morineau]] a été radiée, elle était à l'hôpital le jour du rdv. Identifiant [[ID_FRANCE_TRAVAIL:8539217J]]. La conseillère demande le bulletin d'hospitalisation, annule la radiation. Mme donne son fixe [[TELEPHONE:02 51 94 37 68]] parce que « le portable je l'entends pas ».",
    ),
    (
        "france_travail",
        AT,
        "Plateforme FT, réunion d'équipe de {{13h30}} : indicateurs de la semaine, taux de décroché {{72 %}}. La manager félicite l'équipe, annonce {{2}} départs non remplacés. Ambiance bizarre ensuite.",
    ),
    (
        "caf",
        AP,
        "Caf de {{La Réunion}}, {{Saint-Denis}}. Mme [[PERSONNE:Grondin]], {{3 enfants}}, déménagement vers [[ADRESSE:27 chemin des Goyaviers, 97490 Sainte-Clotilde]]. N° alloc [[N_ALLOCATAIRE:3 108 594]]. L'agent lui parle créole, elle répond français, puis créole. Ventilateurs à fond.",
    ),
    (
        "caf",
        AT,
        "Caf {{Loire-Atlantique}}, appel. M. [[PERSONNE:Coquard]], {{Saint-Nazaire}}, nouveau compte a la {{Banque Populaire}}. N° alloc [[N_ALLOCATAIRE:4528 116]]. Il a déjà mis le RIB en ligne mais veut vérifier, le conseiller lit les derniers chiffres et M. [[PERSONNE:Coquard]] lit tout : [[IBAN:FR76 1380 7903 3012 8744 0056 995]]. Ok c'est le bon.",
    ),
    (
        "caf",
        CSP,
        "Contrôle Caf {{Caen}}, {{La Grâce de Dieu}}. Mme [[PERSONNE:Hamel]], {{API}}?? non, on dit {{RSA majoré}} maintenant. Logement [[ADRESSE:5 rue du Vivier, 14000 Caen]]. Le contrôleur vérifie la composition du foyer, 2 enfants, un bébé. Rien à redire. Il repart en {{25 min}}, elle lui demande si elle a « réussi ».",
    ),
    (
        "cpam",
        AT,
        "Plateforme Cpam, écoute double casque. Sur {{1h}} : {{8 appels}}, dont {{5}} sur des cartes vitales perdues ou pas reçues, {{2}} sur des IJ, {{1}} erreur (la personne voulait les impôts). La conseillère a un sticker {{Ameli}} sur son mug.",
    ),
    (
        "ccas",
        AP,
        "CCAS {{Le Mans}}. M. [[PERSONNE:Fofana]], {{67 ans}}, demande la carte de transport solidaire. Son ancienne carte {{Setram}} n° [[IDENTIFIANT:7200 4418 23]] a expiré. L'agent refait la demande, photo prise au guichet avec une webcam. M. [[PERSONNE:Fofana]] trouve la photo « pas belle ».",
    ),
    (
        "chrs",
        AT,
        "{{115}} de {{Paris}}, {{Samusocial}}. M. [[PERSONNE:Ionescu]], roumain, appelle depuis la {{gare du Nord}}, il parle peu français. L'écoutante passe en roumain (elle est d'origine roumaine). Place en centre d'hébergement d'urgence a {{Ivry}}, il doit y être avant {{22h}}. Elle lui répète l'adresse du centre 3 fois.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CHU}} {{Angers}}. M. [[PERSONNE:Rabier]], {{30 ans}}, né a {{Cholet}}, entorse au foot en salle. Carte vitale : [[NIR:1 93 08 49 099 397 46]]. Son coéquipier attend sur une chaise, encore en short. Passage rapide, circuit court, {{50 min}} au total.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Metz}} {{Borny}}. M. [[PERSONNE:Hoxha]], albanais, titre de séjour salarié n° [[IDENTIFIANT:5703381946]]. Il était maçon, veut faire carreleur. Identifiant [[ID_FRANCE_TRAVAIL:5702 419 E]]. La conseillère [[PERSONNE:Anne-Sophie]] lui trouve un chantier école. Il demande s'il y aura « des vrais carreaux ».",
    ),
    (
        "cpam",
        AP,
        "Cpam {{Nantes}}, accueil. Mme [[PERSONNE:Benali]], {{65 ans}}, née en {{Algérie}}, vient de passer à la retraite, elle perd sa mutuelle d'entreprise. Carte vitale : [[NIR:258129935240703]]. L'agent calcule la {{C2S}} avec participation : {{30 €}} par mois. Elle dit que c'est moins que sa mutuelle, elle est contente.",
    ),
    (
        "chrs",
        AP,
        "CHRS {{Rennes}}, réunion des résidents du mardi. Ordre du jour : le bruit après {{22h}}, le lave-linge en panne, la sortie au {{Parc des Gayeulles}}. {{11 résidents}} présents. Un résident prend les notes, très sérieux. Vote à main levée pour la sortie : oui.",
    ),
    (
        "france_travail",
        AT,
        "Plateforme FT {{Provence-Alpes-Côte d'Azur}}. M. [[PERSONNE:Belhadj]], {{Marseille}} {{14e}}, veut un rdv physique, pas par tel. Le conseiller le pose pour mardi {{9h}}. Confirmation par SMS au [[TELEPHONE:+33 6 19 72 45 08]]. M. [[PERSONNE:Belhadj]] : « et si je viens sans rdv ? » — « vous attendrez ».",
    ),
]

NOTES_5 = [
    (
        "caf",
        AP,
        "Caf {{Nantes}}, {{9h05}}, ticket {{C012}}. M. [[PERSONNE:Ferhat Ouchene]] a reçu un courrier « contrôle de vos ressources », il a peur. L'agente [[PERSONNE:Solène]] le rassure : simple demande de pièces. N° alloc [[N_ALLOCATAIRE:3057719]]. Elle lui conseille de répondre par mail via l'espace perso, il a pas d'ordi, elle note son mail quand même pour l'avenir : [[EMAIL:ferhat.ouchene@gmail.com]]. Il repart avec la liste des pièces écrite à la main.",
    ),
    (
        "caf",
        AP,
        "Caf {{Toulouse}}, {{Empalot}}. Matinée calme. L'agente me montre les motifs les plus fréquents sur son écran de stats : attestations, changement de situation, prime d'activité. Un seul dossier {{AAH}} ce matin. Distributeur de tickets qui imprime des tickets blancs (plus d'encre).",
    ),
    (
        "caf",
        AT,
        "Caf {{Vendée}}, appel. Mme [[PERSONNE:Auvinet]], {{Aizenay}}, {{3 enfants}}, veut savoir si elle a droit au complément familial. N° alloc [[N_ALLOCATAIRE:1174820]]. La conseillère fait une simulation à voix haute, {{178 €}} environ. Mme demande à être rappelée le soir après le boulot, au [[TELEPHONE:06 33 71 29 84]]. La conseillère explique qu'ils ne rappellent pas après {{17h}}.",
    ),
    (
        "caf",
        CSP,
        "Contrôle Caf {{Saint-Nazaire}}, quartier {{La Bouletterie}}, avec [[PERSONNE:Hervé Praud]], contrôleur. Mme [[PERSONNE:Camara]], {{RSA}}, n° alloc [[N_ALLOCATAIRE:6203541]]. Elle a deux comptes bancaires, un seul déclaré. Elle sort le RIB du 2e sans problème : banque [[IBAN:15519 34616 84527835169 54]] (format RIB, {{Crédit Mutuel}}). C'est le livret de sa fille de {{12 ans}}, {{230 €}} dessus. [[PERSONNE:Praud]] : « ok ça compte pas ».",
    ),
    (
        "caf",
        CSP,
        "Contrôle Caf {{Strasbourg}} {{Neuhof}}. M. [[PERSONNE:Schmitt]], APL, [[ADRESSE:17 rue de Cherbourg, 67100 Strasbourg]]. Bail à son nom seul, mais 3 noms sur la boîte aux lettres. Il sous-loue une chambre à un étudiant, sans le dire. N° alloc [[N_ALLOCATAIRE:7731208]]. Le contrôleur explique l'obligation de déclarer, pas d'énervement de part et d'autre.",
    ),
    (
        "cpam",
        AP,
        "Cpam {{Nantes}}. M. [[PERSONNE:Paoli]], {{39 ans}}, né à {{Ajaccio}}, muté à {{Nantes}} (chez {{Airbus}} {{Bouguenais}}). Changement de caisse depuis la {{Corse-du-Sud}}. L'agente saisit son NIR : [[NIR:1 84 09 2A 004 086 12]], hésite sur le « 2A », demande à sa collègue. Elle le fait répéter : « deux A, comme Ajaccio ». Il rigole : « on me fait le coup à chaque fois ».",
    ),
    (
        "cpam",
        AP,
        "Cpam {{Nantes}}, file des rdv. Borne d'enregistrement par QR code, la moitié des gens ne savent pas scanner. Une agente debout à côté fait tout. Aucune attente réelle une fois enregistré, {{5 min}}. Plantes en plastique, plutôt propre.",
    ),
    (
        "cpam",
        AT,
        "Cpam {{Haute-Garonne}}. Mme [[PERSONNE:Rakotonirina]], malgache, attend le remboursement d'une IRM, {{280 €}} avancés. Le conseiller voit un rejet : RIB au mauvais nom. Elle renvoie le bon par mail, [[EMAIL:rakoto.hanta@outlook.fr]], le conseiller attend en ligne qu'il arrive. Il arrive. « vous êtes un ange » ; lui : « non, je suis à la {{Cpam}} ».",
    ),
    (
        "cpam",
        CSP,
        "Contrôle Cpam a {{Roubaix}}, arrêt maladie longue durée. Mme [[PERSONNE:Boukhari]] ouvre en fauteuil roulant, l'agent ne s'attendait pas à ça (pas dans le dossier). Il vérifie, s'excuse du dérangement. Adresse du dossier : [[ADRESSE:44 rue de l'Épeule, 59100 Roubaix]]. Visite {{5 min}}.",
    ),
    (
        "ccas",
        AP,
        "CCAS {{Nantes}}, permanence {{Bottière}}. M. [[PERSONNE:Kerhervé]], {{71 ans}}, demande l'aide pour les lunettes. Sa date de naissance sur la carte d'identité : [[DATE_NAISSANCE:19.07.1952]]. L'agente [[PERSONNE:Pascale]] calcule le reste à charge après mutuelle : {{145 €}}, le CCAS peut prendre {{100 €}}. Il est marin retraité, parle de {{Lorient}} tout le temps.",
    ),
    (
        "ccas",
        AP,
        "CCAS {{Tours}}. Salle d'attente avec jouets pour enfants, un petit coin café. {{4 personnes}} en attente. L'agent d'accueil connaît presque tout le monde par son prénom. Un écran annonce l'épicerie sociale du quartier {{Sanitas}}.",
    ),
    (
        "ccas",
        AT,
        "CCAS {{Saint-Herblain}}. Une femme appelle, son mari a perdu son emploi, loyer impayé de {{2 mois}}. L'agente lui propose un rdv avec l'assistante sociale mardi. Nom : Mme [[PERSONNE:Kouyaté]]. Portable : [[TELEPHONE:07 52 19 83 46]]. Elle demande si le rdv est « secret ». Oui.",
    ),
    (
        "ccas",
        CSP,
        "Visite CCAS {{Dijon}}, évaluation pour une aide au maintien a domicile. M. [[PERSONNE:Guillemin]], {{84 ans}}, [[ADRESSE:9 rue des Marmuzots, 21000 Dijon]]. Il vit avec son chat {{Pompon}}. Il refuse l'aide-ménagère, accepte le portage. La travailleuse sociale laisse le numéro de sa nièce, [[PERSONNE:Corinne]], sur le frigo.",
    ),
    (
        "ccas",
        CSP,
        "Visite CCAS sur l'île de {{Noirmoutier}}, chez Mme [[PERSONNE:Palvadeau]], {{92 ans}}, [[ADRESSE:3 rue du Bois de la Chaize, 85330 Noirmoutier-en-l'Île]]. Elle ne peut plus conduire, plus de bus l'hiver. La travailleuse sociale parle du transport à la demande. Elle nous offre de la brioche vendéenne 😋. On repasse le {{Gois}} juste avant la marée.",
    ),
    (
        "chrs",
        AP,
        "CHRS {{Lyon 7e}}. M. [[PERSONNE:Benhamou]], {{49 ans}}, sortie d'hôpital psychiatrique, admission. Son curateur, M. [[PERSONNE:Vidal]] de l'{{UDAF}}, est là. Le règlement est lu à voix haute par l'éducateur. M. [[PERSONNE:Benhamou]] signe, puis demande si il peut garder sa radio.",
    ),
    (
        "chrs",
        AP,
        "CHRS {{Saint-Nazaire}}, jardin partagé derrière le bâtiment. {{4 résidents}} plantent des tomates avec un bénévole. On voit les grues des chantiers au loin. Un résident me dit qu'il a « construit le {{Harmony of the Seas}} », personne ne le contredit.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Loire-Atlantique}}, {{6h50}}, premiers appels du matin. M. [[PERSONNE:Yao]] sort du centre de nuit, veut une place pour ce soir. L'écoutante vérifie : il était là hier. Date de naissance demandée pour la fiche : « [[DATE_NAISSANCE:12 octobre 1979]] ». Rappel conseillé à {{14h}}. Il donne un numéro pour qu'on le rappelle si ça se libère : [[TELEPHONE:07 58 20 66 13]].",
    ),
    (
        "chrs",
        AT,
        "{{115}} du {{Nord}}, veille hivernale. Le coordinateur fait le point au tel avec les maraudes : {{17}} personnes vues, {{6}} mises à l'abri. Pas de nom échangé, juste des lieux (gare {{Lille Flandres}}, {{Vieux-Lille}}) et des chiffres.",
    ),
    (
        "chrs",
        CSP,
        "Visite avec l'équipe mobile CHRS au bord de la {{Loire}}, a {{Couëron}}. M. [[PERSONNE:Lagrené]] vit dans une caravane, [[ADRESSE:terrain du Port Launay, emplacement 4]], depuis {{3 ans}}. Il veut une domiciliation pour toucher sa retraite. La caravane est tirée par une vieille {{Renault}}, plaque ancienne [[IMMATRICULATION:3512 TK 44]]. Il a tout un système de récupération d'eau de pluie.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Saint-Nazaire}}, samedi soir. [[PERSONNE:Nathan Bouyer]], {{19 ans}}, né ici, bagarre en sortie de bar, lèvre ouverte. Sa carte vitale est neuve : [[NIR:105024418420403]]. Son pote attend dehors en fumant, le vigile le surveille. [[PERSONNE:Nathan]] répète qu'il « a rien fait ».",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Lapeyronie}}, {{Montpellier}}. Circuit court vs circuit long expliqué par l'IOA : couleurs sur le bracelet. Vert, jaune, rouge. Un papa demande pourquoi un monsieur arrivé après lui passe avant : réponse « il est rouge ». Le papa s'assoit.",
    ),
    (
        "urgences",
        AT,
        "Urgences {{CHU}} {{Nantes}}, secrétariat. Une dame appelle de {{Vannes}} pour avoir des nouvelles de son neveu, [[PERSONNE:Samuel Moyon]], amené cette nuit. La secrétaire ne peut rien dire au tel, demande son numéro pour le faire rappeler par la famille proche : [[TELEPHONE:02 97 46 13 85]]. La dame dit « je suis de la famille proche ! ».",
    ),
    (
        "france_travail",
        AP,
        "FT {{Rezé}}. Mme [[PERSONNE:Thi Hoa Pham]], vietnamienne, arrivée il y a {{2 ans}}, couturière. Identifiant [[ID_FRANCE_TRAVAIL:6182304G]]. Née le [[DATE_NAISSANCE:19/03/1988]] (c'est son anniversaire aujourd'hui, la conseillère le voit à l'écran et le lui souhaite 🎂). Mail : [[EMAIL:hoa.pham.nantes@gmail.com]]. Piste : atelier de retouches chez {{Leroy Merlin}} ?? non, une entreprise de voilerie à {{Bouguenais}}.",
    ),
    (
        "france_travail",
        AP,
        "FT {{La Roche-sur-Yon}}. Forum de l'alternance dans le hall. Stands : {{Sodebo}}, {{Fleury Michon}}, la {{gendarmerie}}, l'armée de l'air. Beaucoup de lycéens avec leurs parents. {{300 visiteurs}} attendus. Les conseillers distribuent des badges « je cherche un contrat ».",
    ),
    (
        "france_travail",
        AP,
        "FT {{Grenoble}}. M. [[PERSONNE:Ayoub Lahlou]], développeur web en reconversion. Il montre son portfolio, son {{GitHub}} [[IDENTIFIANT:@ayoublhl-dev]]. Identifiant [[ID_FRANCE_TRAVAIL:3817 562 A]]. Le conseiller ne connaît pas bien le secteur, le dit honnêtement et l'oriente vers un club de la {{French Tech}}.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Saint-Nazaire}}. [[PERSONNE:Kenza Mokrani]], {{24 ans}}, a fini un BTS, cherche dans la logistique portuaire. Identifiant lu sur sa convocation, avec des espaces bizarres : [[ID_FRANCE_TRAVAIL:4 4 0 5 1 2 7 Z]]. Le conseiller [[PERSONNE:Bruno]] la met en relation avec le {{Grand Port Maritime}}. Elle demande si il faut savoir nager.",
    ),
    (
        "france_travail",
        AT,
        "Plateforme FT {{Auvergne-Rhône-Alpes}}. M. [[PERSONNE:Gonçalves]] part vivre au {{Portugal}}, veut faire exporter ses droits ({{U2}}?). Identifiant [[ID_FRANCE_TRAVAIL:6934801T]]. Il donne déjà son futur IBAN portugais : [[IBAN:PT92 0035 5472 1572 8472 0307 4]]. La conseillère : « on n'en est pas là ». Formulaire à faire en agence.",
    ),
    (
        "france_travail",
        AT,
        "Plateforme FT. Une heure à écouter : beaucoup de questions sur l'actualisation mensuelle (qui devient automatique pour certains ?). Les conseillers eux-mêmes pas sûrs. Une note interne circule, {{3 pages}}. Aucun dossier ouvert pendant mon écoute, que des infos générales.",
    ),
    (
        "france_travail",
        AT,
        "Plateforme FT {{Pays de la Loire}}. Mme [[PERSONNE:Leray]], {{Couëron}}, a un entretien d'embauche chez {{LU}} (biscuiterie de {{La Haie-Fouassière}}), elle veut savoir si FT paie le trajet. Le conseiller envoie le formulaire d'aide a la mobilité à [[EMAIL:maeva.leray@sfr.fr]]. Ça fait {{38 km}}.",
    ),
    (
        "caf",
        AT,
        "Caf {{Seine-Saint-Denis}}. M. [[PERSONNE:Stoica]], roumain, {{Aubervilliers}}. Allocations familiales suspendues : pièce d'identité expirée dans le dossier. N° allocataire [[N_ALLOCATAIRE:9 406 115]]. Il a un compte en {{Roumanie}} et un en {{France}}, il donne le roumain par erreur : [[IBAN:RO10 BTRL 4707 4242 6706 2836]]. Le conseiller : « non, il faut un compte français ou zone SEPA... » en fait la Roumanie c'est SEPA. Il vérifie. Oui.",
    ),
    (
        "cpam",
        AT,
        "Cpam {{Loire-Atlantique}}. [[PERSONNE:Lou-Ann Cadiou]], {{20 ans}}, étudiante à {{Nantes}}, née à {{Saint-Herblain}}, veut la {{C2S}}. La conseillère lit le NIR qu'elle donne : [[NIR:2 03 10 44 162 190 77]]. Elle vit seule, petite bourse {{Crous}}. Dossier à faire en ligne, elle promet de le faire « ce soir ».",
    ),
    (
        "ccas",
        AT,
        "CCAS {{Nantes}}, service seniors. Appels pour le thé dansant de la semaine prochaine. L'agente prend les inscriptions par prénom seulement, sur une feuille. Elle me dit qu'elle efface la feuille après. {{42 inscrits}}, la salle en prend {{60}}.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CHU}} {{Clermont-Ferrand}}. Mme [[PERSONNE:Roux]], {{94 ans}}, amenée de son {{EHPAD}}, avec un dossier de liaison. IPP déjà existant [[IDENTIFIANT:8801647302]]. Sa fille au tel, [[TELEPHONE:04 73 26 50 91]], dit qu'elle arrive de {{Vichy}}. Mme [[PERSONNE:Roux]] demande l'heure toutes les {{5 minutes}}, l'infirmière répond à chaque fois gentiment.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Bordeaux}} {{Bastide}}. M. [[PERSONNE:Issa Konaté]], malien, {{28 ans}}, plongeur en restau, veut passer commis de cuisine. Identifiant [[ID_FRANCE_TRAVAIL:3309471M]]. Titre de séjour [[IDENTIFIANT:3302195587]] expire dans {{2 mois}}, la conseillère dit « pensez à la préfecture avant tout ».",
    ),
    (
        "caf",
        AP,
        "Caf {{Nantes}}, {{16h20}}. Mme [[PERSONNE:Le Guen]] vient déclarer une naissance : [[PERSONNE:Lina]], née le [[DATE_NAISSANCE:27 février]]. N° alloc [[N_ALLOCATAIRE:2946038]]. Nouvelle adresse en même temps : [[ADRESSE:6 rue Marie Curie, 44230 Saint-Sébastien-sur-Loire]]. La petite dort dans le porte-bébé pendant tout le rdv, l'agent chuchote.",
    ),
]

NOTES_6 = [
    (
        "caf",
        AP,
        "Caf, permanence de {{Rezé}}, {{Château}} (le quartier, pas un château). Mme [[PERSONNE:Hakimi]], afghane, {{RSA}} accordé mais jamais versé. L'agent [[PERSONNE:Julien]] trouve : RIB refusé par la banque, un chiffre de travers. N° alloc [[N_ALLOCATAIRE:5081392]]. Il ressaisit avec elle depuis son relevé {{Caisse d'Épargne}} : [[IBAN:FR76 1444 5543 9056 4795 8055 726]]. Versement sous {{5 jours}}. Elle montre ses paumes au ciel, ça veut dire merci je crois.",
    ),
    (
        "caf",
        AP,
        "{{CAF}} {{MARSEILLE}} {{SAINT-JUST}}. GREVE DES AGENTS DE SECURITE CE MATIN, PORTES OUVERTES QUAND MEME. {{2 GUICHETS}}. LES GENS SONT PATIENTS, ETONNANT. UNE DAME DISTRIBUE DES MADELEINES DANS LA FILE. (j'ai écrit en majuscules sans faire exprès, je laisse)",
    ),
    (
        "caf",
        AT,
        "Caf {{Vendée}}, rdv tel. M. [[PERSONNE:Bonnin]], {{La Roche-sur-Yon}}, veut recevoir les courriers par mail. Il épelle son adresse en disant « at » : [[EMAIL:jp.bonnin [at] wanadoo.fr]]. N° alloc [[N_ALLOCATAIRE:1093847]]. La conseillère corrige le [at] en @ dans le dossier, il dit que c'est son petit-fils qui lui a appris à l'écrire comme ça « pour les pirates ».",
    ),
    (
        "caf",
        AT,
        "Caf du {{Nord}}, plateforme. Tableau lumineux : {{87 appels}} en attente, temps moyen {{19 min}}. Le superviseur passe dans les allées et dit « on accélère un peu ». Personne n'accélère. Pause à {{10h}} décalée.",
    ),
    (
        "caf",
        CSP,
        "Contrôle Caf à {{Fontenay-le-Comte}}. Allocataire M. [[PERSONNE:Merceron]], {{RSA}}, n° alloc [[N_ALLOCATAIRE:8362014]], [[ADRESSE:21 rue du Puits Saint-Martin, 85200 Fontenay-le-Comte]]. Le contrôleur a vu sur internet un garage au nom de {{Merceron Automobiles}} à {{Luçon}}. C'est son frère, pas lui. Dans la cour, une {{Golf}} sans roues, [[IMMATRICULATION:BP-774-YH]], « elle roule plus depuis {{2019}} ». Le contrôleur prend des photos.",
    ),
    (
        "caf",
        CSP,
        "Contrôle Caf {{Nîmes}}, {{Pissevin}}. Mme [[PERSONNE:Benchekroun]], allocataire isolée, n° [[N_ALLOCATAIRE:3 015 627]]. Visite tranquille, {{2 enfants}} qui font leurs devoirs à la table. La contrôleuse vérifie les pièces une par une, classeur impeccable. « si tout le monde était comme vous... »",
    ),
    (
        "cpam",
        AP,
        "Cpam, antenne de {{Challans}}. Mme [[PERSONNE:Pajot]], {{46 ans}}, née à {{Challans}}, aide-soignante, arrêt longue maladie, vient pour le mi-temps thérapeutique. L'agente vérifie le NIR sur l'écran, [[NIR:2 77 11 85 047 844 96]], et son adresse : [[ADRESSE:8 rue de la Cailletière, 85300 Challans]]. Il faut l'accord du médecin conseil, délai {{15 jours}}.",
    ),
    (
        "cpam",
        AP,
        "Cpam {{Paris 19e}}. Une dame âgée sénégalaise, accompagnée de son fils. Sur l'écran de l'agent je lis le nom tel qu'il est saisi : [[PERSONNE:M'Baye Ndeye Fatou]]. Le fils, [[PERSONNE:Cheikh]], traduit en wolof. Carte vitale pas à jour depuis la mise en place de sa retraite. Mise à jour à la borne, {{2 min}}. Le fils : « c'est tout ? on est venus de {{Bobigny}} pour ça ».",
    ),
    (
        "cpam",
        AP,
        "Cpam {{Limoges}}. Une vitre de guichet est fêlée depuis une altercation la semaine dernière. Les agents en parlent entre eux. Vigile présent toute la matinée. Aucun incident aujourd'hui. {{23 passages}} jusqu'à {{12h}}.",
    ),
    (
        "cpam",
        AT,
        "Cpam {{Loire-Atlantique}}. M. [[PERSONNE:Guitton]], {{Saint-Brevin-les-Pins}}, a eu un accident de vélo sur le pont de {{Saint-Nazaire}} ?? non interdit aux vélos... c'était sur la piste de {{Mindin}}. Il veut la prise en charge à {{100 %}}. Il donne son portable [[TELEPHONE:06-45-18-92-07]] et son mail [[EMAIL:guitton.r@bbox.fr]] pour recevoir le formulaire de tiers responsable.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle Cpam {{Marseille}} {{13e}}, arrêt de travail. M. [[PERSONNE:Mansouri]] n'est pas là à {{10h40}}. Sa femme ouvre : il est chez le kiné, montre le rdv sur son tel ({{Doctolib}}). L'agent note l'absence justifiée. Il me dit que c'est souvent comme ça, « les gens vivent ».",
    ),
    (
        "cpam",
        CSP,
        "Tournée de contrôles Cpam autour de {{Nantes}} ({{Sainte-Luce-sur-Loire}}, {{Thouaré}}, {{Carquefou}}). {{6 visites}} prévues, {{5}} personnes présentes, 1 absente sans explication. L'agent remplit ses fiches dans la voiture entre deux arrêts. On mange un sandwich sur le parking d'un {{Super U}}.",
    ),
    (
        "ccas",
        AP,
        "CCAS {{Nantes}}, antenne {{Malakoff}}. M. [[PERSONNE:Okemba]], congolais, {{62 ans}}, demande de logement d'urgence après un incendie dans son immeuble, [[ADRESSE:2 rue de Tchécoslovaquie, 44000 Nantes]]. Né le [[DATE_NAISSANCE:3 septembre 1961]] sur son titre. L'assistante sociale [[PERSONNE:Ophélie]] appelle le {{SIAO}} pendant qu'il attend, trouve une chambre en résidence sociale pour {{15 jours}}.",
    ),
    (
        "ccas",
        AP,
        "CCAS {{Nancy}}. Distribution de bons pour le marché de {{Noël}} solidaire ?? non c'est pour {{Pâques}}, chocolats pour les enfants. {{120 bons}} préparés, file dans le couloir. Les agents sont déguisés en lapin, enfin une seule, les autres ont refusé 🐰",
    ),
    (
        "ccas",
        AP,
        "CCAS {{Limoges}}. Mme [[PERSONNE:Chaumeil]], {{78 ans}}, facture {{EDF}} de {{640 €}}. Réf. client [[IDENTIFIANT:3000 218 446 172]]. L'agente appelle le service solidarité EDF devant elle, obtient un échéancier. Mme laisse son numéro de fixe pour la suite : [[TELEPHONE:05 55 77 31 48]].",
    ),
    (
        "ccas",
        AT,
        "CCAS des {{Sables-d'Olonne}}, standard. Un monsieur appelle pour sa voisine âgée qui « parle toute seule sur le balcon ». L'agente demande le nom de la voisine, il ne sait pas. Il donne son propre numéro : [[TELEPHONE:02 51 21 64 90]]. L'agente transmet à l'équipe seniors pour un passage. Elle me dit que c'est souvent comme ça que ça commence.",
    ),
    (
        "ccas",
        CSP,
        "Visite CCAS {{La Roche-sur-Yon}}, quartier {{Jean Yole}}. Mme [[PERSONNE:Tessier]], {{83 ans}}, [[ADRESSE:11 rue Pierre Bérégovoy, 85000 La Roche-sur-Yon]], veuve récente. Elle montre l'album photo de mariage pendant {{20 min}}. L'assistante sociale ne coupe pas. Ensuite seulement : dossier {{APA}}, grille, tout.",
    ),
    (
        "chrs",
        AP,
        "CHRS {{Toulouse}}, entretien de suivi. M. [[PERSONNE:Mohammadi]], iranien, réfugié. Carte de résident n° [[IDENTIFIANT:3104926718]], né le [[DATE_NAISSANCE:21/03/1992]] (jour de {{Norouz}}, il le dit avec fierté). Projet : formation d'électricien. L'éducatrice [[PERSONNE:Manon]] l'aide à remplir le dossier {{AFPA}}.",
    ),
    (
        "chrs",
        AP,
        "CHRS {{Nantes}}, {{Île de Nantes}}, salle commune le soir. Tournoi de baby-foot, {{8 joueurs}}. Un éducateur arbitre. Un résident fait des crêpes sur une bilig ramenée de chez lui. Tout le monde parle en même temps, 4 ou 5 langues. Meilleure ambiance de la semaine.",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Loire-Atlantique}}, {{22h15}}. Un couple belge appelle depuis un parking de {{Pornic}}, ils dorment dans leur voiture, plaque belge [[IMMATRICULATION:1-KXR-482]]. L'écoutante, [[PERSONNE:Gaëlle]], demande les noms : M. [[PERSONNE:Peeters]] et Mme [[PERSONNE:Janssens]]. Pas de place sur la côte, proposition {{Nantes}} demain. Ils acceptent.",
    ),
    (
        "chrs",
        AT,
        "{{115}} du {{Rhône}}, {{Lyon}}. [[PERSONNE:Rachid]], {{52 ans}}, sort d'un hôpital de jour, cherche une place stable. L'écoutant le connaît (il appelle tous les soirs). Il donne un nouveau numéro, l'ancien tel a été volé : [[TELEPHONE:07 69 33 18 52]]. Place en halte de nuit à {{Villeurbanne}}.",
    ),
    (
        "chrs",
        CSP,
        "Visite CHRS en appartement partagé, {{Metz}}. 3 jeunes hommes, dont M. [[PERSONNE:Haroun]], tchadien, et M. [[PERSONNE:Kamara]], guinéen. Frigo vide, ils mangent au foyer. Le référent vérifie l'état de l'appart, note un radiateur cassé. Ils demandent le wifi. « on verra ».",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CHU}} {{Nantes}}, {{5h}}. Routier polonais, malaise sur le {{périphérique}} au niveau de la {{porte de Rezé}}, son camion est resté sur la bande d'arrêt, plaque [[IMMATRICULATION:WGM 48213]]. Nom sur son permis : [[PERSONNE:Tomasz Wiśniewski]]. L'IOA cherche un interprète, finit avec une application de traduction sur son tel. Le patron polonais appelle {{3 fois}}.",
    ),
    (
        "urgences",
        AT,
        "Urgences {{Metz}} {{Mercy}}. Appels de familles toute la matinée suite à un accident de car scolaire (sans gravité). La cadre de santé a fait une fiche type pour répondre. {{26 appels}} en {{2h}}. Réponse : « les enfants vont bien, ils sont à l'école ». Aucun nom donné au tel.",
    ),
    (
        "urgences",
        AT,
        "Urgences {{CHD Vendée}}, {{La Roche-sur-Yon}}. Un médecin généraliste appelle pour adresser un patient, M. [[PERSONNE:Gaudin]], né le [[DATE_NAISSANCE:30 novembre 1950]], suspicion d'AVC. Le généraliste, Dr [[PERSONNE:Baudouin]], laisse son portable pour être rappelé : [[TELEPHONE:06 07 41 28 55]]. L'IOA prévient la neuro.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Nantes}} {{Centre}}. Mme [[PERSONNE:Amandine Rigaud]], {{35 ans}}, infirmière qui quitte l'hôpital, veut se reconvertir (fleuriste). Identifiant [[ID_FRANCE_TRAVAIL:7205193X]]. Pour l'{{AIF}} il faut un RIB, elle l'envoie par mail pendant l'entretien depuis [[EMAIL:amandine.rigaud@proton.me]] : [[IBAN:FR76 1027 8594 6256 2911 3227 854]]. Le conseiller [[PERSONNE:Patrice]] dit qu'il voit beaucoup d'infirmières en ce moment.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Lille}} {{Moulins}}. M. [[PERSONNE:Delcroix]], {{59 ans}}, entretien obligatoire. Il répond en criant presque : « J'AI ENVOYÉ {{200 CV}} ». Identifiant [[ID_FRANCE_TRAVAIL:5930 648 K]]. La conseillère garde son calme, lui propose le dispositif senior. Il se calme au bout de {{10 min}}, finit par dire merci.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Saint-Nazaire}}, {{14h}}. Recrutement par simulation ({{MRS}}) pour {{Airbus}} {{Montoir}} : {{15 candidats}} font des exercices de manipulation. Une conseillère chronomètre. Silence total, on entend les stylos. Résultats dans {{1 semaine}}.",
    ),
    (
        "france_travail",
        AT,
        "Plateforme FT {{Vendée}}. M. [[PERSONNE:Sicard]], {{Montaigu}}, demande pourquoi il a reçu un trop-perçu. Identifiant [[ID_FRANCE_TRAVAIL:8510 732 L]]. Pour vérifier son identité la conseillère demande sa date de naissance : « [[DATE_NAISSANCE:le douze du douze quatre-vingt-un]] ». Le trop-perçu vient d'un mois de mission {{Sodebo}} mal déclaré.",
    ),
    (
        "france_travail",
        AT,
        "Plateforme FT {{Grand Est}}, {{Strasbourg}}. Appels sortants pour une campagne « offres non pourvues » dans l'hôtellerie. Le script a {{4 questions}}. La conseillère improvise à chaque fois. Sur {{20}} appels : {{3}} intéressés, {{11}} messageries.",
    ),
    (
        "caf",
        AP,
        "Caf {{Rennes}}, {{Le Blosne}}. M. [[PERSONNE:Kowalczyk]], {{APL}} étudiant, a changé de logement : [[ADRESSE:4 square de Sarre, 35200 Rennes]]. N° alloc [[N_ALLOCATAIRE:6612049]]. Il manque l'attestation de loyer signée du proprio. L'agent lui donne le formulaire papier « au cas où ».",
    ),
    (
        "cpam",
        AT,
        "Cpam, écoute d'un appel en anglais : un touriste américain blessé en vacances veut savoir s'il doit payer. La conseillère explique qu'il n'est pas couvert, il faut son assurance voyage. Elle ne prend aucun nom. L'appel dure {{16 min}} à cause de l'anglais, elle est contente de l'avoir fait.",
    ),
    (
        "ccas",
        AP,
        "CCAS {{Saint-Herblain}}, {{Sillon de Bretagne}}. Mme [[PERSONNE:Diakité]], née en [[DATE_NAISSANCE:1975]], {{4 enfants}}, dette de loyer chez {{Atlantique Habitations}} : dossier n° [[IDENTIFIANT:AH-2023-118734]]. L'assistante sociale monte un {{FSL}}. Mme [[PERSONNE:Diakité]] a tout apporté dans un sac de courses, bien classé.",
    ),
    (
        "chrs",
        AT,
        "{{115}} des {{Bouches-du-Rhône}}, {{Marseille}}. Série d'appels de jeunes mineurs non accompagnés, le 115 doit les orienter vers l'{{ASE}}. L'écoutante connaît la procédure par coeur. Pas de nom pris, les jeunes donnent juste un âge : {{15 ans}}, {{16 ans}}.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Nice}} {{Ariane}}. Mme [[PERSONNE:Zhang]], chinoise, auto-entrepreneuse en couture, demande l'ARCE. Son SIRET perso : [[IDENTIFIANT:935 899 195 93293]]. Identifiant FT [[ID_FRANCE_TRAVAIL:0617 283 Q]]. Le conseiller doit aller chercher l'info chez un collègue, revient {{10 min}} plus tard.",
    ),
]

NOTES_7 = [
    (
        "caf",
        AP,
        "Caf {{Saint-Nazaire}}, fin de matinée. M. [[PERSONNE:Ribeiro]] vient pour son fils majeur qui touche l'{{AAH}} : il est son tuteur familial. N° alloc du fils [[N_ALLOCATAIRE:7140285]]. Le jugement de tutelle est dans une pochette plastique. Nouveau compte à ouvrir au nom du fils, RIB donné : [[IBAN:FR76 1670 5784 2159 8030 6011 205]]. L'agente [[PERSONNE:Coralie]] scanne, {{12 min}}.",
    ),
    (
        "caf",
        AP,
        "Caf {{Angers}}, {{Monplaisir}}. Mme [[PERSONNE:Nzeza]], {{3 enfants}} nés en [[DATE_NAISSANCE:2010]], [[DATE_NAISSANCE:2014]] et [[DATE_NAISSANCE:2019]]. Elle ne touche plus les allocs pour l'aîné, il a arrêté le lycée. N° alloc [[N_ALLOCATAIRE:4093716]]. L'agent explique qu'il faut un certificat de scolarité ou un contrat d'apprentissage. Le fils est là, il baisse la tête.",
    ),
    (
        "caf",
        AP,
        "Caf {{Poitiers}}, {{8h30}}. Ouverture. La responsable d'accueil fait un brief de {{5 min}} debout : absents, consignes, « on reste courtois même si ». Puis la porte s'ouvre, {{9 personnes}} entrent en même temps.",
    ),
    (
        "caf",
        AT,
        "Caf {{Loire-Atlantique}}, rdv tel. Mme [[PERSONNE:Ménard]], {{Orvault}}, conteste une baisse d'APL. N° alloc [[N_ALLOCATAIRE:2 718 394]]. Le conseiller explique la contemporanéité des ressources. Elle veut tout par écrit : envoi du détail du calcul à [[EMAIL:c.menard44@laposte.net]]. Elle dit qu'elle va « écrire au médiateur ». Le conseiller lui donne l'adresse.",
    ),
    (
        "caf",
        AT,
        "Caf du {{Var}}, {{Toulon}}. M. [[PERSONNE:Giordano]], retraité de la marine, héberge sa petite-fille, veut savoir si ça change ses droits. N° alloc [[N_ALLOCATAIRE:8 802 571]]. Le conseiller ne peut pas répondre tout de suite, rappel programmé au [[TELEPHONE:04 94 62 37 18]], jeudi matin.",
    ),
    (
        "caf",
        AT,
        "Caf {{Vendée}}, appel. Mme [[PERSONNE:Loiseau]] a fait une erreur de RIB en ligne, le versement est parti sur le compte de son ancien conjoint. Elle lit le bon RIB à la conseillère : [[IBAN:FR76 1250 6679 0607 2627 6196 929]]. La conseillère ne peut pas récupérer l'argent versé, Mme doit le demander elle-même à l'ex. Long silence au bout du fil.",
    ),
    (
        "caf",
        CSP,
        "Contrôle Caf à {{Paimboeuf}}, bord de {{Loire}}. M. [[PERSONNE:Padioleau]] et Mme [[PERSONNE:Halgand]] déclarent vivre séparément, lui à [[ADRESSE:15 quai Sadi Carnot, 44560 Paimboeuf]], elle à {{Corsept}}. Sa voiture à elle, [[IMMATRICULATION:GH-127-DV]], est garée devant chez lui un mardi à {{10h}}. Elle est là, elle fait son ménage (elle est aide à domicile, il est son client via une association). Contrat de travail montré. Le contrôleur : « ok ».",
    ),
    (
        "caf",
        CSP,
        "Contrôle Caf {{Valence}}. Mme [[PERSONNE:Chabanne]], {{40 ans}}, née à {{Valence}}, {{RSA}}. Elle a gardé la carte vitale de sa mère décédée avec la sienne dans son portefeuille, elle montre la sienne : [[NIR:2 83 10 26 362 457 76]]. N° alloc [[N_ALLOCATAIRE:2605193]]. Contrôle des comptes, rien d'anormal. Elle parle beaucoup de sa mère.",
    ),
    (
        "cpam",
        AP,
        "Cpam {{Nantes}}. M. [[PERSONNE:Tran Van Minh]], {{51 ans}}, né au {{Vietnam}}, restaurateur à {{Nantes}} ({{quartier Decré}}). Il a deux cartes vitales, une ancienne avec un NIR provisoire. L'agente vérifie le bon : [[NIR:1 72 04 99 243 118 82]]. L'autre est détruite devant lui avec des ciseaux. Il filme la scène, rigole.",
    ),
    (
        "cpam",
        AP,
        "Cpam {{Avignon}}. Mme [[PERSONNE:Aubert]] demande pourquoi sa mutuelle ne reçoit pas les télétransmissions. Son n° adhérent {{Harmonie Mutuelle}} : [[IDENTIFIANT:HM 0418 7732 5]]. L'agent voit que le lien {{Noémie}} n'est pas activé. Activé en {{2 min}}. Elle : « {{6 mois}} que j'envoie des papiers ! »",
    ),
    (
        "cpam",
        AP,
        "Cpam {{Saint-Herblain}}, {{14h}}. Une classe de lycéens en bac pro visite l'accueil avec leur prof. L'agente explique son métier, montre la borne. Un élève demande combien elle gagne. Elle répond. Silence.",
    ),
    (
        "cpam",
        AT,
        "Cpam {{Gironde}}. Mme [[PERSONNE:Lacombe]] a un bébé de {{2 mois}}, veut l'ajouter sur sa carte. Né le [[DATE_NAISSANCE:17 janvier 2024]], prénom [[PERSONNE:Gabin]]. La conseillère fait le rattachement, envoie l'attestation à [[EMAIL:lacombe.elise33@gmail.com]]. Le bébé pleure pendant tout l'appel, la conseillère dit « il a de la voix ».",
    ),
    (
        "cpam",
        CSP,
        "Contrôle Cpam {{Vendée}}, arrêt de travail d'un saisonnier espagnol logé chez son employeur maraîcher à {{Machecoul}} ?? non c'est en {{Loire-Atlantique}}, on a passé la limite. M. [[PERSONNE:Navarro]] est là, dans une caravane derrière la ferme. Voiture espagnole [[IMMATRICULATION:4821 KLM]]. L'agent vérifie l'identité sur son DNI : [[IDENTIFIANT:48213976L]]. Présent, rien à signaler.",
    ),
    (
        "ccas",
        AP,
        "CCAS {{Montreuil}}. M. [[PERSONNE:Baptiste Jean-Louis]], haïtien, veut savoir où en est sa demande de logement social. Numéro unique : [[IDENTIFIANT:093 0824 1176 32]]. L'agente ne peut pas accélérer, explique les délais ({{8 ans}} en moyenne ici). Il laisse son numéro : [[TELEPHONE:06 98 17 54 02]]. Il dit « {{8 ans}} ? j'aurai {{70 ans}} ».",
    ),
    (
        "ccas",
        AT,
        "CCAS {{Saint-Nazaire}}. Le fils de Mme [[PERSONNE:Bréhéret]] appelle pour la téléassistance de sa mère, née le [[DATE_NAISSANCE:2 mai 1936]]. Il veut ajouter un 2e contact d'urgence, son cousin [[PERSONNE:Gildas]]. L'agent prend le numéro : [[TELEPHONE:02 40 91 28 73]]. Il demande si le bracelet marche sous la douche. Oui.",
    ),
    (
        "ccas",
        CSP,
        "Visite CCAS à {{Trignac}}, demande d'aide-ménagère. M. et Mme [[PERSONNE:Bertrand-Nguema]], lui {{80 ans}}, elle {{77}}, [[ADRESSE:5 rue des Marais, 44570 Trignac]]. Maison au bord des marais de {{Brière}}, beaucoup d'humidité. La travailleuse sociale parle aussi d'une aide à l'adaptation du logement. M. montre ses photos de chasse.",
    ),
    (
        "ccas",
        CSP,
        "Visites CCAS {{Besançon}}, tournée du jeudi : {{4 personnes}} âgées isolées. L'agente apporte le journal municipal et discute {{15 min}} avec chacune. Elle dit que son vrai travail c'est ça, pas les dossiers. Pas de demande particulière aujourd'hui.",
    ),
    (
        "chrs",
        AP,
        "CHRS {{Amiens}}. M. [[PERSONNE:Lambert]], {{45 ans}}, handicap psychique, attend sa reconnaissance {{RQTH}}. Dossier {{MDPH}} n° [[IDENTIFIANT:080-2023-014552]]. L'éducateur [[PERSONNE:Thomas]] appelle la MDPH, {{25 min}} de musique d'attente, puis « le dossier est en cours ». M. [[PERSONNE:Lambert]] : « comme moi ».",
    ),
    (
        "chrs",
        AP,
        "CHRS {{Nantes}}, {{Doulon}}. [[PERSONNE:Mariam Bah]], {{20 ans}}, guinéenne, veut trouver un emploi dans la coiffure. Elle montre ses tresses sur son compte {{Insta}} [[IDENTIFIANT:@mariam.braids.nantes]]. L'éducatrice [[PERSONNE:Maëlle]] l'aide à faire une carte de visite. « mets pas ton adresse ici surtout ».",
    ),
    (
        "chrs",
        AT,
        "{{115}} {{Loire-Atlantique}}, {{18h30}}. Une jeune femme, [[PERSONNE:Océane]], enceinte de {{6 mois}}, mise dehors par son compagnon à {{Saint-Nazaire}}. L'écoutante [[PERSONNE:Gaëlle]] trouve une place en centre maternel pour ce soir. Numéro pour la rappeler : [[TELEPHONE:07 44 86 15 39]]. Elle ne veut pas porter plainte « pour l'instant ».",
    ),
    (
        "chrs",
        AT,
        "{{115}} du {{Finistère}}, nuit. Appels rares après {{2h}}. L'écoutant lit, fait des mots fléchés. À {{3h40}}, un appel : juste quelqu'un qui veut parler. Ils parlent {{25 min}} de la mer. Pas de nom. Il raccroche en disant « merci d'avoir été là ».",
    ),
    (
        "chrs",
        CSP,
        "Visite CHRS en diffus, {{Bordeaux}}. M. [[PERSONNE:Faye]] est logé au foyer {{Adoma}}, [[ADRESSE:12 rue Lucien Faure, 33300 Bordeaux]], {{studio 34}}. La référente vérifie avec lui les charges. Il cuisine du mafé, toute la résidence sent bon. Il nous en donne dans des boîtes en plastique.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{CHU}} {{Nantes}}. Un camping-car allemand garé en travers de la rampe, [[IMMATRICULATION:HH-TK 482]]. Le couple, M. et Mme [[PERSONNE:Becker]], retraités, lui chute dans les marches de la {{cathédrale}}. L'agent d'accueil demande la carte européenne : [[IDENTIFIANT:8027 6004 9228 1547 0133]]. Tout en anglais/allemand/gestes. Le vigile déplace le camping-car lui-même.",
    ),
    (
        "urgences",
        AP,
        "Urgences {{Dijon}}. Mme [[PERSONNE:Perrin]], {{67 ans}}, chute sur verglas. Elle a sa carte d'identité : née le [[DATE_NAISSANCE:14/01/1957]], CNI n° [[IDENTIFIANT:080121204587]]. L'IOA enregistre, puis demande si elle vit seule. Oui, avec « {{Mistigri}} », le chat. Elle demande qui va le nourrir.",
    ),
    (
        "urgences",
        AT,
        "Urgences {{Grenoble}}, secrétariat. Une sage-femme libérale appelle pour annoncer l'arrivée de Mme [[PERSONNE:Ferrari]], contractions. La secrétaire transfère aux urgences gynéco, note le numéro de la sage-femme : [[TELEPHONE:04 76 88 12 60]]. {{1 min}}.",
    ),
    (
        "france_travail",
        AP,
        "FT {{Saint-Nazaire}}. [[PERSONNE:Lucie Halgand]], {{27 ans}}, fille d'un soudeur des chantiers (elle le dit), veut devenir soudeuse aussi. Identifiant [[ID_FRANCE_TRAVAIL:2750 194 R]]. Formation soudage à l'{{AFPA}} de {{Saint-Nazaire}}, {{6 mois}}. Confirmation envoyée sur [[EMAIL:lucie.halgand@gmail.com]]. Elle est la seule fille inscrite, « tant mieux ».",
    ),
    (
        "france_travail",
        AP,
        "FT {{Clermont-Ferrand}}. M. [[PERSONNE:Barros]], {{33 ans}}, ancien de chez {{Michelin}}, veut créer une entreprise de paysagisme. Identifiant [[ID_FRANCE_TRAVAIL:6338205F]]. RIB pour l'ARCE : [[IBAN:FR76 1751 5162 5463 8700 3899 913]]. Le conseiller lui parle de la {{BGE}} pour le business plan.",
    ),
    (
        "france_travail",
        AT,
        "Plateforme FT {{Pays de la Loire}}. M. [[PERSONNE:Cissé]], {{Rezé}}, veut décaler son rdv, il a un entretien d'embauche chez {{Système U}} le même jour. Identifiant [[ID_FRANCE_TRAVAIL:4498 116 C]]. Nouveau rdv dans {{8 jours}}. Confirmation par SMS au [[TELEPHONE:06 27 40 83 15]]. La conseillère : « bonne chance pour l'entretien ! ».",
    ),
    (
        "france_travail",
        AT,
        "Plateforme FT, fin de journée. {{17h55}}, dernier appel, une dame qui veut juste savoir si l'agence de {{Montpellier}} est ouverte samedi. Non. Le conseiller éteint son PC à {{18h01}}. « on laisse jamais sonner le dernier ».",
    ),
    (
        "france_travail",
        AT,
        "Plateforme FT {{Occitanie}}. Mme [[PERSONNE:Estève]], {{Perpignan}}, perdu son identifiant, veut le récupérer. Vérification : née le [[DATE_NAISSANCE:5 avril 1994]], mail [[EMAIL:estevemarion66@gmail.com]]. Le conseiller le lui renvoie par mail, pas au tel. Elle insiste, il tient bon.",
    ),
]

NOTES = [*NOTES_1, *NOTES_2, *NOTES_3, *NOTES_4, *NOTES_5, *NOTES_6, *NOTES_7]


if __name__ == "__main__":
    main()
