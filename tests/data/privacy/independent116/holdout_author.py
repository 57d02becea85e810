"""Independent evaluation corpus n° 116: 240 hand-written observation notes.

Each note is a ``(site_kind, channel, text)`` tuple whose text carries inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. ``parse`` strips the
marks and computes the offsets (Python string indices, end exclusive). Ids ``ind116-001`` …
``ind116-240`` follow the writing order. The split (``random.Random(116)``, per site kind ×
channel cell) depends only on the ids and the cells, never on the texts.

Run ``python holdout_author.py`` to (re)write ``dev.jsonl`` and ``holdout.jsonl`` next to this
file; the output is deterministic. Standard library only.
"""

import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind116"
SEED = 116

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

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = last = 0
    for m in MARK_RE.finditer(marked):
        before = marked[last : m.start()]
        parts.append(before)
        pos += len(before)
        if m.group(1) is not None:
            label, value = m.group(1), m.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
            entities.append({"start": pos, "end": pos + len(value), "label": label})
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        if value != value.strip():
            raise ValueError(f"marked value {value!r} has surrounding whitespace")
        parts.append(value)
        pos += len(value)
        last = m.end()
    parts.append(marked[last:])
    text = "".join(parts)
    for stray in ("[[", "]]", "{{", "}}"):
        if stray in text:
            raise ValueError(f"stray mark {stray!r} in {text[:60]!r}")
    return text, entities, keep


def build_notes():
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        if site_kind not in SITE_KINDS or channel not in CHANNELS:
            raise ValueError(f"bad cell {site_kind}/{channel} for note {number}")
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
    """Return (dev_ids, holdout_ids); uses only the ids and the cells."""
    rng = random.Random(SEED)
    cells = defaultdict(list)
    for note in notes:
        cells[(note["site_kind"], note["channel"])].append(note["id"])
    dev, holdout, leftovers = set(), set(), []
    for cell in sorted(cells):
        ids = sorted(cells[cell])
        rng.shuffle(ids)
        half = len(ids) // 2
        dev.update(ids[:half])
        holdout.update(ids[half : 2 * half])
        if len(ids) % 2:
            leftovers.append(ids[-1])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev.update(leftovers[:half])
    holdout.update(leftovers[half:])
    return dev, holdout


def write(path, notes):
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for note in sorted(notes, key=lambda n: n["id"]):
            handle.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build_notes()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


# --- the notes, in writing order (batch by batch) -------------------------------------------

BATCH_1 = [
    (
        "ccas",
        "accueil_physique",
        "Lundi {{17 mars}}, {{CCAS}} de {{Tours}}, {{8h55}}. Déjà {{7 personnes}} devant la porte sous la pluie, dont une dame avec une poussette. L'agente d'accueil, [[PERSONNE:Nathalie]], ouvre à {{9h}} pile et dit bonjour à chacun, elle les connait presque tous.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Ouedraogo]] vient pr un bon alimentaire. Elle a le dossier de l'épicerie sociale mais pas son avis d'impo. [[PERSONNE:Nathalie]] : « bon on fait sans pour cette fois mais la prochaine fois vous me l'amenez hein ». Mme [[PERSONNE:Ouedraogo]] rit, « promis ». Bon de {{45 €}} pour {{15 jours}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel. Un monsieur pour sa mère, {{84 ans}}, qui vit seule à {{Saint-Pierre-des-Corps}} et n'arrive plus à payer le fioul. Il laisse son numéro pour qu'on le rappelle : [[TELEPHONE:06 71 24 58 03]]. L'agent écrit sur un post-it « fils Mme [[PERSONNE:Rabier]] - fioul - rappeler av {{17h}} » et le colle sur l'écran. Pas de logiciel pour ça ??",
    ),
    (
        "ccas",
        "accueil_physique",
        "Temps d'attente affiché nulle part. J'ai chronométré : {{22 min}} pour le 1er, {{40 min}} pour le 4e. Le distributeur de tickets est en panne depuis {{vendredi}}, c'est l'agente qui retient l'ordre de passage de tête. Personne ne conteste, ça m'étonne.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Loiret}}, {{21h40}}. Une femme appelle avec ses 2 enfants ({{4 et 7 ans}}), son conjoint l'a mise dehors ce soir. L'écoutant, [[PERSONNE:Yannick]], lui demande d'abord si elle est en sécurité. Elle est devant la {{gare des Aubrais}}. Pas de place en {{CHRS}} ni en urgence, il lui trouve une nuit à l'{{hôtel B&B de Saran}}. Elle donne son nom en épelant : [[PERSONNE:D-I-O-P]], prénom [[PERSONNE:Sokhna]]. Portable : [[TELEPHONE:07 58 12 90 36]]. Durée de l'appel : {{19 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour du {{CHRS}} à {{Blois}}. Un homme, la cinquantaine, vient chercher son courrier (il est domicilié ici). L'agente feuillette le registre en marmonnant « [[PERSONNE:Lemaire]]... [[PERSONNE:Lemaire]]... ah voilà, [[PERSONNE:Lemaire Didier]] » : {{2 lettres}} dont une de la {{CPAM}}. Il repart sans un mot. Elle me dit « lui il vient tous les lundis depuis {{3 ans}} ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Bourges}}, espace numérique. Une jeune femme tape son numéro allocataire sur la borne, je le lis par-dessus son épaule (pas fait exprès) : [[N_ALLOCATAIRE:3105827]]. Elle cherche l'attestation de paiement pour son bailleur. Le médiateur, [[PERSONNE:Florian]], lui montre où cliquer : « Mon compte > Attestations ». Elle : « ah c'était là ». {{3 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Châteauroux}}, 1ère inscription d'un jeune de {{19 ans}}, [[PERSONNE:Enzo]]. Sa conseillère, [[PERSONNE:Amandine Petit]], lui fait noter son identifiant sur un bout de papier : [[ID_FRANCE_TRAVAIL:5183072R]]. Il le prend en photo avec son tel au lieu de le noter 😅",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Trousseau}} ({{CHU de Tours}}), {{14h10}}. L'écran de la salle d'attente dit « {{31 patients}} en cours ». L'IAO appelle « Monsieur [[PERSONNE:Nguyen]] ? Monsieur [[PERSONNE:Nguyen]] ? » deux fois, personne. Elle coche un truc et passe au suivant.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{3646}}, {{Tours}}. Un assuré appelle pour un remboursement de kiné qui n'arrive pas. La conseillère : « votre numéro de sécu s'il vous plaît ». Il le dicte doucement : [[NIR:1 78 03 37 261 045 09]]. Elle le répète chiffre par chiffre. Il a {{47 ans}}, elle vérifie aussi la date : « le [[DATE_NAISSANCE:12 mars 1978]] c'est bien ça ? » Oui. Le kiné a télétransmis avec l'ancienne carte vitale, il faut renvoyer la feuille papier.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec l'AS du {{CCAS}} de {{Bourges}}, quartier {{Chancellerie}}. M. [[PERSONNE:Pereira]], {{78 ans}}, veuf, demande de l'aide ménagère. Appart au 4e sans ascenseur, [[ADRESSE:12 rue Jean Bouin, 18000 Bourges]]. Frigo quasi vide. Il nous montre fièrement les photos de ses petits-enfants au {{Portugal}}. L'AS, Mme [[PERSONNE:Chantal Rivière]], note tout sur un carnet papier, elle ressaisira au bureau.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Un jeune couple vient pour une aide sur une facture {{EDF}}. Ils tendent la facture, l'agent recopie la référence client : [[IDENTIFIANT:6002 418 937]]. Montant dû : {{312,40 €}}. Orientation vers le {{FSL}}. Le monsieur s'appelle [[PERSONNE:Kevin]], elle [[PERSONNE:Jessica]], ils se coupent la parole tout le temps.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Soirée {{115}} {{Indre-et-Loire}}. Entre {{20h}} et {{21h}} : {{14 appels}}, {{3 mises à l'abri}}, {{9 fois}} « pas de solution ce soir, rappelez demain ». L'écoutante soupire à chaque fois qu'elle dit cette phrase. Sur le tableau blanc : « places hommes seuls : 0 ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Chartres}}, entretien d'admission. Mme [[PERSONNE:Kovalenko]], arrivée d'{{Ukraine}} en {{2022}}, avec son fils. Elle tend son titre de séjour (protection temporaire), l'éducatrice recopie le numéro : [[IDENTIFIANT:2801457963]]. Date de naissance sur le titre : [[DATE_NAISSANCE:14/09/1986]]. Le fils, [[PERSONNE:Artem]], traduit quand sa mère bloque sur un mot.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}}, un papa qui ne comprend pas pourquoi son {{APL}} a baissé. « Je vous donne mon numéro d'allocataire, c'est le [[N_ALLOCATAIRE:2746139]]... ah non attendez, [[N_ALLOCATAIRE:2746193]] ». Le conseiller rit. Explication : ressources N-2 mises à jour, il a eu une augmentation en {{2023}}. Il raccroche pas convaincu.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Box 4}}. Une mamie, {{91 ans}}, chute à domicile, amenée par les pompiers. L'infirmière lit le bracelet à voix haute : « Madame [[PERSONNE:Jeanne Collin]], née le [[DATE_NAISSANCE:02/11/1933]] ». La dame répond « c'est moi, [[PERSONNE:Jeanne]] » et demande où est son sac.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme tel {{France Travail}}, {{Orléans}}. Un monsieur appelle, radié depuis hier, il comprend pas. La conseillère demande l'identifiant, il le lit sur un courrier : « [[ID_FRANCE_TRAVAIL:0724 815 B]] ». Absence à un rdv le {{3 mars}}. Il dit qu'il a jamais reçu la convocation. Elle lui explique le recours, {{10 jours}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation : une femme vient faire renouveler son attestation, elle dort chez des amis à {{Joué-lès-Tours}} mais garde l'adresse du {{CCAS}} pour son courrier. Nom sur le dossier : [[PERSONNE:Fatoumata Camara]]. Agent : « c'est bon Mme [[PERSONNE:Camara]], c'est valable un an, jusqu'au {{17 mars 2026}} ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Blois}}, accueil sur rdv seulement le {{mardi}} matin. Une dame sans rdv est renvoyée vers la borne. Elle regarde la borne, regarde l'agent, repart. L'agent me dit « on n'a pas le choix, on est {{2}} au lieu de {{5}} ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement du {{CHRS}} en diffus à {{Vierzon}} avec le travailleur social, [[PERSONNE:Rachid]]. T2 au [[ADRESSE:27 rue des Ponts, 18100 Vierzon]], occupé par M. [[PERSONNE:Traoré]] depuis {{6 mois}}. Rien à signaler sauf une fuite sous l'évier, photo envoyée au bailleur. M. [[PERSONNE:Traoré]] nous offre un thé, on reste {{20 min}} de plus que prévu.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Tel : une dame qui appelle pour la 3e fois cette semaine pour l'aide à la cantine. Le dossier est complet mais la commission ne passe que le {{jeudi}}. Agent, très calme : « Mme [[PERSONNE:Haddad]], je vous promets, jeudi ». Après avoir raccroché : « elle a peur qu'on oublie, c'est normal ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Châteauroux}}. Une fille appelle pour savoir si son père est toujours là. L'agente : « le nom ? » — « [[PERSONNE:Boucher]], [[PERSONNE:Gérard Boucher]] ». « Je peux pas vous donner d'infos par tel madame, mais il est bien admis. » Elle laisse un numéro pour que le médecin la rappelle : [[TELEPHONE:02 54 27 61 18]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à domicile, {{Orléans}} {{La Source}}, [[ADRESSE:11 rue Édouard Branly, 45100 Orléans]]. Le contrôleur, M. [[PERSONNE:Duval]], vérifie la situation d'une mère isolée. Il regarde les boites aux lettres : un seul nom, [[PERSONNE:Bensaïd]]. Dans l'appart il demande poliment à voir la salle de bain (brosses à dents). Mme [[PERSONNE:Bensaïd]] : « vous pouvez regarder partout, y a personne ». Il me dit après que c'est la partie qu'il déteste.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV, {{6 participants}}. La conseillère projette un CV modèle : « [[PERSONNE:Sophie Martin]], [[ADRESSE:12 rue des Acacias, 37000 Tours]], [[TELEPHONE:06 12 34 56 78]], [[EMAIL:sophie.martin@mail.fr]] ». Un participant, [[PERSONNE:Moussa]], demande s'il faut mettre sa photo. Réponse : « pas obligé ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, un homme qui appelle tous les soirs, l'écoutante le reconnait à la voix avant qu'il dise son nom : « bonsoir M. [[PERSONNE:Girard]] ». Il est à {{Tours Nord}}, sous le pont. Pas de place. Elle lui signale la maraude de la {{Croix-Rouge}} qui passe vers {{23h}}. Il dit « comme hier quoi ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle arrêt de travail avec un agent de la {{Cpam}} ({{Chartres}}). Adresse sur la feuille : [[ADRESSE:4 impasse des Tilleuls, 28300 Mainvilliers]]. Heures de sortie autorisées {{10h-12h}} et {{16h-18h}}, on passe à {{14h30}}. Mme [[PERSONNE:Lefèvre]] ouvre en pyjama, visiblement malade. RAS. L'agent : « {{9 fois sur 10}} c'est comme ça ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Un monsieur demande une aide pour son abonnement {{Fil Bleu}} (bus). Tarif solidaire : il faut l'attestation {{CSS}}. Il l'a sur son téléphone. L'agente lit le nom à voix haute pour vérifier : « [[PERSONNE:Mohamed El Amrani]] ? » — « oui ». Elle recopie le numéro de sécu de l'attestation : [[NIR:1 90 07 99 350 084 49]]. Né au {{Maroc}} en [[DATE_NAISSANCE:juillet 1990]], il a {{34 ans}}, tarif {{3 €}} par mois au lieu de {{33}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Une dame vient déclarer un changement de RIB, elle a changé de banque. Elle tend le nouveau RIB, l'agent tape : [[IBAN:FR76 1450 5000 1208 1234 5678 979]]. Je remarque qu'elle cache le solde sur le relevé avec sa main. Mme [[PERSONNE:Perrin]], de {{Blois}}. Durée {{6 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Repas du midi au {{CHRS}} : {{32 couverts}}. Un résident fait la plonge, c'est son « atelier ». L'ambiance est calme, quelqu'un a mis {{Nostalgie}} à la radio. Le chef de service mange avec tout le monde, pas de table à part.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accueil administratif des urgences d'{{Orléans}} ({{CHRO}}). La secrétaire crée le dossier d'un jeune homme sans pièce d'identité. Nom, prénom, date de naissance : « [[PERSONNE:Yilmaz]], [[PERSONNE:Baran]], le [[DATE_NAISSANCE:3 avril 2004]] ». Elle lui colle une étiquette avec son IPP : [[IDENTIFIANT:100473826]]. Il la regarde comme un ticket de loto.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un monsieur, {{58 ans}}, ancien cariste, vient parce qu'il ne sait pas faire son actualisation en ligne. La conseillère la fait avec lui sur son tel. Il tape son mot de passe en cachant l'écran, puis dit son identifiant « [[ID_FRANCE_TRAVAIL:3390174 L]] » très fort comme s'il fallait le crier. Tout le plateau l'entend 😬",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une assistante sociale du {{Conseil départemental}} pour un dossier commun. Elle se présente : « [[PERSONNE:Sandrine Moulin]], {{MDS}} de {{Blois Nord}} ». Elle donne son mail pour envoyer les pièces : [[EMAIL:s.moulin@departement41.fr]]. L'agent répète « [[PERSONNE:M-O-U-L-I-N]], c'est ça ? » en écrivant.",
    ),
]

BATCH_2 = [
    (
        "chrs",
        "accueil_telephonique",
        "Mardi {{18 mars}}, {{115}} {{Tours}}, {{9h15}}. Appel d'une AS de l'hôpital {{Bretonneau}} : un patient sort ce midi, sans domicile. Elle donne son nom, [[PERSONNE:Abdelkader Hamidi]], né le [[DATE_NAISSANCE:21/06/1961]], et son n° {{SIAO}} : [[IDENTIFIANT:SIAO37-2024-08815]]. L'écoutante vérifie : déjà connu, dernière mise à l'abri en {{décembre}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une dame âgée vient pour le colis de la banque alimentaire, elle a oublié sa carte. L'agente : « c'est pas grave Mme [[PERSONNE:Lebrun]], je vous connais ». Elle sort un classeur et retrouve la fiche à la main. Prochaine distribution : {{mercredi}} {{14h}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Rdv {{RSA}} avec la CESF, [[PERSONNE:Élodie]]. M. [[PERSONNE:Kaya]], {{41 ans}}, bâtiment, arrêté depuis un accident du dos. Il sort une pochette plastique avec TOUT dedans : avis d'imposition, attestations {{Caf}}, courriers {{France Travail}}, ordonnances. [[PERSONNE:Élodie]] trie avec lui. Elle recopie son n° alloc sur le contrat d'engagement : [[N_ALLOCATAIRE:1893045]]. 2 objectifs : bilan au {{centre d'examens de santé}} et dossier {{MDPH}}. M. [[PERSONNE:Kaya]] : « vous croyez qu'ils vont me donner l'{{AAH}} ? » Elle ne promet rien. {{45 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "File d'attente {{Caf}} {{Chartres}} à {{8h30}} : {{23 personnes}} dehors avant l'ouverture. Beaucoup viennent juste pour un papier qu'on pourrait imprimer en ligne, dit l'agent. Mais sans imprimante et sans forfait...",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques de {{Clocheville}}. Une maman et un {{petit}} de {{2 ans}} qui a de la fièvre depuis {{3 jours}}. À l'accueil : « nom de l'enfant ? » — « [[PERSONNE:Nour Belkacem]] », « né le ? » — « [[DATE_NAISSANCE:7 janvier 2023]] ». La maman donne aussi son tel : [[TELEPHONE:07 81 44 09 62]]. Attente estimée : {{3h}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Rdv de suivi. Mme [[PERSONNE:Rakotomalala]] veut faire une formation d'aide-soignante à {{Blois}}. La conseillère, [[PERSONNE:Julie]], vérifie sur le site de la {{Région}} les dates d'entrée : {{septembre}}. Sur la fiche imprimée, le nom de Mme [[PERSONNE:Rakotomalala]] est mal orthographié (« [[PERSONNE:Rakotomanala]] »), elle corrige au stylo.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Bourges}}, réunion de résidents, {{11 présents}}. Sujet principal : le wifi qui ne marche pas au 2e étage. [[PERSONNE:Sylvain]] (résident) a fait une pétition. Le directeur promet un répéteur « avant la fin du mois ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} {{Tours}}, {{rue Edouard Vaillant}}. Une jeune femme vient pour sa carte vitale perdue. L'agent vérifie l'identité, carte d'identité posée sur le comptoir, n° [[IDENTIFIANT:X4RT92LM7]], au nom de [[PERSONNE:Manon Lefort]]. Il lui fait confirmer son numéro de sécu à l'écran : [[NIR:2 03 06 37 122 311 20]]. Née à {{Joué-lès-Tours}}, {{21 ans}}. Nouvelle carte sous {{3 semaines}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite pour une demande d'aide au maintien à domicile : Mme [[PERSONNE:Guillot]], {{88 ans}}, [[ADRESSE:6 rue des Capucins, 36000 Châteauroux]]. Elle nous attend avec des madeleines. Sa fille, [[PERSONNE:Brigitte]], est là aussi et répond à sa place tout le temps. L'agente finit par dire gentiment « c'est à votre maman que je pose la question ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Eure-et-Loir}}. Un jeune appelle, {{18 ans}} depuis hier, sorti de l'{{ASE}}. Il dit « j'ai plus le droit au foyer ». L'écoutante prend son nom : [[PERSONNE:Dylan Vasseur]], et son tél : [[TELEPHONE:06 09 87 14 52]]. Elle appelle ensuite l'éducateur de l'{{ASE}}, elle a l'air très énervée.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Rappel programmé (la {{Caf}} rappelle les gens qui ont pris rdv tel). Le conseiller compose le numéro affiché : [[TELEPHONE:02 38 66 71 20]]. Ça sonne dans le vide. 2e tentative {{10 min}} plus tard, messagerie : « vous êtes bien chez [[PERSONNE:Aurélie]] et [[PERSONNE:Thomas]] ». Il laisse un message. {{1/3}} des rappels ne décrochent pas, me dit-il.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard du {{CCAS}} d'{{Orléans}} : l'agente répond à {{11 appels}} en {{35 min}}. La moitié pour les horaires, 2 pour le plan grand froid, 1 erreur (quelqu'un qui voulait la mairie). Post-it des numéros utiles collé sur l'écran : {{115}}, {{3919}}, {{39 39}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une ambulance privée arrive de {{Fondettes}}, l'ambulancier tend la feuille : « M. [[PERSONNE:Santoni Jean-Baptiste]] ». Carte vitale : [[NIR:1 62 10 2A 004 036 89]]. L'infirmier : « ah, né en {{Corse}} ? » Lui, très lucide malgré la douleur : « {{Ajaccio}}, [[DATE_NAISSANCE:62]] ! ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appels sortants : la conseillère rappelle les demandeurs qui n'ont pas actualisé. Sur sa liste : « [[PERSONNE:DA SILVA Paulo]] — [[ID_FRANCE_TRAVAIL:2260917H]] — [[TELEPHONE:0644718235]] ». Il décroche, il était au boulot (intérim), il a oublié. Actualisation faite avec lui au tel, {{4 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide facultative : une maman demande une aide pour la classe de neige de son fils ({{380 €}}, le {{CCAS}} peut prendre {{120 €}}). L'agent remplit le formulaire : enfant [[PERSONNE:Lucas Moreau]], né en [[DATE_NAISSANCE:2014]]. La maman, Mme [[PERSONNE:Moreau]], dit que le père ne paie plus la pension depuis {{6 mois}}. L'agent lui parle de l'{{ARIPA}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Tournée des hôtels {{115}} à {{Orléans}} avec la coordinatrice. Hôtel {{Première Classe}}, {{chambres 14, 15 et 22}}. {{Chambre 22}} : famille [[PERSONNE:Krasniqi]], {{5 personnes}} dans {{12 m²}}. Les enfants font leurs devoirs sur le lit. La coordinatrice prend en photo la liste affichée derrière le comptoir de l'hôtel : « [[PERSONNE:Krasniqi]] x5, [[PERSONNE:Bah]] x1, [[PERSONNE:Ivanova]] x3 ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}} : une dame veut savoir où en est sa demande de complémentaire santé solidaire. Elle lit son numéro de sécu d'une traite : « [[NIR:295039935105280]] ». La conseillère le redemande plus lentement. Née en {{Tunisie}}, arrivée en {{2019}}. Dossier complet, réponse sous {{2 mois}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "M. [[PERSONNE:Wiśniewski]] veut une attestation de domiciliation pour ouvrir un compte à {{La Banque Postale}}. L'agent galère à écrire le nom, le monsieur épelle : [[PERSONNE:W-I-S-N-I-E-W-S-K-I]], « avec un accent sur le S mais laissez tomber ». 😄",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}}, dossier {{APL}}. Le contrôleur compare le bail et la réalité : bail au nom de Mme [[PERSONNE:Nadia Cherif]] seule, [[ADRESSE:18 rue de la Gare, 36130 Déols]]. Sur place : une deuxième paire de chaussures d'homme, un blouson. Mme [[PERSONNE:Cherif]] : « c'est à mon frère, il passe ». Le contrôleur note, ne dit rien. Après : « je vais pas conclure à une vie maritale sur des chaussures ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{17h}}, relève des IAO. Sur le tableau : {{42 patients}}, dont {{9}} sur brancard dans le couloir. Attente max affichée : {{6h40}}. Une infirmière me dit qu'un vendredi soir c'est pire.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Arrivée d'un nouveau résident orienté par le {{SIAO}}. L'éducatrice lui fait visiter : {{chambre 12}}, douche commune, laverie. Elle remplit la fiche : nom [[PERSONNE:Ghebremedhin]], prénom [[PERSONNE:Yonas]], érythréen, récépissé de demande d'asile n° [[IDENTIFIANT:4501287364]]. Il parle un peu anglais, elle a une appli de traduction sur son tel pour le reste.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil : une jeune femme avec un bébé dans la poussette. Elle veut s'inscrire mais n'a pas d'adresse mail. L'agente lui en crée une sur place : [[EMAIL:aminata.sow2025@gmail.com]]. Mot de passe noté sur un papier qu'elle glisse dans la poussette. Mme [[PERSONNE:Sow]] remercie {{3 fois}}. {{25 min}} en tout.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Enquête sociale pour une demande de logement d'urgence. Famille [[PERSONNE:Mukendi]], {{4 enfants}}, logement signalé par l'école, [[ADRESSE:3 rue Victor Hugo, 41100 Vendôme]]. Moisissure partout dans la chambre des enfants, le plus {{petit}} a de l'asthme. L'AS prend des photos avec l'accord de M. [[PERSONNE:Mukendi]]. Elle va saisir l'{{ARS}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une dame vient avec une lettre de la {{Cpam}} qu'elle ne comprend pas : indu de {{236 €}}. L'agent explique : des {{IJ}} versées en trop. Elle veut payer en {{3 fois}}. Elle donne son IBAN pour le prélèvement : [[IBAN:FR76 1940 6370 1266 0124 5710 335]]. Mme [[PERSONNE:Teixeira]] repart soulagée.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Loir-et-Cher}}, {{22h05}}. Une voix jeune, tremblante. Elle ne veut pas donner son nom. L'écoutant n'insiste pas, lui donne le {{3919}} et lui dit qu'elle peut rappeler à n'importe quelle heure. Elle raccroche. Il note « F, {{~20 ans}}, anonyme, VIF? » et reste silencieux un moment.",
    ),
    (
        "caf",
        "accueil_physique",
        "RDV prime d'activité. M. [[PERSONNE:Phommachanh]] travaille en intérim chez {{Synergie}}. Ses déclarations trimestrielles ont {{2 trimestres}} de retard. L'agente les fait avec lui, il lit ses fiches de paie. Son numéro allocataire est écrit au stylo sur sa main 🖊️ : [[N_ALLOCATAIRE:4410268]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Le chien d'un monsieur attend attaché devant la porte, il s'appelle {{Rocky}}. Le monsieur, [[PERSONNE:Francky]] (« avec un y »), vient pour le {{RSA}}. Il est sans domicile, domicilié au {{CCAS}}. Il demande si {{Rocky}} peut entrer. Non. Il laisse la porte ouverte pour le voir.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le standard passe l'appel d'une mère inquiète : sa fille de {{16 ans}} a été amenée par les pompiers. Elle donne le nom : [[PERSONNE:Inès Mansouri]], née le [[DATE_NAISSANCE:30 août 2008]]. L'agente vérifie : oui, elle est en pédiatrie. « Venez avec sa carte vitale et votre livret de famille ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel entrant : le bailleur {{Tours Habitat}}, pour une locataire en impayé, Mme [[PERSONNE:Diallo]]. Le chargé de recouvrement donne son numéro de locataire : [[IDENTIFIANT:078451-02]]. Dette : {{1 847 €}}. Il demande si le {{CCAS}} peut faire quelque chose avant la commission. L'agente dit qu'elle doit d'abord voir Mme [[PERSONNE:Diallo]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme {{3949}} : le conseiller a un script à l'écran avec des cases à cocher. Appel moyen {{7 min}}. Entre deux appels il a {{30 secondes}} pour tout noter. Il prend plus de temps pour les gens qui pleurent, dit-il, et son manager le sait.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} femmes à {{Châteauroux}}. Mme [[PERSONNE:Aït Ahmed]] prépare son départ vers un logement {{OPAC 36}}. La CESF vérifie la liste avec elle : compteur, assurance habitation, {{APL}}. Nouvelle adresse : [[ADRESSE:9 allée des Mésanges, 36000 Châteauroux]]. Clés dans {{10 jours}}. Elle pleure un peu, de joie dit-elle.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une conseillère rappelle un assuré pour un dossier d'invalidité. Elle se présente : « [[PERSONNE:Caroline]], de l'{{Assurance Maladie}} du {{Loiret}} ». Le monsieur donne son mail pour recevoir le formulaire : « [[EMAIL:jp.rousseau45 arobase orange point fr]] ». Elle répète en tapant.",
    ),
]

BATCH_3 = [
    (
        "chrs",
        "controle_sur_place",
        "Sortie avec l'équipe mobile du {{CHRS}} : parking du {{Leclerc}} de {{Saint-Doulchard}}, un couple dort dans sa voiture depuis {{2 semaines}}. Clio grise immatriculée [[IMMATRICULATION:DX-418-PN]]. M. [[PERSONNE:Rouxel]] et Mme [[PERSONNE:Fontaine]] acceptent un rdv au {{SIAO}} demain. Ils ne veulent pas être séparés, c'est ça le blocage (pas de place couple à {{Bourges}}).",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mercredi {{19 mars}}, jour des familles au {{CCAS}}. Une maman arrive avec {{3 enfants}}, le plus grand ({{10 ans}}) fait l'interprète. Elle demande une aide pour la cantine. L'agent : « le nom ? » et le grand répond fièrement « [[PERSONNE:Anli]] ! ». Rires. « Non, le nom de maman » — « [[PERSONNE:Said Ali]], [[PERSONNE:Mariama]] ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "La {{fontaine à eau}} du hall est vide depuis ce matin. {{3 personnes}} me demandent à moi (je suis debout près du comptoir, ils pensent que je bosse ici) où on peut boire. Je ne sais pas. Personne ne change la bonbonne avant {{11h}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Dossier bourse au permis ({{CCAS}} de {{Châteauroux}} : {{500 €}} contre {{40 h}} de bénévolat). [[PERSONNE:Yasmine]], {{20 ans}}, a déjà le code. Elle a une promesse d'embauche comme aide à domicile à {{Buzançais}}, il lui faut le permis avant {{septembre}}. L'agent demande son identifiant {{France Travail}} pour le dossier : [[ID_FRANCE_TRAVAIL:6041729 D]]. Passage en commission le {{3 avril}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un voisin appelle pour signaler qu'une dame de son immeuble ne sort plus depuis une semaine : [[ADRESSE:22 rue des Bouchers, 45000 Orléans]], 3e étage, « Mme [[PERSONNE:Poirier]], elle a au moins {{90 ans}} ». L'agent appelle la police municipale pour une visite tout de suite. Il rappellera le voisin au [[TELEPHONE:06 33 91 07 48]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame âgée appelle pour s'inscrire au repas des aînés du {{12 avril}}. Il faut l'année de naissance, elle la dit en toutes lettres et l'agente la fait répéter : « [[DATE_NAISSANCE:mille neuf cent quarante et un]] ». Nom : Mme [[PERSONNE:Hoarau]], « comme à {{La Réunion}} ma petite ». Inscrite, {{salle Ockeghem}}, {{12h}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Évaluation à domicile pour le portage de repas. M. et Mme [[PERSONNE:Tran]], [[ADRESSE:14 rue de la Mairie, 45800 Saint-Jean-de-Braye]]. Portage {{5 jours sur 7}}, {{7,80 €}} le repas. M. [[PERSONNE:Tran]] montre le frigo : que des yaourts. Mme [[PERSONNE:Tran]] a des troubles de mémoire, elle me demande {{3 fois}} qui je suis.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez Mme [[PERSONNE:Beridze]] (géorgienne, 2 enfants) qui demande une aide pour meubler son appart : elle dort sur un matelas par terre. L'AS liste : 2 lits, table, frigo. Elle appelle {{Emmaüs}} {{Bourges}} pendant qu'on est là. Mme [[PERSONNE:Beridze]] donne son portable pour la livraison : [[TELEPHONE:+33 7 52 14 86 09]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Point logement avec M. [[PERSONNE:Sivakumar]], résident depuis {{14 mois}}. Sa demande de logement social a un numéro unique, l'éduc le lit sur l'écran : [[IDENTIFIANT:03702241200418]]. Il a refusé une proposition à {{Amboise}}, trop loin de son travail à {{Tours}}. L'éduc : « attention, au deuxième refus ça devient compliqué ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier cuisine au {{CHRS}} d'{{Orléans}}, {{6 résidents}}, couscous. [[PERSONNE:Omar]] explique que chez lui on met des pois chiches, [[PERSONNE:Jordan]] répond qu'il déteste les pois chiches. Tout le monde rit, même la cheffe de service. Je note : moment le plus détendu de la semaine.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Bureau des éducs, {{CHRS}} {{Tours}}. L'éduc remplit une demande {{FSL}} pour un résident sortant, [[PERSONNE:Bastien Marchand]]. Elle lit le RIB à voix haute pour le recopier : « {{Crédit Agricole}}... [[IBAN:FR76 1940 6370 3066 1872 0352 021]] ». [[PERSONNE:Bastien]] corrige un chiffre qu'elle a inversé. Elle : « heureusement que vous êtes là ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Cher}}, nuit. Appel de la police de {{Bourges}} : un monsieur alcoolisé, en légère hypothermie, qui refuse les urgences. Nom donné par le policier : [[PERSONNE:Kamil Nowak]], né le [[DATE_NAISSANCE:4/5/79]]. L'écoutant trouve une place à l'{{abri de nuit}}. Le policier : « on vous l'amène ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, appel en anglais. Un jeune Soudanais à {{Orléans}}, arrivé par le train de {{Paris}}. L'écoutante se débrouille : « your name ? » — « [[PERSONNE:Abdelrahman]] ». « Family name ? » Il ne comprend pas. Elle note juste [[PERSONNE:Abdelrahman]], « {{17 ans}} ? ». Mineur possible, donc orientation vers l'{{ASE}}, pas l'hébergement adulte.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'écoutante {{115}} me montre le logiciel {{SI-SIAO}}. Elle tape « [[PERSONNE:KONE]] » : {{23 résultats}}. Elle affine avec la date de naissance que le monsieur lui donne au tel : [[DATE_NAISSANCE:01/01/1985]]. Il reste {{4}} [[PERSONNE:Koné]] nés le [[DATE_NAISSANCE:1er janvier 85]]. « Vous voyez le problème », me dit-elle.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Tours}}, accueil sur rdv. Mme [[PERSONNE:Benhamou]] vient pour l'{{ASF}}. Son n° allocataire est sur un courrier : [[N_ALLOCATAIRE:0592716]]. L'agent lui demande les dates de naissance des enfants pour vérifier : « [[DATE_NAISSANCE:12/02/2016]] et [[DATE_NAISSANCE:28/10/2019]] ». Tout correspond. {{15 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "L'agent {{Caf}} m'explique la fiche de liaison avec le {{CCAS}} et me montre un exemple réel. Il cache vite le nom mais j'ai le temps de lire « [[PERSONNE:LOPES]] » et une adresse mail, [[EMAIL:lopes.marcia@hotmail.fr]]. Bof pour la confidentialité, je ne dis rien.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{32 30}} : un jeune papa appelle pour la prime de naissance. Bébé né il y a {{3 semaines}}, « elle est née le [[DATE_NAISSANCE:25 février]] ». Le conseiller : la prime est versée au 7e mois de grossesse, donc déjà payée. Le papa : « ah c'est ça les {{1 066 €}} de décembre ! » 😂",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} chez un auto-entrepreneur, prime d'activité. M. [[PERSONNE:Yildiz]], livreur {{Uber Eats}}. Le contrôleur demande son SIRET perso : [[IDENTIFIANT:912 487 306 00014]]. Il compare le CA déclaré et les relevés de l'appli : écart de {{400 €}} sur un trimestre. M. [[PERSONNE:Yildiz]] a déclaré le net au lieu du brut. Bonne foi évidente, le contrôleur lui explique calmement.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Bourges}}. Un jeune homme veut déclarer un médecin traitant, il n'en trouve pas : tous ceux qu'il a appelés refusent. L'agent lui donne une liste de {{3}} médecins qui prennent encore, dont le Dr [[PERSONNE:Mbarga]] à {{Saint-Germain-du-Puy}}. Il prend la liste en photo.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une dame vient pour le remboursement des lunettes de sa fille. L'agent vérifie les droits : enfant rattachée à la mère, [[PERSONNE:Léa Girard]], née le [[DATE_NAISSANCE:09/07/2012]]. Mutuelle {{MGEN}} n° [[IDENTIFIANT:2104786531]]. Tout est en règle, c'est l'opticien qui n'a pas envoyé la facture.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel : un assuré furieux, ses {{IJ}} sont suspendues. La conseillère reste polie. Il crie son nom : « [[PERSONNE:JEAN-LOUIS]] ! [[PERSONNE:Frantz JEAN-LOUIS]] ! » Elle retrouve le dossier : le médecin-conseil a jugé l'arrêt non justifié. Elle explique le recours. Il raccroche. Elle enlève son casque {{10 secondes}} et reprend.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle arrêt maladie à {{Orléans}}. [[ADRESSE:31 rue du Faubourg Bannier, 45000 Orléans]], interphone « [[PERSONNE:Ramirez]] / [[PERSONNE:Lucas]] ». Personne ne répond. L'agent laisse un avis de passage à {{15h10}}. L'assuré aura {{48h}} pour se justifier.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente des urgences de {{Bourges}} ({{hôpital Jacques Cœur}}). Un homme crie sur l'agent d'accueil parce que ça fait {{4h}}. L'agent, [[PERSONNE:Karim]] sur son badge, ne répond pas à l'agressivité, il lui propose un verre d'eau. Ça redescend. Je n'aurais pas su faire.",
    ),
    (
        "urgences",
        "accueil_physique",
        "IAO : « vous avez une mutuelle ? » La patiente sort sa carte {{Harmonie Mutuelle}}, adhérent n° [[IDENTIFIANT:0045217903]]. [[PERSONNE:Delphine Renaud]], entorse de la cheville au hand. Elle s'excuse de déranger pour « si peu ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un généraliste appelle pour adresser un patient : « Dr [[PERSONNE:Lambert]], cabinet de {{Lucé}}, je vous envoie M. [[PERSONNE:Benoît Roy]], suspicion d'appendicite ». L'infirmière d'accueil note sur un bout de feuille. Le docteur laisse son portable : [[TELEPHONE:06 47 20 83 15]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Blois}}. Mme [[PERSONNE:Da Costa]], {{55 ans}}, n'a jamais travaillé, veuve depuis peu. Elle ne sait pas ce qu'elle cherche. La conseillère prend vraiment le temps ({{50 min}}). À la fin : inscription à un atelier « confiance en soi » le {{2 avril}}. Mme [[PERSONNE:Da Costa]] repart avec le papier serré contre elle.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un jeune en sweat à capuche vient pour « un papier pour la {{CAF}} ». C'est l'attestation d'inscription. La conseillère l'imprime, il lit à haute voix : « [[PERSONNE:Théo Mercier]], identifiant [[ID_FRANCE_TRAVAIL:4472036C]], inscrit depuis le {{6 janvier 2025}} ». Puis : « {{bah}} ouais c'est moi » 😂",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Affiche au mur : « {{France Travail}}, ici on vous accompagne ». En dessous, la borne HS avec un papier scotché EN PANNE. {{5 personnes}} font la queue au seul guichet ouvert. L'agent est seul de {{12h}} à {{14h}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Diagnostic d'entrée, le conseiller remplit le profil : {{permis B}} oui, véhicule oui. Pour l'aide aux frais de déplacement il faut la carte grise : elle est au nom du père, M. [[PERSONNE:Belhadj]], immatriculation [[IMMATRICULATION:EF-207-QC]]. Le conseiller dit qu'il faudra une attestation de prêt du véhicule. Le jeune soupire.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère appelle un employeur, la {{Boulangerie Marceau}} à {{Vendôme}}, pour savoir si M. [[PERSONNE:Diarra]] s'est présenté à l'entretien. Oui, et il commence lundi à {{5h}}. Le patron, M. [[PERSONNE:Marceau]], est ravi : « enfin quelqu'un qui se lève ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant : une dame veut changer son adresse mail. Ancienne : [[EMAIL:c.nowakowska@free.fr]], nouvelle : [[EMAIL:claire.nowakowska37@gmail.com]]. La conseillère lui fait confirmer son identifiant : [[ID_FRANCE_TRAVAIL:1125648 F]]. Fait en {{2 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un monsieur appelle avec sa fille qui traduit du turc. Il n'a pas reçu l'{{ARE}} de {{février}}. La fille donne le nom, « [[PERSONNE:Demir]], [[PERSONNE:Mustafa]] », et l'identifiant : [[ID_FRANCE_TRAVAIL:7012845J]]. Explication : il manque l'attestation employeur. La fille : « encore ce papier... ».",
    ),
]

BATCH_4 = [
    (
        "ccas",
        "accueil_physique",
        "Jeudi {{20 mars}}, {{CCAS}} de {{Chartres}}. Un monsieur, [[PERSONNE:Thierry]], passe chaque jeudi boire un café et discuter. Il n'a besoin de rien de précis. L'agente lui sert son café sans qu'il demande. « Il est seul depuis que sa femme est partie. » {{10 min}}. Ça fait partie du boulot, dit-elle.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Secours d'urgence de {{150 €}} accordé, versé par virement. L'agent saisit le RIB de Mme [[PERSONNE:Nkemba]] : [[IBAN:FR76 3000 4008 1700 0104 7362 177]]. Elle demande quand l'argent arrive. « {{48 à 72h}} ». Elle me dit à moi, tout bas, qu'il lui reste {{12 €}} sur son compte.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Sur le comptoir, un présentoir de flyers : {{Restos du Cœur}}, {{Secours populaire}}, {{Point conseil budget}}, {{Maison de la justice et du droit}}. Personne ne se sert. L'agente dit qu'elle les donne en main propre, sinon ça sert à rien.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une jeune femme enceinte de {{7 mois}} vient pour une aide à l'achat d'un lit bébé. Elle n'a pas encore de dossier {{Caf}}. L'agente l'aide à créer son compte sur {{caf.fr}} avec son mail, [[EMAIL:laetitia.bernier28@outlook.fr]]. Le site plante {{2 fois}}. Au 3e essai c'est bon. Mme [[PERSONNE:Bernier]] : « je serais jamais arrivée toute seule ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel de l'hôpital de {{Dreux}} pour une dame âgée qui sort et dont le logement est inadapté. La cadre de santé donne l'adresse : [[ADRESSE:5 rue des Écoles, 28210 Nogent-le-Roi]]. Mme [[PERSONNE:Lacroix]], {{86 ans}}. Ce n'est pas le {{CCAS}} de {{Chartres}} qui est compétent, c'est celui de {{Nogent-le-Roi}}. L'agente donne le numéro et s'excuse presque.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel de Mme [[PERSONNE:Weiss]], voyageuse (elle le dit tout de suite), installée à l'[[ADRESSE:aire des Grouëts, emplacement 7]]. Elle veut une domiciliation pour recevoir les courriers de la {{Caf}}. L'agent lui dit de venir le {{mardi}} avec une pièce d'identité. Elle : « je connais, c'était comme ça à {{Vierzon}} aussi ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Pendant {{20 min}} le téléphone ne sonne pas. L'agente en profite pour classer les attestations de domiciliation dans les casiers de A à Z. {{412 domiciliés}} à ce jour. Le casier M déborde.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez M. [[PERSONNE:Moutoussamy]], {{67 ans}}, sortie d'hospitalisation, [[ADRESSE:52 boulevard Thiers, 37000 Tours]]. Il a besoin d'une téléassistance. L'agente remplit le formulaire {{Présence Verte}} avec 2 contacts d'urgence : sa nièce [[PERSONNE:Priya]] au [[TELEPHONE:06 18 42 73 95]] et un voisin, M. [[PERSONNE:Gaillard]], au [[TELEPHONE:02 47 64 18 30]]. M. [[PERSONNE:Moutoussamy]] trouve le bracelet « moche ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite annulée : personne n'ouvre. On attend {{10 min}} sur le palier, l'agente glisse un mot sous la porte avec l'heure de passage. Sur le chemin du retour elle m'explique qu'{{1 visite sur 5}} tombe à l'eau comme ça.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Blois}}, petit-déj. [[PERSONNE:Steeve]] a trouvé un CDD chez {{Lidl}} à {{Vineuil}}, il l'annonce à toute la table. L'éduc, [[PERSONNE:Hélène]], lui fait un high five. Contrat de {{3 mois}}, {{24h}} par semaine. [[PERSONNE:Steeve]] : « c'est un début ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien avec Mme [[PERSONNE:Rahimi]], afghane, arrivée en {{2021}}, réfugiée. Elle veut faire venir son mari (réunification familiale). L'éduc relève le numéro de sa carte de résident : [[IDENTIFIANT:4102759318]], valable {{10 ans}}. Le mari, [[PERSONNE:Ahmad Rahimi]], est au {{Pakistan}}. Dossier à l'ambassade depuis {{14 mois}}. Elle a l'air épuisée.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Distribution du courrier au {{CHRS}} à {{11h}}. L'agent d'accueil appelle depuis son bureau, les gens viennent un par un. Personne ne lit son courrier sur place, tout le monde le fourre dans une poche.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Conflit dans le couloir entre deux résidents pour un chargeur de téléphone. L'éduc sépare : « [[PERSONNE:Mickaël]], tu vas en salle télé. [[PERSONNE:Souleymane]], tu restes avec moi ». Ça dure {{2 min}}. Le chargeur appartenait à un troisième.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de l'{{Indre}}. Une mère appelle pour sa fille majeure qui est à la rue à {{Issoudun}}. Elle donne le nom, [[PERSONNE:Océane Pichon]], et le numéro : « [[TELEPHONE:zéro six, soixante-dix, vingt-deux, quatorze, quatre-vingt-un]] ». L'écoutante explique que la fille doit appeler elle-même. La mère insiste. L'écoutante finit par dire qu'elle rappellera la fille.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Nuit calme au {{115}} : {{3 appels}} entre {{1h}} et {{5h}}. L'écoutant de nuit, [[PERSONNE:Fabrice]], fait des mots fléchés. Il me dit que les nuits calmes lui font plus peur que les autres.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{19h}}. Un travailleur social du {{CCAS}} de {{Vierzon}} signale une famille à la rue : M. et Mme [[PERSONNE:Magomadov]] et {{3 enfants}}, expulsés ce matin du [[ADRESSE:7 rue des Forges, 18100 Vierzon]]. Il donne leur n° {{SIAO}} : [[IDENTIFIANT:SIAO18-2023-01902]]. Place trouvée à l'hôtel à {{Bourges}}, mais pas de transport. Il les emmène lui-même.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en logement diffus à {{Chartres}}, quartier {{Beaulieu}}. Appart partagé par M. [[PERSONNE:Petrovic]] et M. [[PERSONNE:Benyahia]]. Propre, un vélo dans l'entrée. L'éduc teste les détecteurs de fumée (ok) et relève le compteur. M. [[PERSONNE:Petrovic]] se plaint que M. [[PERSONNE:Benyahia]] écoute la radio trop fort la nuit.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Contrôle des présences de nuit dans les apparts du {{CHRS}} éclaté. {{22h30}}, {{appartement B12}} : présent. {{Appartement C3}} : absent, M. [[PERSONNE:Ferreira]] avait prévenu qu'il dormait chez sa copine. L'éduc note, pas de sanction.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Châteauroux}}. Mme [[PERSONNE:Ionescu]] (roumaine) vient avec un traducteur bénévole, demande d'allocations familiales. Il manque l'acte de naissance traduit du fils. L'agente note sa date de naissance d'après le passeport : [[DATE_NAISSANCE:17.05.2017]]. Passeport roumain n° [[IDENTIFIANT:058213764]]. Elle donne la liste des traducteurs assermentés.",
    ),
    (
        "caf",
        "accueil_physique",
        "Une mère vient déclarer la séparation, elle est au bord des larmes. L'agent lui propose un bureau fermé, on passe dans le {{box 3}}. N° allocataire du couple : [[N_ALLOCATAIRE:1567302]]. Il faut ouvrir un nouveau dossier à son nom à elle, [[PERSONNE:Sabrina Lemoine]]. Le père garde l'ancien numéro.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Tel {{Caf}} : un étudiant pour l'{{APL}}, en coloc. Il donne son n° allocataire [[N_ALLOCATAIRE:3481920]] et son adresse [[ADRESSE:8 rue Bernard Palissy, 37000 Tours]]. Le conseiller voit que le bailleur n'a pas renvoyé l'attestation de loyer. {{3 semaines}} de retard. L'étudiant : « je vais l'appeler ce soir ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Double écoute au {{3230}} : en {{1h}}, {{8 appels}}. Prime d'activité x3, {{APL}} x2, {{RSA}} x2, et une dame qui voulait juste savoir si la {{Caf}} était ouverte le samedi. Non.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôleur {{Caf}}, {{RSA}}, {{Bourges}}. M. [[PERSONNE:Camus]] déclare vivre seul. Le contrôleur demande les relevés de {{3 mois}} du compte [[IBAN:FR76 1870 7000 1831 0214 5698 245]]. Virements réguliers de {{300 €}} d'une « Mme [[PERSONNE:Valérie Lenoir]] ». M. [[PERSONNE:Camus]] : « c'est ma mère, elle m'aide ». Le contrôleur note : aide familiale régulière = ressource à déclarer.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Chartres}}. Un monsieur sans carte vitale depuis {{6 mois}} : il a tout fait en ligne mais la photo est refusée. L'agent scanne une nouvelle photo sur place. NIR à l'écran : [[NIR:1 58 01 28 134 076 32]]. {{67 ans}}, né à {{Dreux}}. « Et là ça va marcher ? » « Normalement. »",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} : sur l'écran d'attente, une pub pour {{Mon Espace Santé}} et une pour le dépistage du cancer colorectal. La dame à côté de moi lit à voix haute « à partir de {{50 ans}} » et dit « ah {{bah}} faut que j'y aille alors ». L'accueil lui donne un kit.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, rappel d'une assurée pour une demande de {{C2S}}. Elle donne son numéro de sécu : [[NIR:2 91 11 45 234 112 74]]. « Vous êtes née le [[DATE_NAISSANCE:19 novembre 1991]] ? » « Oui. » Mme [[PERSONNE:Chevalier]], née à {{Orléans}}, {{2 enfants}}. Droits ouverts jusqu'en {{mars 2026}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'un pharmacien de {{Romorantin}} : la carte vitale d'un patient ne passe pas. « M. [[PERSONNE:Hakimi]], [[PERSONNE:Rahmatullah Hakimi]] ». La conseillère vérifie : droits fermés depuis le {{31 décembre}}, renouvellement {{AME}} pas fait. Elle explique au pharmacien, qui soupire.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'un arrêt de travail à {{Bourges}}, {{11h}}, hors heures de sortie. Mme [[PERSONNE:Aubert]] n'est pas là. La voisine dit qu'elle est « chez le médecin ». L'agent note que la voiture du dossier ([[IMMATRICULATION:CK-905-LR]]) n'est pas sur le parking. Avis de passage dans la boîte.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Chartres}} ({{hôpital Louis Pasteur}}), {{23h}}. Un jeune en sang (bagarre), avec des potes. L'agent d'accueil : « son nom ? » Un pote : « [[PERSONNE:Nico]] ». « [[PERSONNE:Nico]] comment ? » « [[PERSONNE:Nicolas Boyer]] ». « Né quand ? » « euh... [[DATE_NAISSANCE:2002]] je crois ». L'agent soupire et écrit.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Sur le mur de la salle d'attente : « L'ordre de passage dépend de la gravité, pas de l'heure d'arrivée ». Affiché en {{5 langues}}. Un monsieur le lit, puis le relit. Il est arrivé à {{13h}}. Il est {{18h}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une dame âgée arrive seule en taxi à {{16h20}}, envoyée par son médecin. Elle a tout préparé dans une pochette : carte vitale, mutuelle, liste des médicaments, et un papier écrit au feutre : « [[PERSONNE:Yvette Marchal]] — [[DATE_NAISSANCE:3/4/1938]] — personne à prévenir : [[PERSONNE:Didier]] [[TELEPHONE:06 84 51 27 39]] ». L'infirmière : « vous êtes organisée vous ! ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une femme appelle, son mari est arrivé il y a {{3h}} et elle n'a pas de nouvelles. L'agente cherche : « [[PERSONNE:Pham]] ? [[PERSONNE:Pham Van Duc]] ? » Il est en radio. « Il vous rappelle dès qu'il peut. » Elle laisse son fixe au cas où : [[TELEPHONE:02.37.21.64.08]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Bourges}}. Un ancien militaire, {{45 ans}}, veut devenir conducteur de bus. La conseillère regarde les formations {{FIMO}}. Il donne son identifiant, [[ID_FRANCE_TRAVAIL:9043176 N]], et son mail pour l'info collective : [[EMAIL:f.delaunay.18@laposte.net]]. M. [[PERSONNE:Delaunay]] est très carré, il a préparé une liste de questions.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier numérique à {{France Travail}} {{Orléans}}, {{8 personnes}}. Une dame n'a jamais tenu une souris. L'animatrice, [[PERSONNE:Samia]], pose la main sur la sienne. Au bout de {{20 min}} elle double-clique toute seule et tout le monde applaudit 👏",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un employeur ({{Intermarché}} de {{Déols}}) appelle pour déposer une offre. Le conseiller note le contact : M. [[PERSONNE:Guérin]], responsable magasin, [[TELEPHONE:06 25 73 40 18]], [[EMAIL:guerin.itm36@gmail.com]]. Offre n° {{185QXPT}} publiée dans la foulée.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La plateforme téléphonique est un open space, {{12 conseillers}}. Le bruit de fond est impressionnant. Un écran affiche les appels en attente : {{17}}. Personne ne le regarde, sauf le manager.",
    ),
]

BATCH_5 = [
    (
        "ccas",
        "accueil_physique",
        "Vendredi {{21 mars}}, {{CCAS}} de {{Bourges}}. Un monsieur demande une aide pour réparer sa voiture : sans elle il perd son poste de nuit. Devis du {{Garage Da Cruz Auto}} : {{780 €}}. L'agent note la plaque pour le dossier, [[IMMATRICULATION:BV-331-AH]]. M. [[PERSONNE:Oumarou]] dit qu'il peut payer la moitié. Passage en commission mardi.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Lefranc]] vient contester un refus d'aide. Elle a imprimé le règlement des aides facultatives et surligné des passages en jaune fluo. L'agente l'écoute jusqu'au bout ({{15 min}}) puis explique le recours gracieux. Mme [[PERSONNE:Lefranc]] : « au moins vous m'avez écoutée ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{11h30}} : rush. {{9 personnes}} dans la salle, {{2 agents}}. Un enfant court partout, un papi dort sur sa chaise, une dame parle fort au téléphone en arabe. L'agente garde le sourire. Je compte : elle dit « je reviens vers vous » {{14 fois}} en {{30 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Inscription sur le registre des personnes vulnérables du {{CCAS}} (plan grand froid). Une dame inscrit son père : M. [[PERSONNE:Ahmed Boudjema]], né le [[DATE_NAISSANCE:1er juillet 1944]], [[ADRESSE:3 allée des Glycines, 18000 Bourges]]. Fixe du père : [[TELEPHONE:02 48 70 15 62]]. Elle laisse aussi le sien : [[TELEPHONE:07 69 02 58 41]]. « Il n'entend plus bien, appelez-moi d'abord. »",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame appelle pour savoir si le {{CCAS}} fait des « bons essence ». Non. Elle insiste : « ma voisine en a eu ». L'agent : « je ne peux pas vous parler de la situation de votre voisine, madame ». Elle raccroche. Ça arrive tout le temps, me dit-il.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'un éducateur de l'{{AEMO}} pour une famille qu'il suit, la famille [[PERSONNE:Nascimento]]. Il veut savoir si l'aide cantine a été accordée. L'agente vérifie : oui, {{60 €}} en {{février}}. L'éduc, [[PERSONNE:Ali Guerraoui]], laisse son mail pro pour la suite : [[EMAIL:a.guerraoui@sauvegarde18.org]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "La mairie de {{Saint-Doulchard}} appelle pour savoir comment fonctionne la domiciliation. L'agente explique pendant {{12 min}}. Après avoir raccroché : « ils ont un {{CCAS}}, mais personne pour faire ça ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez M. [[PERSONNE:Delorme]], signalé par le gardien de l'immeuble (accumulation), [[ADRESSE:18 avenue de Saint-Amand, 18000 Bourges]]. On ne peut pas entrer dans la cuisine. M. [[PERSONNE:Delorme]] est très poli, très propre sur lui. L'agente ne juge pas, elle parle de son chat, {{Mistigri}}. Prochain passage dans {{15 jours}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'un logement proposé par {{Val de Berry}} avec une bénéficiaire de l'aide au relogement : [[ADRESSE:41 rue de Turly, 18000 Bourges]], 2e étage. Mme [[PERSONNE:Sissoko]] regarde surtout la chambre des enfants. « Ils auront chacun un lit. » Elle dit oui tout de suite.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Châteauroux}}, entretien de sortie de M. [[PERSONNE:Hervé Dumont]]. Après {{2 ans}} ici, il part dans un studio {{OPAC 36}}. L'éduc lui rappelle : {{APL}}, électricité, assurance. Il laisse son nouveau numéro pour le suivi : [[TELEPHONE:07 44 18 93 26]]. Il serre la main à tout le monde, même à moi.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour à {{Orléans}}. Un homme demande une douche. {{12 douches}} le matin max, il est le 13e. L'agent : « revenez à {{14h}} ». Il revient à 14h pile, serviette sur l'épaule.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Permanence santé : l'infirmière de la {{PASS}} vient au {{CHRS}} le vendredi. Elle voit {{5 résidents}}. Pour M. [[PERSONNE:Ivanov]] elle appelle le {{CHU}} pour un rdv et donne son IPP : [[IDENTIFIANT:P00873152]]. Il n'a pas de téléphone, c'est le CHRS qui transmettra.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Réunion d'équipe du vendredi. Revue des {{38 résidents}}, 2 phrases chacun. J'entends : « [[PERSONNE:Bertrand]] : ok, a repris les soins », « Mme [[PERSONNE:Kouassi]] : dossier {{AAH}} déposé », « [[PERSONNE:Laurent]] : absent {{3 nuits}}, à recadrer ». Durée : {{1h30}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Vendredi {{21h}}, {{115}} {{Indre-et-Loire}}. Un homme appelle du commissariat de {{Joué-lès-Tours}}, il sort de garde à vue et n'a nulle part où aller. « Votre nom ? » — « [[PERSONNE:Anthony Rivet]] ». Il est connu du logiciel. Elle lui propose l'abri de nuit de {{Tours}}. Il y va à pied, {{1h15}} de marche.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le {{115}} reçoit l'appel d'un chauffeur de bus {{TAO}} à {{Orléans}} : une dame dort dans son bus depuis le terminus et ne veut pas descendre. Il ne connait pas son nom. L'écoutant envoie l'équipe mobile. {{23h10}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Samedi {{22 mars}}, {{115}} du {{Loir-et-Cher}}, {{14h}}. Une jeune femme enceinte, [[PERSONNE:Lina]], {{19 ans}}, hébergée jusqu'ici chez une tante à {{Romorantin}}. Elle donne sa date de naissance pour la fiche : [[DATE_NAISSANCE:08/12/2005]]. Tél [[TELEPHONE:06 51 80 29 47]]. Hôtel pour le week-end, rdv lundi au {{SIAO}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Dimanche soir, {{115}} {{Eure-et-Loir}}. Un homme appelle pour sa famille : ils dorment dans leur voiture sur un parking près de la {{cathédrale}} de {{Chartres}}, {{2 enfants}}. Nom : [[PERSONNE:Al-Hassan]]. L'écoutante note la plaque, [[IMMATRICULATION:GE-726-BW]], pour que l'équipe mobile les retrouve.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude avec l'équipe mobile du {{CHRS}}, {{Tours}}, {{20h}}. Sous l'auvent de la {{gare}}, 3 personnes. Un homme qu'ils connaissent, « [[PERSONNE:Pépito]] », refuse le {{115}} comme d'habitude mais prend le café et la soupe. Son chien {{Sultan}} a droit à des croquettes.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Passage dans les chambres d'hôtel {{115}} à {{Blois}} : {{Ibis budget}}, {{chambre 108}}. Mme [[PERSONNE:Mendy]] et son bébé de {{5 mois}}. Pas de frigo pour les biberons, pas de micro-ondes. La coordinatrice note, elle va demander au {{CCAS}} des chèques service pour le lait.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Blois}}. Un monsieur vient pour un indu de prime d'activité : {{1 240 €}}. Il n'a pas déclaré les revenus de sa compagne, Mme [[PERSONNE:Rodrigues]]. « Mais on n'est pas mariés ! » L'agente explique que le concubinage compte. Il devient tout rouge. N° alloc [[N_ALLOCATAIRE:2098374]], échéancier demandé.",
    ),
    (
        "caf",
        "accueil_physique",
        "Borne {{Caf}} : une dame âgée veut imprimer une attestation mais n'a plus son code. La médiatrice numérique, [[PERSONNE:Jade]], lance la réinitialisation... il faut un mail. La dame le lit dans un {{petit}} carnet : [[EMAIL:mireille.bonnet36@orange.fr]]. Le lien arrive, ça marche 🙌",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}}, une maman pour l'{{AEEH}} de son fils. Elle donne son n° allocataire, [[N_ALLOCATAIRE:4128573]]. La {{MDPH}} a notifié l'accord en {{janvier}} mais la Caf n'a rien reçu. Le conseiller envoie un mail à la MDPH pendant l'appel.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une dame appelle la {{Caf}} pour changer de compte bancaire et commence à dicter son IBAN : « [[IBAN:FR78 3000 2044 1100 0007 1842 P86]] ». Le conseiller la laisse finir puis explique qu'un changement de RIB se fait dans l'espace perso, pas par tél. Elle : « {{bah}} je vous l'ai dit pour rien alors ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à la campagne, maison isolée près de {{La Châtre}}. Le contrôleur vérifie la composition du foyer : {{3 enfants}} déclarés, on en voit 3. Une voiture avec une plaque belge devant, [[IMMATRICULATION:1-KPL-473]] : « c'est mon cousin en vacances ». Mme [[PERSONNE:Vandenberghe]] est elle-même belge d'origine. RAS.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Tours}}. Un monsieur de {{37 ans}} vient chercher une attestation de droits. L'agent l'imprime : [[PERSONNE:Rui Carvalho]], NIR [[NIR:1 87 04 99 139 027 36]], né au {{Portugal}}. Il la range dans un portefeuille plein de papiers pliés en 4.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Orléans}}, l'accueil ferme à {{12h30}}. À {{12h29}} un monsieur arrive en courant. L'agent le prend quand même. Il me fait un clin d'œil.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un assuré appelle depuis le {{Maroc}} : il a perdu sa carte vitale en vacances. La conseillère vérifie son identité avec le NIR et l'adresse : [[ADRESSE:16 rue de la Tannerie, 41000 Blois]]. OK. Nouvelle carte commandée, envoyée à cette adresse. Il demande si on peut l'envoyer au Maroc. Non 😅",
    ),
    (
        "cpam",
        "controle_sur_place",
        "2e contrôle d'arrêt de travail de la journée, {{Tours}}, {{Rives du Cher}}, [[ADRESSE:23 avenue de l'Alouette, 37200 Tours]]. M. [[PERSONNE:Fofana]] ouvre, béquille, pied dans le plâtre. L'agent regarde le plâtre, me regarde, dit « bon ». {{4 min}} sur place.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Blois}}. Un homme sans domicile, connu de l'équipe : « bonjour [[PERSONNE:Patrick]] ». Il vient pour un pied infecté. L'agente administrative ne demande même pas l'identité, elle tape [[PERSONNE:LAVAL Patrick]] et le dossier sort. {{3e passage}} du mois.",
    ),
    (
        "urgences",
        "accueil_physique",
        "En salle d'attente, un écran affiche des numéros de passage, pas des noms ({{A12}}, {{A13}}, {{B04}}). L'infirmière m'explique que c'est pour la confidentialité. Mais à la porte l'IAO appelle quand même les gens par leur nom, à voix haute.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de l'{{EHPAD Les Cèdres}} à {{Montargis}} : ils envoient une résidente, Mme [[PERSONNE:Thérèse Pasquier]], {{93 ans}}, chute avec suspicion de fracture du col. L'infirmière de l'EHPAD dicte la date de naissance : [[DATE_NAISSANCE:11 octobre 1931]]. Arrivée prévue dans {{40 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une ingénieure ukrainienne veut faire reconnaître son diplôme. La conseillère, Mme [[PERSONNE:Roussel]], lui parle d'{{ENIC-NARIC}}. Mme [[PERSONNE:Bondarenko]] sort un dossier parfaitement traduit, relié. Identifiant : [[ID_FRANCE_TRAVAIL:8260413 T]]. La conseillère : « vous avez déjà tout fait en fait ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Vierzon}}, info collective métiers de la logistique. {{14 inscrits}}, {{6 présents}}. Intervenant de {{Geodis}}. Un participant demande « y a des postes de nuit ? » — oui. Il s'appelle [[PERSONNE:Rayan]], il note tout sur son tel.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Bourdin]], {{55 ans}}, licencié économique d'une usine de {{Châteauroux}}, adhère au {{CSP}}. La conseillère tape son NIR pour vérifier l'inscription : [[NIR:1 69 12 36 044 158 34]]. Il dit qu'il n'a pas fait de CV depuis {{1991}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un intérimaire qui a eu {{3 missions}} ce mois-ci ne sait pas quoi déclarer. La conseillère explique, patiemment. Il donne son identifiant : [[ID_FRANCE_TRAVAIL:3817524 W]]. {{6 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Vendredi après-midi sur la plateforme, toujours les mêmes questions : la date de paiement. Le conseiller répond « le {{1er}} ou le {{2}} du mois suivant » une dizaine de fois. Il me dit que {{80 %}} des appels du vendredi c'est ça.",
    ),
]

BATCH_6 = [
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} d'{{Orléans}}, permanence {{Point conseil budget}}. Mme [[PERSONNE:Gauthier]] a {{4 crédits}} renouvelables ({{Cofidis}}, {{Cetelem}} et 2 autres). La conseillère fait le budget avec elle sur une feuille : reste à vivre {{87 €}} par mois. Dossier de surendettement à la {{Banque de France}}. Elle recopie son RIB pour le dossier : [[IBAN:FR76 1027 8371 2000 0205 6740 127]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Le hall du {{CCAS}} a été repeint ce week-end, ça sent encore la peinture. Une dame dit « c'est plus joli qu'avant, ça fait moins hôpital ». L'agente est contente, c'est elle qui a choisi la couleur (vert d'eau).",
    ),
    (
        "ccas",
        "accueil_physique",
        "Un homme d'une trentaine d'années demande l'aide alimentaire. Première fois, il a honte, il parle tout bas. L'agente l'emmène dans le {{petit}} bureau. Il s'appelle [[PERSONNE:Grégory]], il travaille à {{mi-temps}}, {{2 enfants}} en garde alternée. Elle lui donne un bon pour l'{{épicerie solidaire}} et lui dit « revenez quand vous voulez ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel de la gendarmerie : une dame âgée retrouvée désorientée au bord de la route, elle dit s'appeler [[PERSONNE:Germaine]] et habiter « {{rue des Lilas}} ». L'agente cherche dans le registre : [[PERSONNE:Germaine Hubert]], [[ADRESSE:4 rue des Lilas, 45160 Olivet]]. Elle donne aussi le numéro du fils noté sur la fiche : [[TELEPHONE:06 90 13 57 24]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mme [[PERSONNE:Vieira]] appelle pour annuler son rdv de jeudi, son fils est malade. L'agente décale à lundi {{9h30}}. « Vous avez toujours le même numéro ? » « Oui, le [[TELEPHONE:07 12 84 66 30]]. » {{1 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le standard du {{CCAS}} a un message d'attente « tous nos conseillers sont occupés ». L'agente me dit que personne ne l'a changé depuis {{2016}} et que la musique rend les gens fous. On l'écoute ensemble. C'est vrai. 🎵",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile pour une aide à l'énergie, {{Orléans}}, quartier de l'{{Argonne}}. [[ADRESSE:27 rue de la Borde, 45000 Orléans]]. Mme [[PERSONNE:Belaïd]] nous montre le compteur {{Linky}} et sa facture {{Engie}}, référence client [[IDENTIFIANT:003 451 278 902]]. Chauffage électrique, appart mal isolé, {{180 €}} par mois. L'agente monte un dossier {{FSL}} énergie.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Trajet en voiture de service entre 2 visites, {{25 min}}. L'agente dicte ses comptes rendus dans son tel aux feux rouges. Elle n'a jamais le temps de les taper au bureau, dit-elle.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Tours}}. Un résident, M. [[PERSONNE:Abubakar]], montre fièrement son compte {{Instagram}} où il poste ses dessins : [[IDENTIFIANT:@abu.draws.tours]]. {{2 300 abonnés}}. L'éduc lui parle d'une expo possible à la médiathèque.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien budget avec Mme [[PERSONNE:Barbier]], résidente, dette de loyer de {{640 €}} d'un ancien logement. Le bailleur a saisi le tribunal, jugement RG [[IDENTIFIANT:24/01873]]. L'éduc explique le plan d'apurement : {{40 €}} par mois prélevés sur son compte [[IBAN:FR67 2004 1010 1312 5603 7K02 989]]. Mme [[PERSONNE:Barbier]] : « je veux juste que ça s'arrête ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{17h}}, goûter au {{CHRS}} familles. {{8 enfants}} dans la salle commune, une bénévole lit une histoire. Les mamans en profitent pour souffler dehors. Le bruit est incroyable, et joyeux.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Admission d'une femme victime de violences, orientée par le commissariat de {{Châteauroux}}. Elle ne veut pas que son nom soit sur la boîte aux lettres. L'éduc la rassure. Elle dit s'appeler [[PERSONNE:Amandine]] et demande qu'on l'appelle comme ça. Son ex a une voiture rouge, [[IMMATRICULATION:FJ-553-KM]] : l'éduc transmet la plaque à l'accueil au cas où.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier « papiers » du mardi : une bénévole, retraitée des impôts, aide à remplir les déclarations de revenus. Avec M. [[PERSONNE:Rakotoarisoa]], elle recopie son numéro fiscal : [[IDENTIFIANT:30 12 457 896 321]]. Résultat : {{0 €}} à payer. Il sourit.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Cher}}, lundi {{8h}}. Récap du week-end lu par la coordinatrice : {{63 demandes}}, {{41}} non pourvues. Elle lit la liste pour l'équipe : « [[PERSONNE:Nowak]] : abri de nuit ; [[PERSONNE:Touré]] : pas de solution ; famille [[PERSONNE:Magomadov]] : hôtel prolongé ; [[PERSONNE:Da Silva]] : pas rappelé ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'écoutante du {{115}} reçoit un appel de {{40 min}}. Le monsieur ne demande pas d'hébergement, il veut juste parler. Elle écoute. Après : « parfois c'est ça notre boulot, et ce soir personne d'autre ne l'aurait fait ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Loiret}}. Une femme appelle avec le portable d'un passant. Elle donne son nom, [[PERSONNE:Maria Stoica]], elle est avec {{4 enfants}} sur le parking du {{Carrefour}} de {{Saran}}. Le passant laisse son numéro pour qu'on rappelle : [[TELEPHONE:06 76 30 11 98]]. Place trouvée en hébergement d'urgence familles à {{Orléans}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel au {{115}} d'un jeune qui dit s'appeler « [[PERSONNE:Kenzo]] », {{18 ans}}, viré de chez sa mère à {{Dreux}}. Date de naissance ? « [[DATE_NAISSANCE:2 février 2007]] ». Pas de place jeune ce soir. L'écoutant lui donne l'adresse de l'accueil de jour pour demain matin et le contact de la {{Mission locale}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appartement relais à {{Bourges}}, quartier des {{Gibjoncs}}, [[ADRESSE:15 allée des Peupliers, 18000 Bourges]], occupé par Mme [[PERSONNE:Bouzid]] et ses enfants. Tout est nickel. Le plus {{petit}} montre ses dessins collés au frigo. Point sur le logement autonome : demande {{Val de Berry}} en cours.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Passage dans un hôtel {{115}} au nord d'{{Orléans}}. Le gérant se plaint : « ils font la cuisine dans les chambres avec des plaques, c'est interdit ». La coordinatrice négocie une salle commune avec un micro-ondes. Il va « réfléchir ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Chartres}}. Une jeune femme vient vérifier que sa déclaration de grossesse est arrivée. L'agente tape son NIR : [[NIR:2 99 09 18 279 142 66]]. Née à {{Vierzon}}, {{25 ans}}. Oui c'est arrivé. Mme [[PERSONNE:Brunet]] : « ça fait {{3 fois}} que j'envoie le papier ».",
    ),
    (
        "caf",
        "accueil_physique",
        "Affiche à l'accueil : « {{caf.fr}} : faites vos démarches {{24h/24}} ». Juste à côté, une file de {{15 personnes}}. L'agent d'accueil me dit en rigolant « 24h/24 sauf quand ça plante ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{3230}}. Un allocataire ne comprend pas un courrier « notification de dette ». Il lit le numéro en haut à droite : [[N_ALLOCATAIRE:5523816]]. Le conseiller : « ça c'est votre numéro allocataire, monsieur ». Dette de {{96 €}}, retenue sur les prochains versements. « Ah ok, c'est rien alors. »",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une AS du {{CCAS}} de {{Bourges}} appelle pour une famille dont le {{RSA}} est suspendu. Elle donne le n° alloc de la famille, [[N_ALLOCATAIRE:3917402]], et son nom à elle, [[PERSONNE:Isabelle Cordier]]. Le conseiller voit le problème : déclaration trimestrielle pas faite. Réglé en {{10 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Blois}}, dossier {{APL}}. Soupçon : la propriétaire serait la mère de l'allocataire. Le contrôleur lit le bail : bailleresse Mme [[PERSONNE:Josiane Ferrand]], locataire Mlle [[PERSONNE:Ferrand]]. L'allocataire : « c'est ma tante, pas ma mère ». Une vieille 206 dans la cour, [[IMMATRICULATION:4521 TR 41]]. Le contrôleur demande le livret de famille.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} {{Châteauroux}}. Une dame de {{58 ans}} dépose une demande de pension d'invalidité. L'agent scanne les pièces, vérifie le NIR à l'écran : [[NIR:2 66 12 37 233 098 23]]. Elle est née à {{Saint-Pierre-des-Corps}} mais vit ici depuis {{30 ans}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un jeune homme afghan dépose une demande d'{{AME}}. Il a son récépissé de demande d'asile, n° [[IDENTIFIANT:4502391786]], et une domiciliation au {{CCAS}} de {{Tours}}. Il s'appelle [[PERSONNE:Hamid Noori]]. Dossier complet du premier coup, « ça arrive rarement » dit l'agent.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une maman appelle pour rattacher son nouveau-né. Elle donne son NIR, [[NIR:2 84 05 41 018 063 71]], puis la date de naissance du bébé, né le [[DATE_NAISSANCE:9 mars]]. Mme [[PERSONNE:Poulain]], de {{Blois}}. Rattachement fait pendant l'appel.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Briefing avant la tournée de contrôles : {{6 adresses}} sur la feuille de route, dans l'ordre géographique. L'agent ne prévient jamais, c'est le principe. Il n'aime pas trop le mot « contrôle », il dit « visite ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Trousseau}}. Un homme arrive la main dans un torchon (scie circulaire). Sa femme parle pour lui : « [[PERSONNE:Olivier]], [[PERSONNE:Olivier Brault]], né le [[DATE_NAISSANCE:14/06/1972]] ». L'IAO le fait passer devant. Personne ne proteste. L'agent d'accueil demande à la femme de déplacer la voiture garée devant l'entrée ambulances : « la Clio [[IMMATRICULATION:EM-482-RS]] c'est vous ? »",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{2h}} du matin. Un sans-abri arrive avec la police, hypothermie, aucun papier. L'agente crée un dossier provisoire « {{ANONYME H}} ». Une heure plus tard il se réchauffe et dit son prénom, [[PERSONNE:Sergueï]]. Elle corrige le dossier.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Je reste {{1h}} à côté de l'agent d'accueil des urgences. Il décroche {{22 fois}}, accueille {{14 patients}}, imprime {{31 étiquettes}}. Il n'a pas bu une gorgée de son café.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un patient sorti hier a oublié ses lunettes. L'agente demande le nom : « [[PERSONNE:Morvan]], [[PERSONNE:Yves]] ». Elles sont au {{box 7}} dans un sachet. Il passera demain.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Chartres}}. [[PERSONNE:Mathis]], {{23 ans}}, veut devenir soudeur. La conseillère lui trouve une session à l'{{AFPA}} en {{mai}}. Il donne son mail pour la convocation : [[EMAIL:mathis.lb28@gmail.com]]. « Et c'est payé pendant la formation ? » Oui.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Nguyen Thi Lan]], coiffeuse, veut ouvrir son salon à {{Orléans}}. La conseillère parle de l'{{ARCE}} et de la {{BGE}}. Mme [[PERSONNE:Nguyen]] a déjà le nom du salon, « {{Lan Coiffure}} », et un compte TikTok, [[IDENTIFIANT:@lan.coiffure45]]. Elle montre ses vidéos de chignons.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Pause déjeuner des conseillers, {{12h15}}. Conversation : les nouveaux objectifs, les {{15 heures}} d'activité pour les allocataires du {{RSA}}. Une conseillère dit qu'elle ne sait pas encore comment elle va faire. Les autres hochent la tête.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un monsieur arrive avec une lettre de radiation, identifiant en haut : [[ID_FRANCE_TRAVAIL:2957310 P]]. Il était hospitalisé, il a le bulletin de situation du {{CHR d'Orléans}}. La conseillère annule la radiation sur le champ. M. [[PERSONNE:Lebon]] : « c'est tout ? » « C'est tout. »",
    ),
]

BATCH_7 = [
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Blois}}. Mme [[PERSONNE:Benali]], {{68 ans}}, née en {{Algérie}}, vient pour la {{CSS}} et la mutuelle communale. L'agent recopie le NIR de sa carte vitale : [[NIR:2 56 08 99 352 031 25]]. Elle demande si la mutuelle communale prend les lunettes. « Un peu », dit l'agent.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Formation des agents ce matin, donc {{CCAS}} ouvert à {{13h30}} seulement (affiche scotchée sur la porte). À 13h30, {{11 personnes}} attendent. Une dame : « ils se forment à quoi, à nous faire attendre ? ». Rires un peu jaunes.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande d'aide au paiement du loyer. L'agent lit la quittance : locataire M. [[PERSONNE:Hassan Farah]], [[ADRESSE:2 square de Bretagne, 41000 Blois]], loyer {{512 €}}. L'aide sera versée directement au propriétaire, un particulier, M. [[PERSONNE:Gérard Couturier]] : l'agent recopie son RIB, [[IBAN:FR76 3000 3017 8000 0502 1894 788]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une fille appelle pour son père de {{79 ans}} qui ne veut plus se laver. Elle pleure au téléphone. L'agente propose une visite à domicile. Adresse du père : [[ADRESSE:11 rue du Bourg-Neuf, 41000 Blois]], M. [[PERSONNE:Chauvin]]. La fille laisse son mail : [[EMAIL:sev.chauvin@yahoo.fr]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel de l'adjoint aux affaires sociales : combien de domiciliations à ce jour ? L'agente : « {{287}}... enfin {{289}} depuis ce matin ». Il remercie et raccroche. Elle : « il appelle tous les mois pour ce chiffre ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite avec le {{CCAS}} de {{Châteauroux}} chez un couple de retraités, M. et Mme [[PERSONNE:Mercier]], pour l'aide au chauffage : [[ADRESSE:4 impasse des Rossignols, 36000 Châteauroux]]. M. [[PERSONNE:Mercier]] sort toutes les factures depuis {{2019}}, rangées dans une boîte à chaussures. Il veut qu'on voie que « ça a doublé ». C'est vrai.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez une jeune maman isolée à {{Vierzon}}. Mme [[PERSONNE:Leroy]], {{22 ans}}, bébé de {{3 mois}}. Lait infantile dans le placard, c'est bien. Pas de lit parapluie. L'AS note. Mme [[PERSONNE:Leroy]] donne son n° alloc pour vérifier l'aide au logement, [[N_ALLOCATAIRE:6120548]], et son RIB pour le secours : [[IBAN:14806 18000 75203698141 23]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite de la résidence autonomie du {{CCAS}}, {{Les Tilleuls}}. {{42 logements}}, {{38}} occupés. Gym douce à {{15h}}, {{9 participantes}}. L'animatrice me dit que les messieurs ne viennent jamais aux activités.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Chartres}}. M. [[PERSONNE:Ouattara]] a enfin son titre de séjour après {{3 ans}}. Il montre la carte à tout le monde, n° [[IDENTIFIANT:2802731946]]. L'éduc la photocopie pour le dossier. Il va pouvoir signer son CDI chez un paysagiste de {{Lucé}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Ouverture d'un compte bancaire pour un résident, Mr [[PERSONNE:Goncalves]], à {{La Banque Postale}}. Le RIB arrive, l'éduc le photocopie pour le dossier {{RSA}}. Je lis : [[IBAN:FR83 2004 1010 1204 8721 5X03 815]]. Premier compte à son nom depuis {{10 ans}}, dit-il.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Le {{CHRS}} a {{45 places}}, toutes occupées. Liste d'attente {{SIAO}} : {{27 personnes}}. Le chef de service me dit que le délai moyen d'entrée est de {{4 mois}}. Ceux qui attendent sont à l'hôtel, ou dehors.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Sortie au marché avec {{3 résidentes}} du {{CHRS}} femmes de {{Bourges}}. [[PERSONNE:Fatou]] négocie les tomates comme une pro. [[PERSONNE:Sandra]] achète des fleurs « pour la chambre ». L'éduc laisse faire : budget {{15 €}} chacune, c'est l'objectif de l'atelier.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de l'{{Indre}}, {{20h}}. Une dame âgée, [[PERSONNE:Simone Aubry]], {{77 ans}}, expulsée aujourd'hui. Elle a son numéro de sécu sur un papier et le lit sans qu'on lui demande : [[NIR:2 48 02 75 114 305 75]]. Née à {{Paris}}, elle vit dans l'Indre depuis {{40 ans}}. L'écoutante trouve une place d'urgence à {{Châteauroux}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Le {{115}} rappelle un monsieur de la liste d'attente, [[TELEPHONE:06 02 47 89 13]]. Messagerie : « c'est [[PERSONNE:Jo]], laissez un message ». L'écoutante laisse juste « bonjour, ici le 115, rappelez-nous ». Elle m'explique qu'on ne dit jamais le motif sur une messagerie.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Cher}}. Un jeune de {{24 ans}} dort dans sa voiture depuis {{1 mois}} à {{Vierzon}}, il bosse en intérim. Il donne sa plaque pour la fiche (« on me la demande toujours ») : [[IMMATRICULATION:fx 209 ap]]. Nom : [[PERSONNE:Quentin Morel]]. Il donne même son numéro de sécu « pour aller plus vite » : [[NIR:1 01 01 18 033 207 77]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Changement d'équipe au {{115}} à {{22h}}. Transmission orale : « {{3 familles}} à l'hôtel, {{2}} en attente de rappel, le monsieur de la gare a encore appelé ». L'équipe de nuit prend le relais avec un thermos de café.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un logement du {{CHRS}} en diffus à {{Tours}}, quartier des {{Fontaines}} : Mme [[PERSONNE:Ghanem]], [[ADRESSE:8 allée de Provence, 37200 Tours]]. Le chauffe-eau fuit. L'éduc appelle le bailleur devant elle et donne la référence du logement : [[IDENTIFIANT:TH-2210-0458]]. Intervention promise jeudi.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} d'{{Orléans}}. M. [[PERSONNE:Lemaitre]] vient déclarer sa reprise du travail. Il donne son n° allocataire, [[N_ALLOCATAIRE:7034519]], et son IBAN a changé aussi : [[IBAN:FR76 1480 6450 0072 1458 9321 146]]. L'agent fait les 2 modifs. {{12 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Un agent {{Caf}} m'explique les « rendez-vous des droits » : on reprend tout le dossier pour vérifier que la personne touche bien tout ce à quoi elle a droit. {{1h}} par rdv. Il trouve quelque chose dans {{1 cas sur 3}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Tel {{Caf}} : une mère appelle pour son fils étudiant, {{20 ans}}, elle veut savoir s'il est encore à charge. Le conseiller refuse de parler du dossier du fils sans lui. Elle donne le mail du fils pour qu'on lui écrive : [[EMAIL:yanis.boukhari@etu.univ-tours.fr]]. « Non madame, c'est à lui de nous contacter. »",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Dreux}}, dossier {{RSA}}. M. [[PERSONNE:Kaci]] a un atelier de mécanique dans son garage. {{3 voitures}} en réparation dans la cour, dont une [[IMMATRICULATION:DH-338-ZT]] et une allemande, [[IMMATRICULATION:M-KL 4127]]. M. [[PERSONNE:Kaci]] : « c'est pour dépanner les copains, gratuit ». Le contrôleur note « activité non déclarée possible ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} chez Mme [[PERSONNE:Cissé]], {{La Source}}, [[ADRESSE:6 allée Camille Claudel, 45100 Orléans]]. Tous ses papiers sont prêts dans un classeur rouge. Le contrôleur vérifie le RIB du versement : [[IBAN:FR76 1450 5000 4104 5112 3880 045]]. Devant chez elle, une voiture immatriculée en Espagne, [[IMMATRICULATION:4821 KLM]] : celle de sa sœur qui vient l'aider. {{20 min}}, RAS.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} d'{{Orléans}}. Un monsieur de {{49 ans}}, cariste, dépose son dossier de maladie professionnelle (dos). L'agent vérifie l'identité : NIR [[NIR:1 75 06 45 147 211 41]], né à {{Fleury-les-Aubrais}}. Dossier transmis au service médical. « Combien de temps ? » « {{4 mois}} minimum. »",
    ),
    (
        "cpam",
        "accueil_physique",
        "À l'accueil {{Cpam}}, la borne {{Ameli}} imprime des attestations. Une dame tape dessus du poing parce que le papier ne sort pas. L'agent arrive, remet un rouleau. Réglé en {{30 secondes}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Une dame déclare le décès de son mari. La conseillère baisse la voix et demande le NIR du mari. La dame le lit sur la carte vitale : [[NIR:1 81 09 36 088 124 52]]. Il avait {{43 ans}}. La conseillère dit « je suis désolée » et attend que la dame puisse continuer.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel de Mme [[PERSONNE:Lacombe]] qui conteste un refus de remboursement de transport. Mail pour le formulaire de recours : [[EMAIL:b.lacombe@sfr.fr]], téléphone [[TELEPHONE:+33 6 41 72 05 98]]. Elle donne aussi son nouveau RIB pour les remboursements (compte {{Nickel}}) : [[IBAN:FR76 1659 8000 0140 0031 7654 891]]. Médecin traitant : Dr [[PERSONNE:Okafor]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Châteauroux}}. Une ado arrive avec sa mère, malaise au lycée. Date de naissance : « [[DATE_NAISSANCE:18 janvier 2010]] ». Carte vitale de la mère, NIR [[NIR:2 73 02 28 085 019 14]]. L'agente : « vous êtes de {{Chartres}} ? » — elle l'a lu dans le numéro ! Mme [[PERSONNE:Gomes]] confirme, bluffée. Au micro, la sécurité : « le véhicule [[IMMATRICULATION:GA-904-TL]] est prié de libérer la place ambulance ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Nuit aux urgences, {{4h}}. Calme relatif. L'agent de sécurité fait sa ronde, une infirmière ferme les yeux {{10 min}} sur une chaise. L'écran indique {{12 patients}}. Dehors, une ambulance attend, moteur allumé.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Tours}}, {{Deux-Lions}}. Mme [[PERSONNE:Koffi]] a un entretien d'embauche demain chez {{Orange}}. La conseillère fait une simulation avec elle. Elle imprime son profil : identifiant [[ID_FRANCE_TRAVAIL:6380245 K]], mail [[EMAIL:esther.koffi@live.fr]]. Mme [[PERSONNE:Koffi]] repart en répétant sa présentation à mi-voix.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un chauffeur routier de {{52 ans}} a perdu son permis (points). Il doit changer de métier. Il est en colère, surtout contre lui. Le conseiller, [[PERSONNE:Jérôme]], reste factuel. Identifiant sur le dossier : [[ID_FRANCE_TRAVAIL:1702954 G]]. RIB pour l'{{ARE}} : [[IBAN:FR76 3000 4028 3000 0102 9178 529]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Salle d'attente {{France Travail}} : {{7 chaises}}, {{4}} occupées. Un jeune regarde une vidéo sans écouteurs. Personne ne dit rien. Au mur, une affiche « recrutement saisonnier {{Center Parcs}} ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une jeune femme sourde, avec une interprète LSF. L'entretien prend le double du temps, la conseillère ne le montre pas. Elle veut travailler dans la petite enfance : inscription au {{CAP AEPE}}. Nom : [[PERSONNE:Chloé Andrieux]], identifiant [[ID_FRANCE_TRAVAIL:5591038 E]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un monsieur veut savoir s'il peut partir {{3 semaines}} au {{Sénégal}} voir sa mère malade. La conseillère explique la déclaration d'absence. M. [[PERSONNE:Faye]], identifiant [[ID_FRANCE_TRAVAIL:4083617 S]]. Elle lui souhaite bon courage.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appels sortants pour confirmer l'atelier de demain {{9h}}. Sur la liste : [[PERSONNE:Meriem Tahiri]], [[PERSONNE:Killian Roche]]. Numéros composés : [[TELEPHONE:06 58 24 91 07]] (répondeur), [[TELEPHONE:07 83 16 40 52]] (confirmé). [[PERSONNE:Killian]] demande s'il peut venir avec son bébé. Oui.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Le logiciel plante à {{15h40}}. Toute la plateforme attend {{8 min}}. Les conseillers continuent de répondre en notant sur papier. « On a l'habitude », dit la voisine de bureau.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Dernier appel de ma demi-journée : une dame demande comment inscrire son mari qui ne parle pas français. La conseillère lui dit qu'il peut venir en agence avec elle. Elle laisse quand même un numéro pour un rappel, [[TELEPHONE:02 47 38 55 90]], et le nom du mari, M. [[PERSONNE:Zhang Wei]]. Fin de l'immersion à {{12h}}.",
    ),
]

NOTES = BATCH_1 + BATCH_2 + BATCH_3 + BATCH_4 + BATCH_5 + BATCH_6 + BATCH_7

if __name__ == "__main__":
    main()
