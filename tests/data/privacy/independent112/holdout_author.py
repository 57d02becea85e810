"""Independent evaluation corpus n° 112: 240 hand-written observation notes (Pays de la Loire).

Each note is a ``(site_kind, channel, text)`` tuple whose text carries inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. ``parse`` strips the
marks and computes the offsets (Python string indices, end exclusive). Ids ``ind112-001`` …
``ind112-240`` follow the writing order. The split into ``dev.jsonl`` and ``holdout.jsonl``
(120 notes each) depends only on the ids and the cells (site kind × channel), never on the text.

Usage: python holdout_author.py   (rewrites dev.jsonl and holdout.jsonl next to this file)
Standard library only; running it twice gives byte-identical files.
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind112"
SEED = 112
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
CHANNELS = {"accueil_physique", "accueil_telephonique", "controle_sur_place"}
NO_VISIT = {"urgences", "france_travail"}  # no controle_sur_place at these sites
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    length = pos = 0
    for match in MARK_RE.finditer(marked):
        before = marked[pos : match.start()]
        parts.append(before)
        length += len(before)
        if match.group(1) is not None:
            label, value = match.group(1), match.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
            if value != value.strip():
                raise ValueError(f"span {value!r} has outer whitespace")
            entities.append({"start": length, "end": length + len(value), "label": label})
        else:
            value = match.group(3)
            if value not in keep:
                keep.append(value)
        parts.append(value)
        length += len(value)
        pos = match.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray mark {token!r} in {text[:60]!r}")
    if not keep:
        raise ValueError(f"empty keep list in {text[:60]!r}")
    return text, entities, keep


def build_notes():
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        if site_kind not in SITE_KINDS or channel not in CHANNELS:
            raise ValueError(f"note {number}: bad cell {site_kind}/{channel}")
        if site_kind in NO_VISIT and channel == "controle_sur_place":
            raise ValueError(f"note {number}: no controle_sur_place at {site_kind}")
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


def split_ids(notes):
    """Return (dev ids, holdout ids); uses only each note's id and cell."""
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
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        for note in sorted(notes, key=lambda n: n["id"]):
            handle.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build_notes()
    if len(notes) != 240:
        raise ValueError(f"expected 240 notes, got {len(notes)}")
    dev, holdout = split_ids(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"dev.jsonl: {len(dev)} notes, holdout.jsonl: {len(holdout)} notes")


# Notes, in writing order (batch 1: ind112-001 … ind112-035).
NOTES_1 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Nantes}} {{8h35}}. Deja {{une vingtaine}} de personnes dehors sous la pluie, ouverture a {{8h30}} normalement mais la porte automatique s'est debloquée en retard. L'agente d'accueil [[PERSONNE:Sandrine]] distribue les tickets a la main, ensuite je m'installe avec [[PERSONNE:Yohann Gaborit]] au {{guichet 3}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "1er rdv : Mme [[PERSONNE:Benali]], {{2 enfants}}, vient pour la {{prime d'activité}} qui est passée de {{212 €}} à {{38 €}}. Elle a repris un {{35h}} chez {{Lidl}} à {{Saint-Herblain}} en septembre. [[PERSONNE:Yohann]] lui explique la déclaration trimestrielle, elle a l'air de découvrir que ça se calcule sur les 3 mois d'avant. N° alloc [[N_ALLOCATAIRE:4471203]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}}, {{Cpam}} de la {{Sarthe}} au {{Mans}}. Appel n°4 : un monsieur qui appelle pour sa mère, elle est en {{EHPAD}} à {{Coulaines}}, il veut savoir pourquoi le remboursement des lunettes n'est jamais arrivé. La conseillère ([[PERSONNE:Mélanie Cormier]]) demande le numéro de sécu de la maman, il le lit sur la carte vitale : [[NIR:2 41 06 72 181 045 74]]. Réponse : la facture de l'opticien n'a jamais été télétransmise. Elle lui conseille de retourner chez {{Optic 2000}} avec la facture.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{CHU d'Angers}}, {{14h10}}. {{IOA}} = infirmière d'accueil et d'orientation, aujourd'hui c'est [[PERSONNE:Claire]]. Salle d'attente pleine, l'écran affiche « temps d'attente estimé : {{4h}} ». Un jeune arrive avec la main dans un torchon, il s'est coupé en ouvrant des huîtres 🙄",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de {{Loire-Atlantique}}, début de soirée. {{19h02}} premier appel : une femme avec {{2 enfants}}, elle est à la {{gare}} de {{Nantes}} côté sud. L'écoutante [[PERSONNE:Fatou]] lui demande son nom : « [[PERSONNE:Aminata Kouyaté]], [[PERSONNE:K-O-U-Y-A-T-E]] ». Pas de place ce soir en hébergement famille, proposition hôtel à {{Rezé}} pour {{3 nuits}}, elle dit oui tout de suite.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Angers}}, accueil sans rdv. M. [[PERSONNE:Tran Van Long]] vient parce que ses allocations ont été coupées : « radié pour absence à convocation ». Identifiant [[ID_FRANCE_TRAVAIL:3318562H]]. L'agent [[PERSONNE:Bruno]] regarde : la convocation a été déposée dans l'espace perso, il ne l'a jamais ouvert, il ne savait même pas qu'il avait un espace perso. [[PERSONNE:Bruno]] refait l'inscription en {{10 min}}, ça va faire un trou d'un mois dans les paiements.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec [[PERSONNE:Anne-Laure]] (travailleuse sociale {{CCAS}} de {{La Roche-sur-Yon}}) chez Mme [[PERSONNE:Pelletier]], {{78 ans}}, [[ADRESSE:9 rue des Primevères]]. Demande d'aide pour une facture de fioul de {{640 €}}. Appartement très propre mais froid, {{16°}} au thermomètre du salon. Elle nous offre le café, on accepte. Un chat roux sur le radiateur, il s'appelle {{Caramel}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{10h47}}, durée {{11 min}}. Un allocataire veut changer son RIB, [[PERSONNE:Jordan]] (téléconseiller) lui dit de le faire sur {{caf.fr}} ou sur l'appli. Le monsieur insiste et le dicte quand même : « [[IBAN:FR76 3000 4008 1200 0102 4587 137]] ». [[PERSONNE:Jordan]] ne le saisit pas, réexplique la procédure sécurisée. Le monsieur raccroche un peu énervé.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Admissions urgences {{Saint-Nazaire}}. La secrétaire demande nom, prénom, date de naissance. « [[PERSONNE:Le Bihan Gwenaëlle]], le [[DATE_NAISSANCE:14/02/1967]] ». Carte vitale pas à jour. Mutuelle {{Harmonie Mutuelle}}, n° adhérent [[IDENTIFIANT:118 402 776]]. Sur l'écran, IPP créé : [[IDENTIFIANT:8004517329]]. Tout ça en {{3 minutes}} chrono.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour, {{CHRS}} du {{Mans}}. {{12 personnes}} au petit-déj. Un homme, [[PERSONNE:Krzysztof]], demande à l'éducatrice s'il peut laisser son sac ici la journée. Oui, {{casier 17}}. Il a un chien, {{Rocky}}, qui n'a pas le droit d'entrer, il reste attaché devant la grille.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} de {{Saint-Nazaire}}. Une dame vient déclarer un nouveau médecin traitant, le Dr [[PERSONNE:Hamadi]] part à la retraite et personne ne prend de nouveaux patients à {{Pornichet}}. L'agente, [[PERSONNE:Virginie Rabreau]], cherche sur l'écran la liste des médecins qui acceptent... « aucun ». Silence. 😬",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} d'{{Angers}}, domiciliation. Un jeune homme, [[PERSONNE:Abdoulaye Camara]], {{19 ans}}, veut une adresse pour recevoir le courrier de la préfecture. L'agent lui explique qu'il faut un lien avec la commune. Il dort chez un copain à {{Monplaisir}}, ça suffit. Il montre son récépissé, n° [[IDENTIFIANT:4900387215]], l'agent le photocopie. Dossier ouvert en {{20 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme tel {{FT}}, {{3949}}. {{9h00}} pile, file d'attente : {{47 appels}}. Conseillère [[PERSONNE:Karima Zerrouki]]. Premier appel « bonjour c'est pour actualiser ça bug ». Elle demande l'identifiant, il le dit chiffre par chiffre : « [[ID_FRANCE_TRAVAIL:5 1 2 0 7 4 8 R]] ». Actualisation faite par elle en {{4 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place avec [[PERSONNE:Didier Chiron]], contrôleur assermenté {{Caf de la Vendée}}. Direction {{Les Herbiers}}, {{35 min}} de route. Motif : vérif résidence + isolement (signalement). Adresse du dossier : [[ADRESSE:12 impasse des Mésanges, 85500 Les Herbiers]]. Personne ne répond. [[PERSONNE:Didier]] laisse un avis de passage dans la boîte. Une voisine sort : « elle est au boulot chez {{Fleury Michon}} ». On repart.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences du {{CHD}} à {{La Roche-sur-Yon}}. Une famille appelle pour savoir si leur père est arrivé en ambulance. Secrétaire : « le nom ? » — « [[PERSONNE:Bousseau Gérard]], né le [[DATE_NAISSANCE:2 janvier 48]] ». Elle confirme juste qu'il est arrivé, pas plus au téléphone, « venez à l'accueil ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Sarthe}}, {{22h40}}. Un homme appelle de {{Sablé}}, plus de bus. L'écoutant [[PERSONNE:Mathis]] note : pas de place sur {{Sablé}}, orientation vers {{Le Mans}} demain matin. Il laisse son numéro : [[TELEPHONE:07 82 41 19 63]], « rappelez moi si une place se libère ». [[PERSONNE:Mathis]] ne promet rien.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV, agence {{FT}} {{Saint-Nazaire}}. {{8 participants}}. Le conseiller projette un CV modèle au nom de [[PERSONNE:Julie Martin]]. Une participante, [[PERSONNE:Sokhna]], demande si elle doit mettre une photo. Réponse : pas obligé. Beaucoup de profils {{Chantiers de l'Atlantique}} et sous-traitance.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail à domicile avec l'agent assermenté [[PERSONNE:Frédéric Merlet]] ({{Cpam}} {{Maine-et-Loire}}). Assuré : M. [[PERSONNE:Yilmaz]], arrêt pour lombalgie, sorties autorisées {{10h-12h}} et {{16h-18h}}. On sonne à {{14h20}} au [[ADRESSE:27 avenue Pasteur, 49300 Cholet]]. Il est là, en jogging, ouvre tout de suite. Contrôle ok en {{5 min}}. [[PERSONNE:Frédéric]] me dit que {{80 %}} de ses visites se passent comme ça.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{11h15}}. Dame très âgée accompagnée de sa petite-fille [[PERSONNE:Inès]]. Pour l'{{APL}}, bailleur {{Angers Loire Habitat}}, loyer {{387 €}}. La petite-fille a créé une adresse mail pour sa grand-mère et la montre sur son tel : [[EMAIL:colette.marchand49@orange.fr]]. L'agent [[PERSONNE:Patrice]] imprime l'attestation et la donne à la mamie, qui le remercie trois fois.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard {{CCAS}} {{Le Mans}}. Un monsieur demande les horaires de l'{{épicerie solidaire}}, {{2 min}}. Puis une dame qui veut vérifier son inscription au {{colis de Noël}} des seniors. Agent : « vous êtes bien inscrite madame ». Rien de spécial, ça sonne en continu.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{16h}} : un monsieur ramené par les pompiers, pas de papiers sur lui. L'{{IOA}} [[PERSONNE:Jérémy]] regarde dans le portefeuille : carte vitale au nom de [[PERSONNE:Hervé Guillou]]. Il appelle le numéro écrit dans le carnet « en cas d'urgence » : [[TELEPHONE:02 41 76 08 32]], c'est sa fille.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en logement diffus avec [[PERSONNE:Élodie]] ({{CHRS}} {{Saint-Nazaire}}). Famille [[PERSONNE:Hakobyan]], couple + {{3 enfants}}, T3 à {{Méan-Penhoët}}. Le frigo ne marche plus depuis {{10 jours}}, le bailleur ({{Silène}}) n'a pas répondu. [[PERSONNE:Élodie]] appelle devant nous et donne la réf. locataire [[IDENTIFIANT:0448127]]. Le papa, [[PERSONNE:Aram]], traduit pour la maman.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Da Costa]] ressort contente, elle a son financement pour le {{CACES}} 🚜 conseiller [[PERSONNE:Thierry]] 👍",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Appel d'une pharmacie de {{Trélazé}}, pas d'un assuré : un patient dont les droits apparaissent fermés. La conseillère, [[PERSONNE:Laëtitia]], vérifie : {{C2S}} expirée le {{31/10}}. La pharmacie va rappeler le patient.",
    ),
    (
        "caf",
        "accueil_physique",
        "Pause entre deux rdv, longue discussion avec [[PERSONNE:Yohann]]. Il est à la {{Caf}} depuis {{2009}}, avant il était à {{La Poste}}. Ce qu'il trouve dur : les gens qui arrivent avec {{3 mois}} d'impayés de loyer, quand c'est déjà trop tard. Il voudrait pouvoir appeler les gens avant, quand il voit les ressources chuter. « On a les infos, on les voit venir, et on attend qu'ils viennent ». Depuis le {{montant net social}} sur les fiches de paie il y a moins d'erreurs, dit-il, mais les indépendants c'est toujours galère.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Maine-et-Loire}}, {{21h15}}. Une femme, voix très basse, dans sa voiture avec son fils sur le parking du {{Leclerc}} de {{Trélazé}}. Elle donne la plaque pour que la maraude la trouve : [[IMMATRICULATION:FZ-318-KP]], une {{Clio}} grise. L'écoutante ([[PERSONNE:Noémie]]) la garde en ligne {{18 min}}, maraude de la {{Croix-Rouge}} envoyée.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Secrétariat urgences pédiatriques, {{Nantes}}. « Mon fils a {{39,5}} de fièvre, je viens ou pas ? » La secrétaire : appelez le {{15}}, on ne donne pas de conseil médical par téléphone. Elle le redira {{3 fois}} dans l'heure.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant : [[PERSONNE:Karima]] rappelle un demandeur qui a raté son rdv. Répondeur : « vous êtes bien chez [[PERSONNE:Dylan]], laissez un message ». Elle laisse un message court, rappeler le {{3949}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "VAD pour une demande d'aide aux obsèques, {{Saint-Nazaire}}. Mme [[PERSONNE:Rodrigues]] a perdu son mari [[PERSONNE:Manuel]] il y a {{3 semaines}}. Devis des pompes funèbres {{Roc Eclerc}} : {{3 870 €}}. L'assistante sociale, [[PERSONNE:Pauline Le Roux]], regarde les relevés : il reste {{412 €}} sur le compte. Photo du livret de famille, [[PERSONNE:Manuel]] né le [[DATE_NAISSANCE:8 août 1951]] à {{Braga}}. Adresse pour le dossier : [[ADRESSE:5 rue Jules Verne, 44600 Saint-Nazaire]].",
    ),
    (
        "caf",
        "accueil_physique",
        "rdv de {{10h30}} pas venu. {{10 min}} de pause café avec l'équipe, beaucoup de blagues sur {{Cristal}} (le logiciel) qui rame depuis lundi.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un monsieur veut sa carte européenne d'assurance maladie pour partir au {{Portugal}} voir sa famille. Il donne son numéro de sécu à voix haute au guichet, toute la file entend : « [[NIR:1 58 04 99 139 112 14]] ». L'agente, [[PERSONNE:Soizic]], lui fait remarquer gentiment qu'il n'a pas besoin de le crier. Carte envoyée sous {{15 jours}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Réunion des résidents, {{CHRS}} {{Angers}}, {{17h}}. Sujet : la laverie en panne depuis {{2 semaines}}. Porte-parole : « [[PERSONNE:Momo]] » (en vrai [[PERSONNE:Mohamed Amrani]]), très calme, il a fait une liste. Le chef de service promet un réparateur jeudi.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription d'un Ukrainien, M. [[PERSONNE:Bondarenko]], logé à {{Avrillé}}. Titre de séjour protection temporaire n° [[IDENTIFIANT:4902871536]]. Interprète par téléphone. Il était ingénieur en hydraulique à {{Kharkiv}}. Conseillère [[PERSONNE:Aurélie]]. Identifiant créé : [[ID_FRANCE_TRAVAIL:6204417B]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Trélazé}}, permanence {{9h-12h}}. Rien de nominatif, je note juste l'ambiance : une dame a ramené des gâteaux pour l'équipe, la radio passe {{Nostalgie}}, un énorme {{olivier}} en pot à l'entrée. Les agents se tutoient tous.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{19h}}, relève. Le médecin sénior, Dr [[PERSONNE:Sivakumar]], fait le point devant le tableau : {{34 patients}}, dont {{9}} en attente de lit. Le patient du {{box 12}}, M. [[PERSONNE:Kaya]], est sur un brancard depuis {{hier 22h}}.",
    ),
]

# Batch 2: ind112-036 … ind112-070.
NOTES_2 = [
    (
        "caf",
        "accueil_telephonique",
        "APPEL {{14H02}} — MONSIEUR TRES EN COLERE, [[PERSONNE:JORDAN]] ECARTE LE CASQUE DE SON OREILLE. Son {{RSA}} n'est pas tombé le {{5}}. Num allocataire [[N_ALLOCATAIRE:2087461]], dossier bloqué en attente de la {{DTR}}. Il dit l'avoir envoyée « trois fois ». [[PERSONNE:Jordan]] voit qu'elle est arrivée hier, en cours de traitement. Le ton redescend d'un coup.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Arrivées {{15h-16h}} (vues sur l'écran de l'{{IOA}}) :\n- [[PERSONNE:LEFEBVRE Maëlle]], {{6 ans}}, chute de trampoline\n- [[PERSONNE:NDIAYE Ousmane]], douleur thoracique → direct en salle\n- [[PERSONNE:POPESCU Ionela]], {{32 ans}}, enceinte, saignements → gynéco\n- un monsieur connu du service, « [[PERSONNE:Ti Jo]] », alcoolisé\n{{4 arrivées}} en une heure, c'est « calme » d'après [[PERSONNE:Claire]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Vendée}}. Un saisonnier à {{Saint-Jean-de-Monts}} dort dans son camion depuis {{juin}}, il veut juste une douche. L'écoutante lui indique l'accueil de jour de {{Challans}}. Il donne son prénom, [[PERSONNE:Florin]], pas son nom. Plaque roumaine notée pour la maraude : [[IMMATRICULATION:B 427 XKM]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Borne {{ameli}} en panne. L'agent d'accueil, [[PERSONNE:Maxime]], fait les attestations de droits à la main. Une dame lui tend un papier où tout est écrit d'avance : « [[PERSONNE:RAKOTOMALALA Hanitra]] — n° sécu [[NIR:2 85 03 49 007 214 50]] — née le [[DATE_NAISSANCE:23/03/1985]] ». [[PERSONNE:Maxime]] rit, « vous êtes la plus organisée de la journée ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Rdv de suivi, conseillère [[PERSONNE:Aurélie]]. M. [[PERSONNE:Hoarau]], {{52 ans}}, ancien cariste à {{Laval}}, licencié après la fermeture de l'entrepôt. Il veut bouger sur {{Le Mans}} pour rejoindre sa compagne. Ils regardent les offres ensemble, {{3}} qui collent. Mise à jour du profil : nouveau portable [[TELEPHONE:06 19 48 72 05]], mail [[EMAIL:jm.hoarau974@gmail.com]] (« 974 parce que je suis de {{Saint-Pierre}}, à {{La Réunion}} »). [[PERSONNE:Aurélie]] lui programme un rdv dans {{un mois}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Couple [[PERSONNE:Keita]] / [[PERSONNE:Sow]] avec un bébé de {{2 mois}} dans le porte-bébé. Déclaration de naissance pour la {{PAJE}}. La petite [[PERSONNE:Nafissatou]], née le [[DATE_NAISSANCE:4 septembre]], acte de naissance de la mairie de {{Rezé}}. L'agente [[PERSONNE:Gwendoline]] scanne tout. Ils ont amené un RIB imprimé : [[IBAN:FR76 1558 9445 0107 2451 1384 031]]. Ressortis en {{15 min}}, contents.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide alimentaire : {{6 dossiers}} ce matin. Que des femmes seules avec enfants. Bons pour l'{{épicerie sociale}} de {{20 €}} à {{60 €}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'admission {{CHRS}}, {{Nantes}}, {{Île de Nantes}}. Travailleur social : [[PERSONNE:Romain Brochard]]. Personne accueillie : M. [[PERSONNE:Ahmadi]], afghan, {{27 ans}}, réfugié statutaire. N° de demande {{SIAO}} : [[IDENTIFIANT:SIAO44-2024-08817]]. Carte de résident {{10 ans}} n° [[IDENTIFIANT:4403982714]]. Il a un {{CDI}} chez un paysagiste à {{Carquefou}} mais aucun logement. [[PERSONNE:Romain]] pense qu'il « sortira vite vers le logement ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de l'{{EHPAD Les Jardins de la Sèvre}} à {{Vertou}} qui annonce un transfert. Résidente : Mme [[PERSONNE:Chevalier]], {{plus de 90 ans}}, chute dans la salle de bains. L'infirmière au tel : « elle est née le [[DATE_NAISSANCE:12 avril 1933]], je vous faxe le {{DLU}} ». Oui, un fax, en vrai.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Demandeur qui dicte son identifiant en toutes lettres, lentement : « [[ID_FRANCE_TRAVAIL:trois deux zéro zéro sept un neuf K]] ». La conseillère répète, il confirme. Question : son {{ARE}} baisse de {{25 %}}, pourquoi ? Réponse : dégressivité, il avait plus de {{4 500 €}} de salaire.",
    ),
    (
        "caf",
        "controle_sur_place",
        "2e contrôle de la journée avec [[PERSONNE:Didier]], {{La Roche-sur-Yon}} quartier des {{Pyramides}}, [[ADRESSE:14 rue Gaston Ramon, appt 32]]. Mme [[PERSONNE:Soilihi]] déclarée seule avec {{3 enfants}}. Sur la boîte aux lettres : [[PERSONNE:SOILIHI]] et [[PERSONNE:M'DAHOMA]]. Elle explique que c'est son frère, reparti à {{Mayotte}} en mars. [[PERSONNE:Didier]] note, demande un justificatif de départ. Moi je me sens mal à l'aise d'être dans son salon.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Conseillère [[PERSONNE:Mélanie]], plateforme du {{Mans}}. Une maman appelle pour rattacher son bébé à sa carte vitale. Bébé [[PERSONNE:Lyam]], né le [[DATE_NAISSANCE:30 novembre]]. Elle demande aussi le rattachement chez le papa, M. [[PERSONNE:Pasquier]]. Fait en {{6 min}}, double rattachement ok.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Évaluation pour le {{portage de repas}}, {{Coulaines}}. M. [[PERSONNE:Lebreton]], {{84 ans}}, seul depuis le décès de sa femme. Sa fille est au tel sur haut-parleur depuis {{Bordeaux}}. Adresse de livraison : [[ADRESSE:3 allée des Tilleuls, 72190 Coulaines]]. Fixe de monsieur : [[TELEPHONE:02 43 81 55 07]]. Repas à {{7,20 €}}, il trouve ça cher, sa fille dit « papa on a dit oui ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{Mans}}. Un gars de {{20 ans}} vient pour un certificat de coups (bagarre en sortie de boîte). L'agente d'accueil, [[PERSONNE:Nadia]] : « ici c'est pas pour les certificats, il faut passer par la police et les {{UMJ}} ». Il reste assis quand même.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Loire-Atlantique}}. [[PERSONNE:Fatou]] prend l'appel d'une assistante sociale du {{CHU}} : sortie d'hospitalisation demain pour M. [[PERSONNE:Bakary Traoré]], né en [[DATE_NAISSANCE:1979]], sans domicile, en fauteuil. « On n'a rien en {{PMR}} ce soir. » L'AS laisse sa ligne directe, [[TELEPHONE:02 40 08 73 19]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{FT}} du {{Mans}}, espace libre accès : {{6 ordis}}, dont {{2}} en panne. La service civique, [[PERSONNE:Léa]], aide un monsieur à créer son adresse mail. Il voulait [[EMAIL:moussa.kone72@gmail.com]], déjà prise, ce sera [[EMAIL:moussa.kone.72000@gmail.com]]. {{25 min}} pour ça + le mot de passe qu'il note sur un ticket de caisse.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'un travailleur social d'une asso de {{Cholet}} pour une famille. Il donne le numéro : « allocataire [[N_ALLOCATAIRE:3 9 1 5 0 2 6]] ». [[PERSONNE:Jordan]] : pas d'infos sans mandat. Le TS : « mais la dame est à côté de moi ». Mme [[PERSONNE:Mbala]] prend le combiné et dit oui à tout. Ça passe.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{C2S}} : M. et Mme [[PERSONNE:Demir]], {{4 enfants}}, plafond dépassé de {{47 €}} par an. L'agente [[PERSONNE:Soizic]] recalcule deux fois. Pas de chance. Elle leur propose la {{C2S participative}}, {{1 €}} par jour et par personne maxi. Monsieur fait le calcul de tête : « {{6 personnes}}, ça fait {{180 €}} par mois ? ». Non, pas tout à fait, ça dépend de l'âge.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Cholet}}. Une dame appelle pour son voisin qu'elle n'a pas vu depuis {{3 jours}} : M. [[PERSONNE:Gendron]], [[ADRESSE:18 rue du Paradis]]. Volets fermés, courrier qui déborde. L'agent prend ses coordonnées à elle aussi ([[TELEPHONE:06 07 35 62 91]]) et appelle la {{police municipale}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "— Vous avez votre carte vitale ?\n— non perdue\n— votre numéro de sécu vous le connaissez ?\n— [[NIR:1 71 11 99 350 087 71]]\n[[PERSONNE:Nadia]] tape, ça sort : [[PERSONNE:EL IDRISSI Mustapha]], [[DATE_NAISSANCE:12/11/1971]]. « Impressionnant, vous le connaissez par cœur ». Lui : « {{30 ans}} d'intérim madame ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude de nuit, {{Angers}}, {{23h}}. Sous le pont de la {{Basse-Chaîne}} : {{3 tentes}}. [[PERSONNE:Samir]] (éducateur) connaît [[PERSONNE:Jacky]] depuis des années. Café, soupe, couvertures. [[PERSONNE:Jacky]] refuse le {{115}}, comme toujours, mais prend les chaussettes.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "[[PERSONNE:Karima]] : appel d'un employeur cette fois. Boulangerie de {{Guérande}} qui cherche un apprenti. Elle saisit l'offre ({{offre n° 182KVTP}}). Le patron, M. [[PERSONNE:Le Pennec]], laisse son portable [[TELEPHONE:06 61 27 90 44]] « appelez pas avant {{14h}}, je dors ».",
    ),
    (
        "caf",
        "accueil_physique",
        "La dame épelle son nom pour l'agente : « [[PERSONNE:N apostrophe G-U-E-S-S-A-N]] », prénom [[PERSONNE:Akissi]]. Demande d'{{ASF}}, le père ne paie plus la pension. [[PERSONNE:Gwendoline]] lui explique l'{{ARIPA}}, qui peut récupérer l'argent directement. Elle ne connaissait pas.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Avec [[PERSONNE:Frédéric]], 2e visite : personne au [[ADRESSE:11 rue Saint-Lazare, 49100 Angers]] pendant les heures de présence obligatoire. Il laisse une convocation pour le service médical. Un voisin : « il est parti chez {{Leroy Merlin}} ». Rapport transmis ce soir.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Accueil {{CCAS}} {{Saint-Nazaire}}. Un jeune papa, [[PERSONNE:Kevin]], demande une aide pour la cantine. {{QF 380}}. L'agente lui explique que c'est la mairie qui gère la cantine, tarif à {{0,90 €}} avec son {{QF}}, il ne le savait pas. Il repart avec un formulaire.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Vestiaire solidaire du {{CHRS}}. [[PERSONNE:Jocelyne]], bénévole depuis {{15 ans}}, trie les dons : un pull {{bleu marine}}, des chaussures {{pointure 43}}, un manteau {{Kiabi}}. « Les gens donnent des trucs sales, ça m'énerve ». Elle plie tout avec une précision incroyable.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un taxi conventionné appelle l'accueil : « je viens chercher Mme [[PERSONNE:Jaouen]], sortie prévue {{17h}} » — pas prête. Il attend devant, véhicule [[IMMATRICULATION:EK-902-LS]], il demande qu'on le prévienne. L'agent note sur un post-it.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Conseiller [[PERSONNE:Thierry]] avec Mme [[PERSONNE:Ferreira Gonçalves]], {{43 ans}}, reconversion aide-soignante. Financement {{Région Pays de la Loire}}, {{IFAS}} de {{Cholet}}, rentrée en septembre. Il vérifie l'identifiant ([[ID_FRANCE_TRAVAIL:4417803M]]) et l'adresse : [[ADRESSE:2 place de la Mairie, 49340 Trémentines]]. Elle a les larmes aux yeux quand c'est validé.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{16h50}}, dernier appel. [[PERSONNE:Jordan]] est crevé. Une étudiante de {{Nantes}}, studio {{CROUS}}, {{0 €}} d'{{APL}} et elle ne comprend pas. Ses revenus N-2 : elle était apprentie. Il lui explique, elle demande le lien par mail : [[EMAIL:lou.vasseur@etu.univ-nantes.fr]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, un monsieur pour sa {{pension d'invalidité}}. Transfert au service, attente {{12 min}}, il raccroche avant. La conseillère soupire : « il va rappeler demain, et on recommence ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Sarthe}}, places ce soir (écran) :\n{{Le Mans}} H {{0}} / F {{2}}\n{{La Flèche}} {{1}}\n{{Mamers}} {{0}}\n[[PERSONNE:Mathis]] soupire, il est {{20h05}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une maman avec son bébé [[PERSONNE:Aylan]], {{11 mois}}, bronchiolite. Elle vient de {{Châteaubriant}} parce que les urgences là-bas ferment la nuit. Carnet de santé ouvert sur le comptoir : né le [[DATE_NAISSANCE:3 janvier]]. Installée en {{box 4}} direct, l'{{IOA}} n'a pas aimé sa saturation.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation : courrier pour {{38 personnes}} ce matin. L'agente, [[PERSONNE:Christelle]], appelle les noms comme à l'école : « [[PERSONNE:Sylla]] ! [[PERSONNE:Popov]] ! [[PERSONNE:Lagrené]] ! ». Trois mains se lèvent.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rappel d'une candidate, [[PERSONNE:Sarah Benhamou]], pour le job dating {{Airbus}} à {{Montoir-de-Bretagne}} jeudi {{9h}}. Elle demande s'il faut venir en tenue. La conseillère : « propre, c'est tout ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Bironneau]], {{la quarantaine}}, séparation. Elle a quitté le domicile conjugal, [[ADRESSE:La Grande Métairie, 85310 Nesmy]], pour un appartement à {{La Roche-sur-Yon}}, [[ADRESSE:45 boulevard Aristide Briand, appt 12]]. Il faut tout changer : situation, adresse, RIB à son nom seul. Elle tend le RIB à [[PERSONNE:Stéphanie]] : [[IBAN:14445 00420 04012938761 31]]. [[PERSONNE:Stéphanie]] lui dit que les droits vont être recalculés et qu'il y aura peut-être un rappel. « Un rappel c'est bien ou pas ? » — « c'est bien ».",
    ),
]

# Batch 3: ind112-071 … ind112-105.
NOTES_3 = [
    (
        "caf",
        "accueil_physique",
        "{{13h30}} réouverture. File de {{14 personnes}}. Borne à tickets : A = rdv, B = sans rdv. Ticket {{B27}} appelé à {{13h52}}, pas mal.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Anthony Guérin]], soudeur chez un sous-traitant des {{Chantiers de l'Atlantique}}, accident du travail la semaine dernière (brûlure à l'avant-bras). Il a l'attestation de l'employeur mais pas le certificat initial. Agente [[PERSONNE:Virginie]] lit le NIR à voix haute pour vérifier : « [[NIR:1 88 02 44 184 356 52]], vous êtes bien né à {{Saint-Nazaire}} ? » — « à l'hôpital d'ici oui ». Il doit repasser chez son médecin.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Mayenne}}, {{2h10}}. Pas un appel depuis {{40 min}}. L'écoutant fait des mots fléchés, il me dit que l'hiver c'est autre chose.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription d'une jeune femme, Mme [[PERSONNE:Ali Mmadi]], née à {{Anjouan}} aux {{Comores}}, a vécu à {{Mayotte}}, arrivée à {{Nantes}} il y a {{2 mois}} chez sa tante. Attestation {{Cpam}} avec son NIR : [[NIR:2 99 12 99 397 021 37]]. Conseiller [[PERSONNE:Bruno]]. Identifiant attribué : [[ID_FRANCE_TRAVAIL:7730126 P]]. Elle veut travailler dans la petite enfance, il lui parle du {{CAP AEPE}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Téléconseillère [[PERSONNE:Priscilla]], {{Caf de la Sarthe}}. La dame dicte son numéro en toutes lettres : « [[N_ALLOCATAIRE:zéro cinq deux huit neuf un quatre]] ». Elle veut savoir où en est son {{AAH}} — ce n'est pas la {{Caf}} qui décide, c'est la {{MDPH}}. Dossier MDPH n° [[IDENTIFIANT:72-2023-004517]], déposé il y a {{7 mois}}. [[PERSONNE:Priscilla]] lui donne le numéro de la MDPH et s'excuse presque.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{2h}} d'attente pour une entorse, la dame râle, tout le monde râle. Distributeur de boissons vide sauf le {{Coca}} à {{2,50 €}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Instruction {{RSA}} au {{CCAS}} de {{Rezé}}. M. [[PERSONNE:Pham]], livreur auto-entrepreneur ({{Uber Eats}}), chiffre d'affaires en chute. Son SIRET perso : [[IDENTIFIANT:913 482 705 00018]]. L'agente, [[PERSONNE:Solène]], fait la demande en ligne avec lui. N° allocataire créé à la fin : [[N_ALLOCATAIRE:4520387]]. {{45 min}} au total.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{La Roche-sur-Yon}}. Arrivée d'une femme orientée par la gendarmerie de {{Luçon}} (violences conjugales). Dans le cahier d'accueil juste « Mme [[PERSONNE:S.]] ». Sa voiture est restée chez le conjoint, [[IMMATRICULATION:DV-556-RE]], elle veut la récupérer pour aller au travail. L'éducatrice [[PERSONNE:Maryline]] lui explique qu'on fera ça avec les gendarmes, pas seule.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une dame veut changer ses coordonnées bancaires pour les remboursements : « je vous donne mon RIB : [[IBAN:FR88 2004 1010 1245 8721 0M03 433]] ». [[PERSONNE:Laëtitia]] l'arrête : ça se fait sur le compte {{ameli}}, ou par courrier avec un RIB papier. La dame : « j'ai pas de compte ameli, j'ai pas internet ». Courrier alors.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mur d'écrans de la plateforme : {{23}} appels en attente, temps moyen {{8 min}}, le voyant passe à l'orange. Le manager fait le tour des postes.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Angers}}, {{Belle-Beille}}, avec la contrôleuse [[PERSONNE:Nathalie Grolleau]]. Colocation étudiante, {{APL}}. Sur le bail : [[PERSONNE:Chen Yu]], [[PERSONNE:Wang Lei]], [[PERSONNE:Baptiste Moreau]]. [[ADRESSE:22 rue du Bois l'Abbé, 49000 Angers]], 3e étage sans ascenseur. Un seul est là, en pyjama à {{11h}}. Allocataire contrôlé : [[N_ALLOCATAIRE:6039182]]. Tout est conforme, [[PERSONNE:Nathalie]] est ressortie en {{15 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une fille pour sa mère, téléassistance. Mme [[PERSONNE:Cougnaud]], née le [[DATE_NAISSANCE:17 mai 1938]], vit seule à {{Mouilleron-le-Captif}}, [[ADRESSE:4 impasse du Moulin]]. Contacts à prévenir : la fille, [[TELEPHONE:06 74 20 13 88]], mail [[EMAIL:sophie.cougnaud [at] free.fr]]. L'agente, [[PERSONNE:Annick]], remplit le formulaire papier en même temps.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Ambulance qui prévient : arrivée dans {{10 min}}, [[PERSONNE:Gaëtan]], {{17 ans}}, accident de scooter à {{Ancenis}}, conscient. La secrétaire ouvre le dossier d'avance avec juste le prénom.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Angers}}. Femme + bébé, demande de mise à l'abri. Elle donne son numéro en parlant vite : « [[TELEPHONE:zéro sept, cinquante-huit, douze, quarante, zéro trois]] ». [[PERSONNE:Noémie]] répète en chiffres pour vérifier : « [[TELEPHONE:07 58 12 40 03]] c'est ça ? ». Oui. Place trouvée au {{foyer}} de {{Trélazé}}, {{chambre 4}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Rdv {{CEJ}} : [[PERSONNE:Enzo]], {{19 ans}}, d'{{Allonnes}}. Conseillère [[PERSONNE:Fanny]]. Il a le code mais pas le permis, pas de voiture, bus {{Setram}} le matin trop tard pour les boulots en usine. Aide au permis demandée. Identifiant [[ID_FRANCE_TRAVAIL:5608214C]]. Il regarde son tel tout le long mais répond bien.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Hernandez]], indu de {{2 340 €}} sur les {{APL}} (elle n'avait pas déclaré le retour de son conjoint). Elle pleure dès qu'elle s'assoit. [[PERSONNE:Stéphanie]] est très douce, propose un plan de remboursement à {{50 €}} par mois et lui explique la demande de remise de dette. N° alloc [[N_ALLOCATAIRE:0917334]]. RIB pour les prélèvements : [[IBAN:FR7617906000901284770651207]]. Elle repart avec le formulaire de remise, un peu soulagée.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Pas de contrôle cet après-midi : la tournée n'a pas chargé dans le logiciel. On reste au bureau à {{Angers}}, je lis les consignes de sécurité (binôme obligatoire sur certains secteurs).",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite logement avec le service hygiène, {{Saint-Nazaire}}, quartier de {{La Bouletterie}}. Locataire : M. [[PERSONNE:Benyamina]], propriétaire privé : M. [[PERSONNE:Jouan]]. Moisissures dans les deux chambres, les enfants sont asthmatiques. [[ADRESSE:16 rue des Frères Pereire]], rez-de-chaussée. Photos, mise en demeure à venir.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patient sri-lankais, M. [[PERSONNE:Tharmalingam]], ne parle pas français, son cousin est au travail. L'{{IOA}} appelle l'interprétariat ({{ISM Interprétariat}}) en {{tamoul}}. {{12 min}} pour l'accueil au lieu de 3, mais il sourit enfin.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en appartement diffus à {{Allonnes}} avec l'éducateur [[PERSONNE:Cédric]]. M. [[PERSONNE:Gonçalves]] montre une lettre d'{{EDF}} : réf. client [[IDENTIFIANT:6004 871 233]], impayé de {{318 €}}. [[PERSONNE:Cédric]] appelle EDF avec lui et obtient un échéancier en {{3 fois}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "[[PERSONNE:Karima]]. Un monsieur a oublié son mot de passe. Vérification : date de naissance « [[DATE_NAISSANCE:seize juin quatre-vingt-dix]] », code postal {{44800}}, puis l'identifiant [[ID_FRANCE_TRAVAIL:4021765 F]]. Lien de réinitialisation envoyé par {{SMS}}. {{3 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Ce que je remarque : les gens viennent avec des sacs plastique pleins de papiers. Une dame a un classeur à intercalaires de couleur ({{Clairefontaine}}), l'agent l'appelle « la reine des classeurs ». Affiche au mur : {{Mon Soutien Psy}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Lor]], famille hmong installée à {{Angers}} depuis {{1979}}, vient pour la prise en charge à {{100 %}} de son mari (diabète). Son fils [[PERSONNE:Pao]] traduit. Numéro du mari sur l'attestation : [[NIR:1 49 03 99 241 008 05]], né au {{Laos}}. [[PERSONNE:Maxime]] explique que c'est le médecin traitant qui fait la demande d'{{ALD}}, pas eux.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Repas du midi au {{CHRS}}, {{28 couverts}}. Couscous fait par un résident. On mange avec eux, discussion sur le {{FC Nantes}} qui a encore perdu.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le tel de l'accueil sonne {{toutes les 3 minutes}} : familles, labo, ambulances, {{SAMU}}. L'agente décroche « urgences bonjour » sans lever les yeux de son écran.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Vertou}}, aide au permis. Agente : Mme [[PERSONNE:Tessier]]. Demandeur : [[PERSONNE:Lucas Morin]], {{22 ans}}, apprenti en boulangerie. Elle prend son mail pour la convocation à la commission : [[EMAIL:lucas.morin44@hotmail.fr]]. Commission le {{15}}, aide possible jusqu'à {{500 €}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Affiche à l'entrée de l'agence : « {{Forum de l'emploi}} de {{Saumur}} — {{12 mars}} » + offres {{Terrena}}, {{Ackerman}}, des maisons de champagne... pardon, de saumur brut. Beaucoup de viticulture et de taille de vigne.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Téléconseiller [[PERSONNE:Romuald]], {{Caf de Loire-Atlantique}}. Une dame veut savoir si son ex a bien déclaré la garde alternée : il ne peut rien dire sur le dossier d'un autre. Elle s'énerve, donne son numéro à elle, [[N_ALLOCATAIRE:4862051]], pour qu'il regarde « au moins le mien ». Sur le sien, rien d'anormal.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Parking des urgences plein à {{12h40}}, une voiture sur la place ambulance. Annonce au micro par l'agent de sécurité : « le propriétaire du véhicule [[IMMATRICULATION:GB-147-ZT]] est prié de le déplacer immédiatement ». Personne ne bouge.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Loire-Atlantique}}, [[PERSONNE:Fatou]]. Un homme donne son nom : « [[PERSONNE:Winterstein]] », voyageur, sa caravane a brûlé la nuit dernière sur l'aire où il vit, [[ADRESSE:aire de la Gréneraie, place 11]]. Sa femme et lui dorment dans la voiture. [[PERSONNE:Fatou]] cherche un hôtel.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "« C'est pour mes indemnités journalières, j'ai rien reçu depuis le {{12}} ». La conseillère, [[PERSONNE:Mélanie]], voit que l'employeur n'a pas envoyé l'attestation de salaire ({{Super U}} de {{Mayenne}}). Elle lui dit de relancer la compta du magasin.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel à trois : [[PERSONNE:Hamid Rahimi]] et son assistante sociale du {{CCAS}}. Radiation contestée. Identifiant [[ID_FRANCE_TRAVAIL:2918047Z]]. La conseillère voit un rdv « non honoré » alors qu'il était hospitalisé. Elle annule la radiation avec le bulletin d'hospitalisation en pièce jointe.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Jean-Baptiste]], papa solo, originaire de {{Port-au-Prince}}, avec son fils [[PERSONNE:Wilson]] qui fait ses devoirs sur la chaise d'à côté. Demande de changement de banque. RIB : [[IBAN:FR76 1470 6000 2973 0158 2041 930]]. L'agente [[PERSONNE:Gwendoline]] fait le changement directement. [[PERSONNE:Wilson]] demande si c'est « la banque des allocations ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Trajet en {{Clio}} de service entre deux visites, {{Trélazé}} → {{Angers}}. L'assistante sociale m'explique : environ {{15 visites}} par mois, dont un tiers où personne n'ouvre.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en logement accompagné à {{Rezé}}, famille [[PERSONNE:Nzuzi]]. La maman veut inscrire ses fils au foot, l'aîné [[PERSONNE:Exaucé]] est né en [[DATE_NAISSANCE:2011]]. Elle demande à l'éducatrice, [[PERSONNE:Jade]], quelle adresse mettre sur la licence : [[ADRESSE:8 rue Jean Fraix, 44400 Rezé]]. [[PERSONNE:Jade]] dit oui, c'est leur adresse maintenant.",
    ),
]

# Batch 4: ind112-106 … ind112-139.
NOTES_4 = [
    (
        "caf",
        "accueil_telephonique",
        "Double écoute avec [[PERSONNE:Priscilla]].\nAppel 1 : M. [[PERSONNE:Kowalski]], date de paiement → « le {{5}} comme d'habitude ».\nAppel 2 : une dame qui cherche le numéro de la {{CPAM}}.\nAppel 3 : une dame qui a travaillé en {{Belgique}} et veut être payée sur son compte belge, elle dicte [[IBAN:BE19 0634 8712 2012]]. [[PERSONNE:Priscilla]] : compte {{SEPA}}, pas de souci, mais il faut passer par l'espace perso.\n{{3 appels}} en {{12 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Saint-Nazaire}} avec [[PERSONNE:Olivier Pineau]], contrôleur. Allocataire : M. [[PERSONNE:Bouzid]], déclaré en location meublée. Studio au-dessus d'un kebab, [[ADRESSE:31 rue de la Paix, 44600 Saint-Nazaire]]. Bail signé avec une {{SCI}}, compteur électrique au nom d'un certain [[PERSONNE:Haddad]]. [[PERSONNE:Olivier]] photographie les quittances. N° alloc [[N_ALLOCATAIRE:2750614]]. Tout tient debout, dit-il dans la voiture.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une dame de {{Fontenay-le-Comte}} venue en car exprès ({{1h10}} de trajet) pour une demande de {{C2S}}. Sur son attestation, NIR [[NIR:2 76 08 85 191 088 25]], elle précise « née à {{La Roche}}, à l'ancienne maternité ». L'agent, [[PERSONNE:Corentin]], lui dit qu'elle aurait pu l'envoyer par courrier. Elle : « je préfère voir quelqu'un ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Salle d'attente du {{CCAS}} de {{Nantes}}, antenne {{Bellevue}}. Affiches : {{Restos du Cœur}}, {{Secours populaire}}, compteur {{Linky}}, vaccin grippe. {{5 personnes}} qui attendent, {{2}} au téléphone. Photocopieuse à {{0,10 €}} la page.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Cholet}}, {{18h40}}. Famille belge en vacances, le fils [[PERSONNE:Lars]] est tombé au {{Puy du Fou}}, poignet tordu. Pas de carte vitale, carte européenne. Le père, [[PERSONNE:Pieter Vandenberghe]], demande où garer : l'agent note la plaque pour le parking, [[IMMATRICULATION:1-KTR-457]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Admission au {{CHRS}} : M. [[PERSONNE:Bouchareb]], {{la soixantaine}}, sortie du centre pénitentiaire de {{Nantes}} ce matin, avec un sac. N° d'écrou sur le billet de sortie : [[IDENTIFIANT:44-17783]]. La {{CPIP}}, Mme [[PERSONNE:Blain]], avait appelé avant. Né le [[DATE_NAISSANCE:3 octobre 1965]] à {{Sétif}}. Il demande juste à prendre une douche et à dormir.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Job dating {{Beneteau}} / {{Sodebo}} à l'agence de {{La Roche-sur-Yon}} : {{40 candidats}}, {{12}} retenus pour un 2e entretien. [[PERSONNE:Mélissa]] tient la liste au stylo : [[PERSONNE:Rabiller]], [[PERSONNE:Diop]], [[PERSONNE:Ferchaud]], [[PERSONNE:Nowak]]... Ambiance sympa, café + {{brioche vendéenne}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Loire-Atlantique}}. Un monsieur qui appelle tous les soirs vers {{20h}}, toute l'équipe le connaît sous le nom de « [[PERSONNE:Tonton]] ». Il demande la météo, dit qu'il est bien dans son coin et raccroche. L'écoutante, [[PERSONNE:Ophélie]] : « tant qu'il appelle, on sait qu'il est vivant ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Lundi matin : {{180 appels}} avant {{10h}}, dont {{30 %}} pour les {{IJ}}. Les nouveaux conseillers ont eu {{2 semaines}} de formation seulement.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "M. [[PERSONNE:Hakimi]] appelle pour une attestation de quotient familial pour le centre de loisirs de {{Carquefou}}. [[PERSONNE:Romuald]] : « vous l'avez sur l'appli ». Pas d'appli. Envoi par courrier, il vérifie l'adresse : [[ADRESSE:6 rue des Renardières, 44470 Carquefou]]. Num alloc [[N_ALLOCATAIRE:1893045]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le Dr [[PERSONNE:Akpovi]], généraliste à {{Segré}}, appelle pour adresser une patiente, Mme [[PERSONNE:Huchet]], suspicion de phlébite. Il laisse son portable pour le rappel : [[TELEPHONE:06 83 05 62 17]]. La secrétaire écrit tout sur la feuille de transmission.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel du bailleur {{Podeliha}} au {{CCAS}} d'{{Angers}} : une locataire, Mme [[PERSONNE:Moreau]], a {{1 200 €}} de dette, ils demandent une intervention avant l'assignation. Réf. locataire [[IDENTIFIANT:P-0087215]]. L'agente, [[PERSONNE:Hélène]], note et dit qu'elle va lui écrire.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude au {{Mans}}, {{21h}}, équipe {{Croix-Rouge}}. Devant la {{gare}} : {{4 personnes}}. Un couple avec une chienne, {{Lady}}. Le gars, [[PERSONNE:Steven]], demande de l'aide pour sortir sa voiture de la fourrière, [[IMMATRICULATION:CX-804-HW]], « c'est là que je dors d'habitude ». {{190 €}} de frais, impossible.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "[[PERSONNE:Karima]]. Mme [[PERSONNE:Poirier]] demande des infos sur l'{{AREF}}. Elle donne son mail à voix haute : « [[EMAIL:nadege.poirier85 arobase gmail point com]] ». [[PERSONNE:Karima]] lui envoie la fiche.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un jeune, [[PERSONNE:Kilian]], veut sa propre carte vitale, il était encore rattaché à ses parents. Il a son NIR sur une vieille attestation : [[NIR:1 03 05 72 181 472 88]] (« je suis né au {{Mans}} mais j'habite ici maintenant »). [[PERSONNE:Soizic]] lui fait créer son compte {{ameli}} sur place. Photo prise avec son tel, envoyée.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier cuisine au {{CHRS}} de {{Saint-Nazaire}} animé par [[PERSONNE:Morgane]] ({{CESF}}). Recette : gâteau nantais. {{6 résidents}}. [[PERSONNE:Ibrahima]] apprend à lire la recette, il épelle « beurre demi-sel » lettre par lettre et tout le monde applaudit.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle avec [[PERSONNE:Didier]], dossier {{RSA}}, signalement pour travail non déclaré : Mme [[PERSONNE:Charrier]] vendrait des œufs et des poulets sur {{Leboncoin}} et sur sa page {{Facebook}} « [[IDENTIFIANT:@lespoulesdeclaire85]] ». Adresse : [[ADRESSE:La Bretonnière, 85600 Treize-Septiers]]. Elle nous montre le poulailler, {{20 poules}}. [[PERSONNE:Didier]] : « vendre des œufs c'est pas interdit madame, faut juste le déclarer ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Vérification de résidence ({{C2S}}) avec [[PERSONNE:Frédéric]] à {{Trélazé}}, chez Mme [[PERSONNE:Diakité]], [[ADRESSE:10 rue Jean Jaurès, bât B, 49800 Trélazé]]. Elle est là avec ses {{3 enfants}}, les papiers sont prêts sur la table. {{7 min}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "VAD à {{Allonnes}} reportée : la dame appelle pendant le trajet pour dire qu'elle est chez le médecin. Demi-tour, {{25 min}} de route pour rien.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{IOA}} [[PERSONNE:Jérémy]]. Homme, {{la quarantaine}}, tombé d'un toit, amené par les {{pompiers}}. Son patron arrive derrière : « c'est mon salarié, [[PERSONNE:Bogdan]], il a rien sur lui, j'ai son numéro de sécu dans mon tel ». Il lit : [[NIR:1 79 01 99 114 203 81]], né le [[DATE_NAISSANCE:19/01/1979]]. [[PERSONNE:Jérémy]] prend, mais vérifiera avec le patient.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Kabongo]] vient déposer un arrêt maladie papier. Accueil : « il faut le scanner dans votre espace ». Pas de smartphone. [[PERSONNE:Bruno]] le scanne pour elle. Identifiant [[ID_FRANCE_TRAVAIL:1143096 N]]. {{4 min}}, sourire.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Vendée}} : la gendarmerie de {{Pouzauges}} appelle, homme trouvé dans un abribus, hypothermie légère, [[PERSONNE:Ludovic Arnaud]], né le [[DATE_NAISSANCE:11 février 1972]]. Place au {{CHRS}} de {{La Roche-sur-Yon}}, taxi pris en charge.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Entre deux appels, la téléconseillère me montre le script : « Bonjour, {{Caf de Loire-Atlantique}}, [prénom] à votre écoute ». Jamais le nom de famille. {{3 appels}} en attente.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence {{CCAS}} de {{La Flèche}}. Mme [[PERSONNE:Papin]] demande un bon pour du fioul ({{300 litres}}). Aide accordée, versée sur son compte, RIB : [[IBAN:13807 00812 32021044587 96]]. Puis M. [[PERSONNE:Aït Ouarab]] pour la domiciliation.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{3h}} du matin, urgences de {{Saint-Nazaire}} : {{11 patients}}. L'équipe de nuit mange des crêpes apportées par une famille pour dire merci.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une agence d'intérim ({{Randstad}} {{Cholet}}) appelle pour joindre un candidat envoyé par {{FT}}, [[PERSONNE:Quentin Rousseau]]. La conseillère ne donne pas son numéro, elle transmet le message.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un monsieur donne son numéro avant même qu'on lui demande : « [[NIR:1 57 04 99 351 146 71]] », né à {{Sfax}}. Question sur sa complémentaire. [[PERSONNE:Mélanie]] : « ça c'est votre mutuelle, pas nous ». Il a la {{MGEN}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Plan grand froid : le {{CHRS}} ouvre {{4}} lits supplémentaires ce soir, {{-3°}} annoncés. L'équipe sort des lits de camp du local, couvertures d'{{Emmaüs}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Château-Gontier}} avec [[PERSONNE:Béatrice Houdayer]], {{Caf de la Mayenne}}. M. [[PERSONNE:Ouedraogo]] : vérification de la présence des {{2 enfants}}. Ils sont à l'école, on voit les chambres, les cartables. Il donne son mail pour recevoir la copie du rapport : [[EMAIL:ouedraogo.issa@yahoo.fr]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{4 guichets}}, {{2}} ouverts. L'écran appelle les numéros. Attente moyenne {{22 min}}. Une dame s'est endormie sur sa chaise.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Guérande}}. Une dame âgée veut s'inscrire au repas des aînés. Date de naissance : « le [[DATE_NAISSANCE:2 du 2 trente-neuf]] ». Adresse : [[ADRESSE:12 chemin de la Croix-Blanche, 44350 Guérande]]. L'agent a mis {{4 min}} à comprendre le « 2 du 2 ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier numérique, {{FT}} {{Nantes}} {{Bellevue}}, {{6 participants}}, animé par [[PERSONNE:Camille]]. Au tableau l'exemple {{prenom.nom@gmail.com}}. Une participante crée la sienne : [[EMAIL:fatim.sylla44@gmail.com]]. Un monsieur demande pourquoi il faut un mail pour chercher du travail.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La police appelle : ils amènent un homme en garde à vue pour un certificat de compatibilité, M. [[PERSONNE:Lecomte]], arrivée prévue {{22h}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Gaborit]] (« aucun lien avec [[PERSONNE:Yohann]] », rigole l'agent, c'est un nom courant en {{Vendée}}). Il a {{4 enfants}}, vient pour la prime de déménagement. Nouveau RIB dans la foulée : [[IBAN:FR76 1551 9390 2600 0205 1780 178]].",
    ),
]

# Batch 5: ind112-140 … ind112-173.
NOTES_5 = [
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Guilloteau]], {{la cinquantaine}}, vit à l'année dans un mobil-home au [[ADRESSE:camping Le Pré Vert, emplacement 17]] à {{Saint-Hilaire-de-Riez}}. Elle demande si elle a droit à une aide au logement pour la location de l'emplacement. [[PERSONNE:Stéphanie]] regarde : oui, sous conditions, il faut le contrat avec le camping. N° alloc [[N_ALLOCATAIRE:5102968]]. RIB {{LCL}} déjà enregistré, elle le relit pour vérifier : [[IBAN:FR15 3000 2004 7000 0044 8921 V01]].",
    ),
    (
        "caf",
        "accueil_physique",
        "{{9h45}} : panne informatique générale, {{Cristal}} inaccessible. Les agents prennent les demandes sur papier et promettent de rappeler. Les gens sont étonnamment patients, une dame dit « c'est pareil chez nous à l'usine ».",
    ),
    (
        "caf",
        "accueil_physique",
        "[[PERSONNE:Océane]], enceinte de {{5 mois}}, seule, {{Saint-Herblain}}. Elle ne savait pas qu'il fallait déclarer sa grossesse à la {{Caf}}. [[PERSONNE:Yohann]] vérifie que la {{Cpam}} a transmis : oui, avec son numéro [[NIR:2 01 02 44 109 611 52]]. Il lui explique la prime de naissance, {{environ 1 000 €}}, versée au 7e mois. Elle fait « ah ouais quand même ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur donne son identifiant {{France Travail}} au lieu du numéro alloc : « [[ID_FRANCE_TRAVAIL:6081342T]] ». [[PERSONNE:Jordan]] : « ça c'est France Travail monsieur, il me faut le numéro {{Caf}} ». Il cherche dans ses papiers, finalement : [[N_ALLOCATAIRE:2264019]]. Question sur la {{prime d'activité}} de novembre.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Pause de {{15 min}} toutes les {{2h}}. Les téléconseillers sortent dans la cour : une fume, une appelle ses enfants, un autre fait des étirements. {{7h}} de casque par jour.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle au {{Mans}}, quartier {{Ronceray}}, avec [[PERSONNE:Véronique Lemaître]], {{Caf de la Sarthe}}. M. [[PERSONNE:Mendy]] déclare vivre seul. [[ADRESSE:40 avenue Rhin et Danube, 72100 Le Mans]], 5e étage. Devant l'immeuble, la voiture qui figure dans le dossier (attestation d'assurance), [[IMMATRICULATION:GS-271-BN]]. Dans l'appart, une seule brosse à dents, [[PERSONNE:Véronique]] le note en souriant. RAS.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Briefing du matin des contrôleurs, {{8h15}}. {{6 contrôleurs}}, {{42 dossiers}} pour la semaine. Le chef rappelle : toujours se présenter, carte professionnelle visible, jamais entrer sans l'accord de la personne.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Saint-Herblain}}, demande de logement social. M. [[PERSONNE:Ba]], mauritanien, {{4 enfants}}, T3 trop petit. Numéro unique de la demande : [[IDENTIFIANT:04412240185271]], renouvelé chaque année depuis {{2019}}. L'agent, [[PERSONNE:Morgan]], met à jour et ajoute son mail : [[EMAIL:ba.mamadou.44@gmail.com]]. « {{5 ans}} d'attente ici c'est normal » dit-il, presque pour s'excuser.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Pineau]], {{81 ans}}, vient rendre son dossier d'aide ménagère et sort de son cabas une bouteille de {{pineau}} pour l'agente, qui refuse poliment. Elle insiste, l'agente finit par dire « pour le pot de fin d'année alors ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Le {{CCAS}} de {{Saint-Nazaire}} prépare {{50 colis}} par semaine pour les étudiants avec la {{Banque Alimentaire}}. Je porte des cartons de pâtes {{Panzani}} et de lait.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "[[PERSONNE:Hélène]] au téléphone avec Mme [[PERSONNE:Rivière]], qui demande l'aide à la rentrée scolaire du {{CCAS}} (pas l'{{ARS}} de la {{Caf}}). Elle laisse son numéro : [[TELEPHONE:+33 6 42 17 80 95]], « avec le +33 parce que j'ai une puce étrangère ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Après-midi au standard : {{12 appels}}. Logement, cantine, colis, mutuelle communale. Une seule personne énervée, à cause du parking.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "VAD avec [[PERSONNE:Anne-Laure]] chez M. [[PERSONNE:Texier]], dossier {{FSL}} énergie. Facture {{Engie}}, réf. client [[IDENTIFIANT:300 128 447 962]], {{486 €}} de retard. [[ADRESSE:27 rue du Maréchal Foch, 85000 La Roche-sur-Yon]], au 2e. Il ne chauffe que la cuisine, il dort avec un bonnet.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un résident, [[PERSONNE:Gheorghe]], fête ses {{50 ans}}. « Je suis né le [[DATE_NAISSANCE:14 juillet]], comme la fête nationale, tout le monde fait la fête pour moi ». Gâteau au chocolat acheté par l'équipe, bougies, il a les larmes aux yeux.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Tableau blanc dans le bureau des éducs : planning des ménages de la {{chambre 1}} à la {{chambre 14}}. Quelqu'un a dessiné un chat dans un coin.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Angers}}, [[PERSONNE:Noémie]]. Une jeune majeure sortie de l'{{ASE}}, [[PERSONNE:Chloé]], {{18 ans}} depuis hier, plus de place en famille d'accueil. Sa référente ASE est joignable au [[TELEPHONE:02 41 81 47 60]], [[PERSONNE:Noémie]] l'appelle tout de suite. Hébergement trouvé pour {{une semaine}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Nuit, {{115}} {{Loire-Atlantique}}. Appel en anglais d'un jeune soudanais, [[PERSONNE:Adam]], sous la passerelle de la {{gare}}. [[PERSONNE:Ophélie]] répond en anglais, bien. Il lit le numéro de son attestation de demande d'asile : {{AGDREF}} [[IDENTIFIANT:4408123397]]. Orientation vers le {{PADA}} demain {{9h}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Stats du {{115}} {{Sarthe}} affichées dans le bureau : hier {{63 appels}}, {{41 demandes}}, {{9}} non pourvues.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement en diffus à {{La Roche-sur-Yon}} avec l'éducateur [[PERSONNE:Thibault]]. Sur la porte, l'étiquette écrite à la main par la résidente : « [[PERSONNE:S. BERNARD]] et [[PERSONNE:Louna]] ». [[PERSONNE:Sabrina]] (c'est elle) nous montre fièrement les rideaux qu'elle a posés.",
    ),
    (
        "cpam",
        "accueil_physique",
        "M. [[PERSONNE:Santoni]], né à {{Ajaccio}}, retraité, vient de s'installer à {{Pornic}}. Changement d'adresse : [[ADRESSE:3 rue de la Source, 44210 Pornic]]. NIR sur la carte : [[NIR:1 58 09 2A 004 115 93]]. Agente [[PERSONNE:Soizic]] : « le 2A ça fait toujours planter le formulaire papier ». Elle le saisit à la main.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Étudiante brésilienne, [[PERSONNE:Larissa Oliveira]], inscrite à l'{{Université d'Angers}}, veut s'affilier. Passeport [[IDENTIFIANT:FX602731]]. Agente [[PERSONNE:Virginie]] lui explique qu'il faut passer par le site {{etudiant-etranger.ameli.fr}}. Elle l'avait déjà fait, ça n'a pas marché.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Stand {{Mois sans tabac}} dans le hall. {{3 personnes}} s'arrêtent en une heure, dont un agent.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Conseiller [[PERSONNE:Kévin Ngo]]. Mme [[PERSONNE:Leray]] appelle pour son fils étudiant à {{Rennes}}, « il est né le [[DATE_NAISSANCE:9/9/2004]] », il n'a pas reçu sa carte vitale. Mail de contact : [[EMAIL:m.leray@wanadoo.fr]]. [[PERSONNE:Kévin]] lui dit que son fils doit appeler lui-même, il est majeur.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "[[PERSONNE:Laëtitia]]. Un kiné de {{Laval}} appelle pour un rejet de facture : facture patient n° [[IDENTIFIANT:FT-0048821]], rejet « droits non ouverts ». Elle regarde : la mutation de caisse n'est pas finie. {{8 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Avec l'agente assermentée [[PERSONNE:Nadège Ripoche]] ({{Cpam}} de {{Loire-Atlantique}}), contrôle d'arrêt à {{Saint-Sébastien-sur-Loire}}. Assuré absent. Voiture dans l'allée, vieille plaque [[IMMATRICULATION:7385 TK 44]]. La voisine : « il est au marché de {{Talensac}} ». [[PERSONNE:Nadège]] laisse un avis.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription de M. [[PERSONNE:Petrosyan]], arménien, famille à {{Angers}}. Titre de séjour [[IDENTIFIANT:4903318702]], valable {{1 an}}. Identifiant [[ID_FRANCE_TRAVAIL:3857204 W]]. Il était chauffeur poids lourd à {{Erevan}}, permis pas reconnu, il faut tout repasser.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Thébault]], licenciement économique après {{30 ans}} chez {{Jeanneau}}. Conseiller [[PERSONNE:Thierry]] lui présente le {{CSP}} (contrat de sécurisation professionnelle). Elle a changé de banque le mois dernier, nouvel IBAN à saisir : [[IBAN:FR76 3000 3018 8000 0507 1239 419]]. Elle dit « je n'ai jamais fait de CV de ma vie ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "File à l'accueil {{FT}} de {{Saint-Nazaire}} : {{9 personnes}} à {{13h35}}. Borne : « motif de votre visite » → inscription / indemnisation / autre. Tout le monde appuie sur « autre ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "« C'est pour ma fille, [[PERSONNE:Manon]], elle a {{17 ans}}, elle veut faire un apprentissage en coiffure ». Orientation vers la {{Mission locale}} de {{Saint-Nazaire}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Ferreira]] appelle du {{Portugal}} où il est en vacances, il n'arrive pas à s'actualiser depuis là-bas. Identifiant [[ID_FRANCE_TRAVAIL:4492010L]]. [[PERSONNE:Karima]] : « vos congés sont déclarés, ça va, actualisez en rentrant ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Mme [[PERSONNE:Bégaudeau]] amenée par son mari, malaise. Il s'est garé en double file devant l'entrée des urgences, l'agent de sécu lui demande de déplacer le fourgon, [[IMMATRICULATION:fm-614-ra]] écrit en minuscules sur son carnet. Le mari revient en courant {{5 min}} après.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Affiche à l'accueil : « entre {{20h}} et {{8h}}, urgences vitales uniquement, sinon appelez le {{116 117}} ». Personne ne la lit.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une étudiante de {{20 ans}}, [[PERSONNE:Yasmine]], crise d'angoisse, amenée par sa coloc. L'{{IOA}}, [[PERSONNE:Claire]], lui demande une pièce d'identité : carte d'identité n° [[IDENTIFIANT:T7KL2M9P3]]. Elle tremble en la sortant. Mise au calme dans le petit bureau.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une dame appelle pour récupérer les affaires de son père, M. [[PERSONNE:Brossard]], décédé cette nuit. La secrétaire, très douce, lui donne le numéro de la chambre mortuaire et les horaires ({{9h-17h}}).",
    ),
]

# Batch 6: ind112-174 … ind112-207.
NOTES_6 = [
    (
        "caf",
        "accueil_physique",
        "rdv M. [[PERSONNE:Sagna]] pr le {{RSA}}, demande faite en ligne mais bloquée sur la photo du titre de sejour. [[PERSONNE:Patrice]] la scanne au guichet : titre n° [[IDENTIFIANT:4901762035]]. Num alloc [[N_ALLOCATAIRE:3308157]]. tt débloqué en {{10 min}}, le monsieur n'en revient pas, il avait essayé {{6 fois}} chez lui",
    ),
    (
        "caf",
        "accueil_physique",
        "Ce qui me frappe : beaucoup de gens viennent pour des attestations qu'ils pourraient télécharger. L'agent : « {{60 %}} de l'accueil c'est ça ». Mais téléphones à l'écran cassé, forfaits sans data, pas d'imprimante... ça se comprend.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Le Floch-Diallo]] arrive avec un courrier qu'elle ne comprend pas : « vous êtes redevable de la somme de {{156,42 €}} ». Indu de {{prime d'activité}}. [[PERSONNE:Gwendoline]] explique. Elle rit jaune : « je suis née un [[DATE_NAISSANCE:1er avril]], je me disais que c'était une blague ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "appel de {{10h05}} pr un demenagement : nouvelle adresse [[ADRESSE:5 bis rue des Hauts-Pavés, 44000 Nantes]], tel [[TELEPHONE:0645872213]], num alloc [[N_ALLOCATAIRE:4719360]]. [[PERSONNE:Romuald]] lui dit de faire le changement en ligne aussi sinon ça prend plus de temps. Elle : « mais je vous l'ai dit là ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une assistante sociale du {{Département}} appelle, pas un allocataire. Transfert vers la ligne partenaires, {{4 min}} de musique d'attente (toujours la même, les téléconseillers ne l'entendent plus).",
    ),
    (
        "caf",
        "accueil_telephonique",
        "« Allo ? c'est pour l'{{AAH}} de mon frère, il est sous curatelle ». Le frère : [[PERSONNE:Jean-Michel Boisseau]], né en [[DATE_NAISSANCE:1968]]. [[PERSONNE:Priscilla]] demande si c'est elle la curatrice : non, c'est l'{{UDAF}}. Elle ne peut rien dire. La sœur insiste, puis comprend.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Rezé}} avec [[PERSONNE:Olivier]] : une étudiante loge chez l'habitant, la propriétaire, Mme [[PERSONNE:Bonnet]], lui loue une chambre. [[ADRESSE:14 quai Marcel Boissard, 44400 Rezé]], grande maison au bord de l'eau à {{Trentemoult}}. Contrat de location en règle. [[PERSONNE:Olivier]] : « c'est de plus en plus fréquent ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "En voiture entre {{Ancenis}} et {{Varades}}, le contrôleur m'explique la différence entre fraude et erreur : « {{9 fois sur 10}} c'est de l'erreur ». Radio : {{France Bleu Loire Océan}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "M. [[PERSONNE:Gaudin]] veut de l'aide pour sa facture d'eau ({{Veolia}}), n° de contrat [[IDENTIFIANT:7005 4418 02]], {{212 €}}. Aide accordée en partie, versée sur son compte : [[IBAN:FR76 3004 7140 9500 0201 7450 180]]. L'agente, [[PERSONNE:Christelle]], lui montre comment lire la facture.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande de tarification sociale {{TAN}} ({{Nantes}}). Mme [[PERSONNE:Nkemdirim]], née le [[DATE_NAISSANCE:07/07/1988]], tél [[TELEPHONE:07.66.31.28.04]]. Droit ouvert, carte {{Libertan}} à récupérer en agence.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "La mairie annexe transfère des appels au {{CCAS}} par erreur, {{3 fois}} en une heure. L'agent : « faudrait un standard commun, ça fait {{10 ans}} qu'on le dit ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur, [[PERSONNE:Sébastien]], appelle pour sa voisine âgée, Mme [[PERSONNE:Renaud]], qui ne se fait plus à manger. Il donne son adresse à elle, [[ADRESSE:7 rue de Bel-Air, 49000 Angers]], pour le {{portage de repas}}. L'agente lui dit qu'il faut l'accord de la dame. Il va lui demander.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à {{Sablé-sur-Sarthe}}, aide au chauffage. M. [[PERSONNE:Leblanc]], {{près de 80 ans}}, natif de {{Sablé}}, nous montre son relevé de pension {{Carsat}} avec son NIR : [[NIR:1 46 03 72 264 032 70]]. {{1 080 €}} par mois, loyer {{450 €}}. Poêle à bois, il coupe son bois lui-même.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien avec [[PERSONNE:Mariam]] et ses {{2 enfants}}, au {{CHRS}} depuis {{4 mois}}. Recours {{DALO}} déposé, n° [[IDENTIFIANT:DALO-44-2024-1187]]. Travailleuse sociale : [[PERSONNE:Laurène]]. Commission dans {{6 semaines}}. [[PERSONNE:Mariam]] dit qu'elle n'ose plus espérer.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Règlement intérieur affiché : retour avant {{23h}}, pas d'alcool, visites {{14h-18h}}. L'éduc me dit qu'ils assouplissent beaucoup au cas par cas.",
    ),
    (
        "chrs",
        "accueil_physique",
        "M. [[PERSONNE:Dubois]], dit « [[PERSONNE:Dudu]] », veut retrouver sa fille qu'il n'a pas vue depuis {{8 ans}}. Il a trouvé son profil {{Instagram}} : [[IDENTIFIANT:@lea.dubois.49]]. L'éducateur lui conseille de ne pas lui écrire tout de suite, d'en parler d'abord.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Vendée}}. « je suis à la gare des {{Sables-d'Olonne}} ». Nom : [[PERSONNE:Chauvet]]. Il a dormi à la halte de nuit la semaine dernière. Né le [[DATE_NAISSANCE:20/04/1990]] d'après la fiche. L'écoutante, [[PERSONNE:Gaëlle]], lui trouve une place à {{La Roche-sur-Yon}}, train à {{18h12}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Loire-Atlantique}}, [[PERSONNE:Ophélie]]. Appel d'un hôtel {{Première Classe}} de {{Saint-Herblain}} : la famille [[PERSONNE:Haxhiu]] n'est pas rentrée depuis {{2 nuits}} dans la {{chambre 12}}. On garde la chambre ou pas ? [[PERSONNE:Ophélie]] : on garde jusqu'à demain midi.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude à {{Saint-Nazaire}}, côté {{base sous-marine}}, {{22h}}. Un homme vit dans sa voiture, [[IMMATRICULATION:HB509QD]], avec son chat {{Grisou}}. Il s'appelle [[PERSONNE:Patrick]]. [[PERSONNE:Élodie]] lui laisse le numéro du {{115}} et une couverture de survie.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Fin de maraude : {{4h}} de tournée, {{11 contacts}}, {{2}} mises à l'abri. Thermos vide.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Bellanger]], née à {{Laval}} le [[DATE_NAISSANCE:25 octobre 1983]], NIR [[NIR:2 83 10 53 130 264 01]]. Elle déménage à {{Angers}} pour le travail. [[PERSONNE:Maxime]] fait la mutation entre caisses, {{3 semaines}} de délai.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un homme très pressé veut un duplicata d'attestation pour son employeur. [[PERSONNE:Corentin]] l'imprime, {{2 min}}. Lui : « c'est tout ? j'ai pris ma matinée pour ça » 😂",
    ),
    (
        "cpam",
        "accueil_physique",
        "Préavis de grève {{11h-12h}}, l'accueil est tenu par {{2}} cadres. Files plus longues, mais personne ne se plaint vraiment.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Jeune couple, bébé prématuré encore en néonat au {{CHU de Nantes}}. Le papa, [[PERSONNE:Rachid]], donne son numéro pour le rattachement : [[NIR:1 94 01 49 099 017 71]] (« né à {{Cholet}}, comme ma femme »). L'agente lui imprime l'attestation avec le bébé dessus, il la prend en photo.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Assuré sourd, appel via {{Acceo}} (transcription en direct). Conseillère [[PERSONNE:Mélanie]]. M. [[PERSONNE:Lemoine]] demande où en est le remboursement de ses appareils auditifs. {{15 min}}, tout passe par écrit, c'est très lent mais ça marche.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un pharmacien de {{Mamers}} : patient hors droits au comptoir. « c'est M. [[PERSONNE:Vasseur Didier]], né le [[DATE_NAISSANCE:30.06.1961]] ». La conseillère vérifie : droits prolongés, erreur de la carte. La pharmacie peut facturer.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Avec [[PERSONNE:Frédéric]] à {{Chemillé}}. Mme [[PERSONNE:Guillet]] est là, ses enfants jouent dans le salon. Il corrige l'adresse du dossier : c'est [[ADRESSE:2 rue des Lavandières, Chemillé-en-Anjou]], pas le 12. C'est pour ça que le courrier ne lui arrivait pas.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Thierry]] reçoit M. [[PERSONNE:Aubert]], projet de food truck (crêpes). Il a déjà acheté le camion, [[IMMATRICULATION:FP-822-XB]], on le voit par la fenêtre sur le parking. Identifiant [[ID_FRANCE_TRAVAIL:2286571 D]]. Pour l'{{ARCE}}, nouvel IBAN : [[IBAN:FR7614706001507204883611563]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Réunion d'équipe {{FT}} {{Angers}}, {{8h30}} : objectifs du mois, {{320 entretiens}}, taux de retour à l'emploi. Les conseillers soufflent.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Salon du recrutement au {{Mans}}. M. [[PERSONNE:Nowakowski]] tend son CV au stand {{FT}}, la conseillère le lit à voix haute pour me montrer ce qui ne va pas : adresse [[ADRESSE:11 rue de Flore, 72000 Le Mans]], tél [[TELEPHONE:06 50 93 71 28]], mail [[EMAIL:nowakowski.tom@outlook.fr]]... « et pas une seule date dans son parcours ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "« mon conseiller c'est M. [[PERSONNE:Lambert]], je veux lui parler à lui ». Il est en congé. Identifiant [[ID_FRANCE_TRAVAIL:5517392G]]. Question : il part vivre au {{Portugal}} et veut être payé là-bas, IBAN [[IBAN:PT50 0035 0651 0044 8732 9005 0]]. Réponse : pas possible si vous n'êtes plus en France. Long silence.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une mère appelle pour son fils, [[PERSONNE:Noah]], {{23 ans}}, radié. On ne peut pas parler à un tiers. Elle passe le téléphone à [[PERSONNE:Noah]], qui était à côté.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Famille élargie dans le hall, {{15 personnes}}, pour le grand-père, M. [[PERSONNE:Hoffmann]]. L'agent de sécurité négocie : {{2}} accompagnants max. Leur fourgon est garé sur la voie pompiers, [[IMMATRICULATION:DF 317 PK]]. Ça se passe finalement bien, le fils aîné gère.",
    ),
    (
        "urgences",
        "accueil_physique",
        "[[PERSONNE:Nadia]] saisit Mme [[PERSONNE:Okafor]] : IPP [[IDENTIFIANT:P00782214]]. La patiente demande le compte rendu par mail, [[PERSONNE:Nadia]] note [[EMAIL:g.okafor@icloud.com]] mais lui dit que ça passera plutôt par {{Mon espace santé}}.",
    ),
]

# Batch 7: ind112-208 … ind112-240.
NOTES_7 = [
    (
        "caf",
        "accueil_physique",
        "Dernier jour à la {{Caf}} de {{Nantes}}. [[PERSONNE:Sandrine]], à l'accueil depuis {{22 ans}}, connaît les habitués : « M. [[PERSONNE:Brélivet]] vient tous les mardis, il n'a rien à demander, il vient parler ». Il est là à {{9h02}}, bonnet rouge, il lui demande des nouvelles de son fils.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Rahmani]], {{3 enfants}}, séparée, demande d'{{ASF}}. Elle apporte le jugement du {{JAF}}, RG [[IDENTIFIANT:23/04871]] : pension fixée à {{120 €}} par enfant, jamais versée par M. [[PERSONNE:Rahmani]]. Num alloc [[N_ALLOCATAIRE:5066142]]. Nouveau compte à son nom seul : [[IBAN:FR76 1027 8361 0100 0207 4160 122]]. [[PERSONNE:Patrice]] lance l'{{ARIPA}} en même temps.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "[[PERSONNE:Romuald]]. Mme [[PERSONNE:Aubin]] dicte son numéro : « [[N_ALLOCATAIRE:1 7 4 2 2 0 9]] », puis son mail pour recevoir l'attestation de paiement : [[EMAIL:aubin.sandrine72@sfr.fr]]. « C'est pour {{Sarthe Habitat}}, ils la veulent avant vendredi ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Sur l'écran des téléconseillers, un « arbre de décision » avec {{40 motifs}} d'appel. Le motif n°1 de loin : « où en est mon dossier ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Laval}} avec [[PERSONNE:Béatrice]]. M. [[PERSONNE:Yildiz]], [[ADRESSE:19 rue de Bretagne, 53000 Laval]], déclaré sans activité. Dans la cour, deux voitures capot ouvert : [[IMMATRICULATION:EZ-447-QM]] et une allemande, [[IMMATRICULATION:HH-KL 2048]]. « C'est à mes cousins, je répare pour rendre service ». [[PERSONNE:Béatrice]] note tout sans commenter. N° alloc [[N_ALLOCATAIRE:6624870]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Saint-Nazaire}} avec [[PERSONNE:Olivier]], famille [[PERSONNE:Sall]], {{5 enfants}}. Vérif de la scolarité des grands : enfants nés en [[DATE_NAISSANCE:2008]], [[DATE_NAISSANCE:2010]] et [[DATE_NAISSANCE:2013]], certificats de scolarité sur le frigo avec des aimants. Maman très accueillante, thé à la menthe.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Retour au bureau, rédaction des rapports : {{1h}} par contrôle à peu près, le logiciel demande de cocher {{27}} cases.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} du {{Mans}}. Mme [[PERSONNE:Célestine]], née à {{Pointe-à-Pitre}}, arrivée de {{Guadeloupe}} il y a {{3 semaines}} pour suivre sa fille. NIR sur la carte vitale : [[NIR:2 90 03 971 20 455 19]]. Pas encore de droits {{Caf}}, bons alimentaires pour {{15 jours}}. L'agente lui fait un plan du quartier au stylo.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Permanence juridique gratuite au {{CCAS}}, avocate Me [[PERSONNE:Guillemot]]. M. [[PERSONNE:Diallo]] vient avec son jugement d'expulsion, RG [[IDENTIFIANT:24/01562]]. Elle lui explique le délai, la {{trêve hivernale}}, et l'oriente vers l'{{ADIL}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Espace {{France Services}} du {{CCAS}} d'{{Orvault}} : la conseillère numérique aide à faire une déclaration d'impôts. {{8 rdv}} ce matin, que des retraités.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "La fille de M. [[PERSONNE:Bertin]] demande la liste des {{EHPAD}} autour de {{Challans}}. L'agent cite l'{{EHPAD Les Glycines}} et la {{Résidence Saint-Joseph}}, {{2 ans}} d'attente. Elle laisse son fixe : [[TELEPHONE:02 51 37 48 90]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "VAD chez Mme [[PERSONNE:Mercier]], [[ADRESSE:3 allée des Camélias, 44600 Saint-Nazaire]], pour l'aide ménagère. Elle cherche sa carte de la mutuelle communale, n° [[IDENTIFIANT:MCS-0072891]], dans une boîte à biscuits {{LU}}. Il y a tout dedans, même son livret de famille.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Bonne nouvelle : [[PERSONNE:Youssouf]] a signé un {{CDD}} chez {{Manitou}} à {{Ancenis}}. Il lui faut un compte pour la paie, ouvert à {{La Banque Postale}} avec l'éduc : [[IBAN:FR51 2004 1010 1203 1847 6F02 992]]. Il montre son RIB à tout le monde dans la salle commune.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Télé allumée dans la salle commune : discours de {{Macron}}. Les résidents commentent. [[PERSONNE:Ahmed]] : « lui il a jamais dormi dehors ». Rires, puis quelqu'un change de chaîne pour {{Questions pour un champion}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Sarthe}}, [[PERSONNE:Mathis]]. Une femme, [[PERSONNE:Vanessa Pottier]], mise dehors par son compagnon ce soir. Elle appelle du portable d'une amie : [[TELEPHONE:06 28 71 04 56]]. Place trouvée au {{Mans}} pour {{3 nuits}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Maine-et-Loire}}, écoutant [[PERSONNE:Baptiste]]. « Je m'appelle [[PERSONNE:Kamel]], [[PERSONNE:K-A-M-E-L]], né le [[DATE_NAISSANCE:premier mars soixante-dix-huit]] ». Il appelle depuis une cabine, oui, ça existe encore.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Pendant {{20 min}}, {{SI-SIAO}} ne répond plus. L'équipe note tout sur papier. « Une fois par semaine au moins ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en diffus au {{Mans}}, quartier {{Bellevue}}, avec [[PERSONNE:Cédric]]. Famille [[PERSONNE:Kurbanov]], [[ADRESSE:8 rue Paul Ligneul, 72000 Le Mans]]. Le fils aîné, [[PERSONNE:Islam]], {{16 ans}}, traduit pour ses parents et fait les papiers de toute la famille. [[PERSONNE:Cédric]] me dit que c'est trop lourd pour lui.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} de {{La Roche-sur-Yon}}. M. [[PERSONNE:Bouvet]], né le [[DATE_NAISSANCE:12 juin 1972]] à {{Saint-Herblain}}, NIR [[NIR:1 72 06 44 162 390 71]]. Il a été hospitalisé en {{Espagne}} cet été, facture de {{1 900 €}}. Formulaire de soins à l'étranger, [[PERSONNE:Corentin]] l'aide à le remplir.",
    ),
    (
        "cpam",
        "accueil_physique",
        "[[PERSONNE:Virginie]] reçoit Mme [[PERSONNE:Sánchez]], qui ne comprend pas pourquoi sa mutuelle ne rembourse pas. Carte {{Harmonie Mutuelle}}, n° adhérent [[IDENTIFIANT:203 117 584]]. La télétransmission {{Noémie}} n'est pas activée, [[PERSONNE:Virginie]] la fait.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Nouvel espace d'accueil à la {{Cpam}} d'{{Angers}} : bornes + {{3 box}} fermés pour les rdv. Plantes vertes, un {{ficus}} et une {{rose}} en plastique sur le comptoir.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Chollet]], qui habite à {{Cholet}} (« avec deux l moi, la ville c'est un seul »), appelle pour un remboursement de transport. {{5 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "[[PERSONNE:Laëtitia]] aide une assurée à créer son compte {{ameli}} par téléphone. Mail : [[EMAIL:celine.barreau85@gmail.com]], portable pour le code : [[TELEPHONE:07 81 24 60 97]]. Le code n'arrive pas, on attend, il arrive.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Dernière visite avec [[PERSONNE:Frédéric]] à {{Doué-la-Fontaine}}. M. [[PERSONNE:Morin]], en arrêt longue durée, nous montre sa voiture adaptée, [[IMMATRICULATION:482 BDS 49]], il ne peut plus conduire. {{4 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Gomes]] veut une attestation d'inscription pour sa demande de logement. L'agent l'imprime depuis l'espace perso, identifiant [[ID_FRANCE_TRAVAIL:3095518J]]. {{2 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Huynh]], {{38 ans}}, pharmacienne diplômée au {{Vietnam}}. La conseillère, [[PERSONNE:Aurélie]], cherche comment faire reconnaître le diplôme ({{ENIC-NARIC}}). Identifiant [[ID_FRANCE_TRAVAIL:6640281 S]], mail [[EMAIL:huynh.thao@gmail.com]]. En attendant : préparatrice en pharmacie ?",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Écran de l'agence de {{Cholet}} : « {{2 450}} offres dans le {{Choletais}} ». Les conseillers disent que la moitié c'est de l'intérim.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier « préparer son entretien » avec [[PERSONNE:Camille]]. Jeu de rôle : un participant fait le recruteur, « M. [[PERSONNE:Dupont]], de chez {{Système U}} », très crédible. Tout le monde rit, puis c'est sérieux.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "[[PERSONNE:Karima]], dernier appel de la journée : Mme [[PERSONNE:Sylvie Moreau-Texier]], identifiant [[ID_FRANCE_TRAVAIL:7120459 A]], déménage : [[ADRESSE:La Haute Joussière, 49250 Beaufort-en-Anjou]]. Changement d'agence, elle dépendra de {{Saumur}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Saint-Nazaire}}. Un marin philippin d'un cargo à quai, M. [[PERSONNE:Reyes]], main écrasée. Passeport [[IDENTIFIANT:P4471829B]]. L'agent maritime de la compagnie est avec lui et règle tout, l'{{IOA}} n'a jamais vu ça.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Fin d'immersion, {{23h}}. {{47 passages}} depuis ce matin. L'équipe de nuit arrive avec des chouquettes.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une mère appelle pour son fils de {{16 ans}}, [[PERSONNE:Titouan]], amené par le {{SMUR}} après un accident de vélo à {{Clisson}}. La secrétaire confirme qu'il est arrivé et prend son numéro : [[TELEPHONE:06 47 88 21 03]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le labo appelle un résultat critique : kaliémie à {{6,8}} pour M. [[PERSONNE:Benoit]], né le [[DATE_NAISSANCE:04/05/1949]], IPP [[IDENTIFIANT:P00913405]]. La secrétaire court prévenir le médecin.",
    ),
]

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7

if __name__ == "__main__":
    main()
