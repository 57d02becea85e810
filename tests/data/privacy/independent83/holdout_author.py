"""Independent evaluation corpus n° 83: 240 hand-written observation notes (Côte d'Azur, Var).

Every note is a ``(site_kind, channel, text)`` tuple written by hand. The text carries inline
marks: ``[[LABEL:value]]`` is a value to mask, ``{{value}}`` is a string to keep. ``parse``
strips the marks and computes the offsets (Python string indices, end exclusive); ids
``ind83-001`` … ``ind83-240`` follow the writing order; ``split`` draws dev / holdout from the
ids and the cells only. Running this file writes ``dev.jsonl`` and ``holdout.jsonl`` next to it
and prints the counts. Standard library only, deterministic.

Usage: python holdout_author.py
"""

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind83"
SEED = 83

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
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")

# site kinds
CAF = "caf"
CPAM = "cpam"
CCAS = "ccas"
URG = "urgences"
CHRS = "chrs"
FT = "france_travail"
# channels
AP = "accueil_physique"
AT = "accueil_telephonique"
CSP = "controle_sur_place"


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    length = pos = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        label, value, kept = m.group(1), m.group(2), m.group(3)
        if label is not None:
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
        else:
            value = kept
            if value not in keep:
                keep.append(value)
        if value != value.strip():
            raise ValueError(f"whitespace around {value!r} in {marked!r}")
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for stray in ("[[", "]]", "{{", "}}"):
        if stray in text:
            raise ValueError(f"stray mark {stray!r} in {marked!r}")
    return text, entities, keep


def build_notes():
    notes = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
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
    """Return (dev ids, holdout ids); depends only on the ids and the cells."""
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
    lines = [json.dumps(note, ensure_ascii=False) + "\n" for note in notes]
    path.write_text("".join(lines), encoding="utf-8")


def print_counts(parts):
    cells = sorted({(n["site_kind"], n["channel"]) for n in parts["all"]})
    print("notes per site kind x channel (all / dev / holdout)")
    for cell in cells:
        row = [sum((n["site_kind"], n["channel"]) == cell for n in parts[k]) for k in parts]
        print(f"  {cell[0]:<15} {cell[1]:<21} {row[0]:>3} {row[1]:>3} {row[2]:>3}")
    print("values per label (all / dev / holdout)")
    for label in LABELS:
        row = [sum(e["label"] == label for n in parts[k] for e in n["entities"]) for k in parts]
        print(f"  {label:<18} {row[0]:>4} {row[1]:>4} {row[2]:>4}")
    for what, count in (
        ("entities", lambda ns: sum(len(n["entities"]) for n in ns)),
        ("keep entries", lambda ns: sum(len(n["keep"]) for n in ns)),
        ("notes without any entity", lambda ns: sum(not n["entities"] for n in ns)),
    ):
        print(f"{what}: " + " / ".join(str(count(parts[k])) for k in parts))
    sites = Counter(n["site_kind"] for n in parts["all"])
    print("site kinds:", ", ".join(f"{k} {v}" for k, v in sorted(sites.items())))


def main():
    notes = build_notes()
    dev_ids, holdout_ids = split(notes)
    dev = [n for n in notes if n["id"] in dev_ids]
    holdout = [n for n in notes if n["id"] in holdout_ids]
    if len(dev) + len(holdout) != len(notes) or dev_ids & holdout_ids:
        raise SystemExit("split does not partition the notes")
    write(HERE / "dev.jsonl", dev)
    write(HERE / "holdout.jsonl", holdout)
    print_counts({"all": notes, "dev": dev, "holdout": holdout})
    return 0


# ---------------------------------------------------------------------------------------------
# The notes, in writing order (one list per writing session).
# ---------------------------------------------------------------------------------------------

BATCH_1 = [
    (
        CAF,
        AP,
        "{{9h12}} Mme [[PERSONNE:Castellano]], {{87 ans}}, canne, accompagnée de sa petite-fille. Vient pour l'{{APL}} (nouvel appart à {{Nice}}, quartier {{Saint-Roch}}). L'agente [[PERSONNE:Sabrina]] lit sa carte d'identité italienne : « nata il [[DATE_NAISSANCE:12/03/1937]] a {{Sanremo}} ». Dans le dossier {{Caf}} c'est [[DATE_NAISSANCE:21/03/1937]] -> inversion jour/mois, saisie de {{2004}}. [[PERSONNE:Sabrina]] corrige, demande quand meme un justificatif. la petite fille : « mais c'est écrit dessus ?! »",
    ),
    (
        CPAM,
        AT,
        "appel {{10h40}}, monsieur très âgé qui entend mal, l'agent ([[PERSONNE:Karim B.]]) répète TROIS FOIS « votre date de naissance monsieur ? ». Réponse : « le [[DATE_NAISSANCE:vingt-huit août quarante-quatre]], le jour où ils ont libéré {{Toulon}} ! » 😄 Puis le numéro de sécu chiffre par chiffre : [[NIR:1 44 08 83 137 057 50]]. Il appelle pour des lunettes ({{42,60 €}}) jamais remboursées. [[PERSONNE:Karim]] voit que la {{mutuelle}} n'est pas reliée ({{télétransmission}} coupée depuis {{janvier}}).",
    ),
    (
        CCAS,
        AP,
        "file d'attente de {{8h30}} à {{9h05}} : {{11 personnes}}, dont {{7}} ont plus de {{75 ans}} à vue d'oeil. Le {{CCAS}} de {{Cannes}} ferme le vendredi aprem (affiche scotchée : « {{vendredi 12h}} »). Une dame demande si le {{colis de Noël}} des seniors est maintenu le {{16 décembre}}. oui. elle repart contente",
    ),
    (
        URG,
        AP,
        "Urgences {{Pasteur 2}}, poste {{IOA}}. arrivée en {{ambulance}} depuis l'{{EHPAD Les Orangers}} à {{Cimiez}}. Fiche de liaison : Mme [[PERSONNE:Ernestine Bottero]], née le [[DATE_NAISSANCE:2 février 1931]], {{93 ans}}, chute dans la nuit, {{anticoagulants}}. L'infirmière [[PERSONNE:Laetitia]] recopie l'IPP [[IDENTIFIANT:40021873]] sur le bracelet. Médecin traitant : Dr [[PERSONNE:Giraud-Sauveur]]. La fiche dit « personne de confiance : fils, [[TELEPHONE:06 09 71 44 28]] » -> personne ne décroche.",
    ),
    (
        FT,
        AP,
        "RDV {{14h}} avec la conseillère, Mme [[PERSONNE:Ouali]]. Jeune homme, [[PERSONNE:Yanis]], {{23 ans}}, habite {{La Bocca}}. Elle tape son identifiant [[ID_FRANCE_TRAVAIL:3158042K]], écran : « dernière actualisation {{28/02}} ». Il a raté le rdv du {{6 mars}} -> risque de radiation. Il dit qu'il bossait en extra au {{Palais des Festivals}} pendant le {{MIPIM}}. Mme [[PERSONNE:Ouali]] : « fallait me prévenir, un mail suffisait ». Il montre le contrat sur son tel, elle le scanne.",
    ),
    (
        CAF,
        CSP,
        "Contrôle à domicile {{Draguignan}}, quartier {{Les Collettes}}. Contrôleur M. [[PERSONNE:Ferhat]]. Allocataire Mme [[PERSONNE:Nadia Benhamou]], n° alloc [[N_ALLOCATAIRE:4419027]], {{RSA}} + {{APL}}, déclarée isolée. Il regarde : une seule brosse à dents, pas de vêtements d'homme, il ne fouille pas. 2 enfants nés en [[DATE_NAISSANCE:2012]] et [[DATE_NAISSANCE:2016]]. Il lit le bail : [[ADRESSE:14 impasse des Amandiers, 83300 Draguignan]], signé le {{1er juin 2021}}. Elle est très stressée, tremble. durée {{50 min}}. dans la voiture il me dit « là c'est clair, rien à signaler ».",
    ),
    (
        URG,
        AT,
        "Standard urgences {{Sainte-Musse}} ({{CHITS}}). Une fille inquiète pour sa mère : « [[PERSONNE:Colette Arnaud]], née le [[DATE_NAISSANCE:30 novembre 1934]] ». L'agente cherche : personne à ce nom. Essaie le nom de jeune fille, [[PERSONNE:Colette Pellegrin]]… trouvée, arrivée {{à 3h du matin}} par les {{pompiers}}. On ne donne rien de médical au tél, elle doit rappeler le service. n° de rappel noté : [[TELEPHONE:06 47 82 19 53]].",
    ),
    (
        CHRS,
        AT,
        "{{115}} du {{Var}}, {{21h50}}. Un homme, dit s'appeler « [[PERSONNE:Dédé]] », {{70 ans}} passés, dort dans sa voiture sur le parking du {{Mourillon}} depuis que sa femme est morte (en {{mai}}). L'écoutante demande le nom complet : [[PERSONNE:André Tortora]], né le [[DATE_NAISSANCE:4 janvier 1953]]. il rigole « vous voulez ma pointure aussi ? ». Véhicule : [[IMMATRICULATION:6523 TR 83]], une vieille {{Peugeot 306}}. Pas de place ce soir, rappel demain {{9h}}.",
    ),
    (
        FT,
        AT,
        "plateforme {{3949}}, {{11h}}-{{12h}} : {{14 appels}}, dont {{9}} pour l'actualisation qui bugue depuis le début du mois. Musique d'attente « {{France Travail}} vous remercie… » en boucle, {{6 min}} en moyenne. Post-it sur l'écran de la conseillère : « {{ARE}} = {{J+7}} après fin de contrat ». Beaucoup de gens disent encore {{Pôle emploi}}.",
    ),
    (
        CPAM,
        AP,
        "M. [[PERSONNE:Vassili Orlov]], russe, arrivé en {{2019}}, vient pour sa {{Complémentaire santé solidaire}}. Passeport : [[IDENTIFIANT:75 4819263]]. Date de naissance en cyrillique + latin : [[DATE_NAISSANCE:17.10.1952]]. L'agent [[PERSONNE:Thomas]] compare avec l'attestation de droits, NIR [[NIR:1 52 10 99 123 044 79]] -> ok ça colle. Sa fille traduit tout. « il aura {{72 ans}} dans {{trois semaines}} » dit-elle fièrement.",
    ),
    (
        CCAS,
        CSP,
        "Visite à domicile avec l'AS du {{CCAS}} de {{Menton}}. M. [[PERSONNE:Lorenzi]], {{91 ans}}, seul depuis le décès de sa femme le {{14 juillet 2022}}. 4e sans ascenseur, [[ADRESSE:7 rue Longue, 06500 Menton]]. Il sort le livret de famille : lui né le [[DATE_NAISSANCE:9 juin 1933]] à {{Menton}}, elle née à {{Dolceacqua}} ({{Italie}}) en [[DATE_NAISSANCE:1935]], mariés le {{2 octobre 1957}}. Demande {{téléassistance}} + {{portage de repas}}. NIR sur l'attestation {{Ameli}} : [[NIR:1 33 06 06 083 024 21]]. Fixe [[TELEPHONE:04 93 35 62 18]]. Il nous offre un {{limoncello}} à {{10h du matin}}.",
    ),
    (
        URG,
        AP,
        "{{23h40}} salle d'attente : {{31 personnes}}. écran « temps d'attente estimé : {{4h}} ». Un papy dort sur son déambulateur. L'agent d'accueil distribue des {{bouteilles d'eau}}. Quelqu'un râle : « à {{Monaco}} ils vous prennent en {{20 minutes}} ».",
    ),
    (
        CAF,
        AT,
        "Appel {{14h02}}, dame de {{Hyères}}, veuve, demande si elle a droit à l'{{allocation logement}}. Agent : « votre numéro allocataire ? » elle lit [[N_ALLOCATAIRE:1753904]]… « ah non ça c'est celui de mon mari » (décédé le {{8 février}}). Elle n'a jamais eu de dossier à elle. Agent : « votre nom ? » « [[PERSONNE:Martel]]. [[PERSONNE:Josiane]]. » « date de naissance ? » « le [[DATE_NAISSANCE:11 11 45]], comme l'armistice ». Il lui envoie le formulaire par courrier, elle n'a pas internet.",
    ),
    (
        CHRS,
        AP,
        "Accueil du {{CHRS}}, {{Toulon}} centre. [[PERSONNE:Mamadou Sow]], {{19 ans}}, sorti de l'{{ASE}} le {{3 janvier}}. Il cherche son récépissé dans un sac plastique : [[IDENTIFIANT:0699124837]]. Né le [[DATE_NAISSANCE:1er janvier 2005]] d'après le document, « date par défaut » explique l'éducatrice [[PERSONNE:Fanny]], il ne connait pas le jour exact. Elle remplit la demande {{SIAO}}, réf [[IDENTIFIANT:SIAO83-2024-01873]].",
    ),
    (
        FT,
        AP,
        "Atelier CV, {{6 participants}}, conseillère [[PERSONNE:Hélène]]. Sur le vidéoprojecteur un {{CV modèle}} au nom de [[PERSONNE:Jean Martin]], « {{35 ans}}, {{permis B}} ». Une participante demande si elle doit mettre son âge. [[PERSONNE:Hélène]] : non. Un monsieur ancien de la {{Marine}} demande comment traduire « {{quartier-maître}} » pour le civil. rires",
    ),
    (
        CPAM,
        CSP,
        "Contrôle d'arrêt de travail à domicile, {{La Seyne-sur-Mer}}, quartier {{Berthe}}. Agent M. [[PERSONNE:Dalmasso]]. Heures de sortie autorisées {{9h-11h}} et {{14h-16h}}, on passe à {{15h20}} : absent. La voisine : « il est chez le kiné ». Avis de passage dans la boîte, [[ADRESSE:bât. B, 112 avenue Général Carmille, 83500 La Seyne-sur-Mer]]. M. [[PERSONNE:Dalmasso]] : « 1 fois sur 3 ils sont chez le kiné »",
    ),
    (
        CCAS,
        AT,
        "Ligne seniors du {{CCAS}} de {{Fréjus}}. Une dame appelle pour le {{registre canicule}} (ouvert du {{1er juin}} au {{15 septembre}}). Mme [[PERSONNE:Lucienne Faraut]], née le [[DATE_NAISSANCE:19/04/1936]], {{88 ans}}, seule au [[ADRESSE:45 rue Jean Jaurès, Fréjus]]. Contact en cas de pb : son fils [[PERSONNE:Patrick]], [[TELEPHONE:06 12 80 47 31]]. L'agent répète le numéro chiffre par chiffre, elle corrige deux fois.",
    ),
    (
        CAF,
        AP,
        "{{15h55}}, dernier ticket ({{C047}}). La borne affiche « {{fermeture 16h}} ». {{3 personnes}} refoulées. Une dame crie que c'est la {{troisième fois}}. L'agent lui donne un RDV le {{jeudi 14}} à {{10h30}}, elle se calme un peu.",
    ),
    (
        URG,
        AP,
        "{{IOA}}, patient anglais, Mr [[PERSONNE:Geoffrey Hollis]], {{76 ans}}, vit à {{Valbonne}} 6 mois par an. Chute à vélo sur la {{Promenade des Anglais}}. Sa femme tend le passeport britannique : « Date of birth / Date de naissance [[DATE_NAISSANCE:23 APR /AVR 48]] ». L'agente tape [[DATE_NAISSANCE:23/04/1948]] puis la carte {{GHIC}}, NHS number [[IDENTIFIANT:485 217 3096]]. Tél de madame [[TELEPHONE:+44 7700 900461]]. « sorry, sorry » toutes les 30 secondes.",
    ),
    (
        FT,
        AT,
        "Appel sortant de la conseillère, [[PERSONNE:Nathalie Roux]], vers un DE, M. [[PERSONNE:Benali]]. Messagerie. Elle laisse un msg « rappelez le {{3949}} ». 2e essai sur l'autre numéro, [[TELEPHONE:07 68 24 91 07]] : il décroche. ID [[ID_FRANCE_TRAVAIL:472 9163 B]]. Elle propose l'offre {{178QWTX}}, commis de cuisine à {{Saint-Tropez}}, saison {{avril-octobre}}, logé. Il dit oui tout de suite.",
    ),
    (
        CHRS,
        CSP,
        "Visite d'un logement en diffus du {{CHRS}}, à {{Hyères}}. Éducatrice [[PERSONNE:Ophélie]]. Résidente Mme [[PERSONNE:Samira Haddad]] et ses 3 enfants : [[PERSONNE:Inès]] ([[DATE_NAISSANCE:2014]]), [[PERSONNE:Adam]] ([[DATE_NAISSANCE:2017]]), [[PERSONNE:Lina]] ([[DATE_NAISSANCE:2021]]). On vérifie l'état de l'appart ({{humidité}} chambre du fond), le contrat de séjour du {{10/09/2023}}, l'adresse sur la boîte : [[ADRESSE:Rés. Les Palmiers, appt 23, 6 avenue de la Font des Horts, 83400 Hyères]]. Tout est propre, les gamins font leurs devoirs.",
    ),
    (
        CPAM,
        AT,
        "Appel {{9h31}}, une dame de {{Vallauris}} qui a perdu sa {{carte Vitale}} au {{marché}}. Mme [[PERSONNE:Augier]]. Agent : « date de naissance ? » « [[DATE_NAISSANCE:1929]] » « le jour et le mois ? » « le [[DATE_NAISSANCE:8 avril]] ». « {{95 ans}} madame, bravo ». Elle récite son numéro de sécu par coeur : [[NIR:2 29 04 06 004 011 93]]. Nouvelle carte sous {{3 semaines}}.",
    ),
    (
        CAF,
        AP,
        "Jeune maman, [[PERSONNE:Jessica]], bébé dans le porte-bébé. Vient changer de compte bancaire. L'agent [[PERSONNE:Mehdi]] lui fait dicter l'IBAN : [[IBAN:FR76 1027 8089 1100 0207 7450 133]]. Mail : [[EMAIL:jess.lopez06@gmail.com]]. Bébé née le [[DATE_NAISSANCE:2 mai]], la {{prime à la naissance}} arrive « vers la fin du {{2e mois}} ». elle a l'air épuisée.",
    ),
    (
        CCAS,
        AP,
        "Couple de retraités arméniens, M. et Mme [[PERSONNE:Hakobyan]], pour un {{bon alimentaire}}. Lui montre son {{titre de séjour}} n° [[IDENTIFIANT:0603815724]], né le [[DATE_NAISSANCE:15.05.1948]] à {{Gyumri}}. Ils n'ont pas l'{{ASPA}} (pas {{10 ans}} de séjour avant {{2025}}). L'agente [[PERSONNE:Corinne]] explique en parlant fort et lentement. Le monsieur sourit tout le temps.",
    ),
    (
        URG,
        AT,
        "Appel de la régulation ({{SAMU 06}}) : {{3 arrivées}} annoncées. L'agente note au tableau blanc : {{18h}}, {{18h20}}, {{18h45}}. Pas de nom, juste « {{F 80}} », « {{H 45}} », « enfant 6 ».",
    ),
    (
        FT,
        AP,
        "Senior, M. [[PERSONNE:Pastorelli]], {{62 ans}} (né en [[DATE_NAISSANCE:62]], « comme mon âge, facile »), licencié d'une {{blanchisserie}} à {{Carros}}. Il veut savoir quand il peut partir à la retraite. La conseillère renvoie à la {{Carsat}} pour les {{trimestres}}. ID [[ID_FRANCE_TRAVAIL:0691735M]]. Il repart avec {{3 offres}}, toutes à {{Nice}} : « et je fais comment sans voiture ? »",
    ),
    (
        CHRS,
        AP,
        "Petit déj au {{CHRS}} {{La Halte}}, {{7h30}} : {{22 hébergés}}, {{café}}, {{pain}}, confiture. Un chien, {{Rocky}}, dort sous la table. Règle affichée : sortie avant {{9h}}, retour avant {{18h}}. Personne ne parle.",
    ),
    (
        CAF,
        CSP,
        "Contrôle à {{Beausoleil}}. Allocataire, femme de chambre dans un palace à {{Monaco}}. Mme [[PERSONNE:Rosa Teixeira]], portugaise, née le [[DATE_NAISSANCE:7 juillet 1979]] à {{Braga}}. N° alloc [[N_ALLOCATAIRE:5208846]]. Le contrôleur vérifie les fiches de paie monégasques et le compte monégasque, IBAN [[IBAN:MC58 3000 3091 7000 0514 8322 669]]. Le mari est absent « au {{Brésil}} ». « depuis quand ? » « depuis la {{Toussaint}} ». Il note tout sans commentaire.",
    ),
    (
        CPAM,
        AP,
        "Dame âgée avec sa carte {{Harmonie Mutuelle}}, n° adhérent [[IDENTIFIANT:00481729]]. Sur la carte, les bénéficiaires : « [[PERSONNE:ALBERTINI Jean-Baptiste]] [[DATE_NAISSANCE:12/05/1941]] / [[PERSONNE:ALBERTINI Marie-Dominique]] [[DATE_NAISSANCE:03/09/1947]] ». L'agent tape le NIR de monsieur, [[NIR:1 41 05 2A 004 118 83]] -> « ah, {{Ajaccio}} ! » (il a vu le 2A). Elle : « moi je suis de {{Bastia}}, on se dispute depuis {{1968}} ».",
    ),
    (
        CCAS,
        CSP,
        "Tournée {{portage de repas}} à {{Grasse}} avec le chauffeur du {{CCAS}} : {{12 arrêts}} en {{2h}}. Il connaît tout le monde. « celle-là elle a {{101 ans}} et elle fait encore ses {{mots croisés}} ». Il vérifie le frigo de chacun, jette les barquettes périmées.",
    ),
    (
        URG,
        AP,
        "L'écran ({{DxCare}}) : « [[PERSONNE:MOREL, Huguette]] — DDN [[DATE_NAISSANCE:1938-03-14]] — IPP [[IDENTIFIANT:2004518327]] ». La {{carte Vitale}} lue donne [[NIR:2 38 03 06 088 214 17]]. Elle vient pour une plaie à la jambe, {{86 ans}}, toute seule en {{taxi}}. L'agente lui trouve un fauteuil.",
    ),
    (
        FT,
        AT,
        "Rappel d'une DE pour l'{{AREF}}. Mme [[PERSONNE:Keltoum Aït-Ali]], elle épelle : « [[PERSONNE:A, I tréma, T, tiret, A, L, I]] ». ID [[ID_FRANCE_TRAVAIL:5820417H]], mail [[EMAIL:keltoum.aitali@hotmail.fr]]. Formation {{aide-soignante}} à l'{{IFSI}} de {{Draguignan}}, début le {{4 novembre}}.",
    ),
    (
        CAF,
        AT,
        "M. [[PERSONNE:Trabelsi]] au tél, l'agente relit la composition du foyer : « vous, [[DATE_NAISSANCE:06/11/1980]], madame [[DATE_NAISSANCE:22/01/1983]], [[PERSONNE:Yasmine]] [[DATE_NAISSANCE:2009]], [[PERSONNE:Ilyes]] [[DATE_NAISSANCE:2013]] ». Lui : « et la grand-mère ? elle vit avec nous depuis {{mars}} ». Grand-mère née en [[DATE_NAISSANCE:1944]] en {{Tunisie}} -> changement de situation à déclarer en ligne. N° alloc [[N_ALLOCATAIRE:0926371]].",
    ),
    (
        CHRS,
        AT,
        "{{115}} des {{Alpes-Maritimes}}, {{02h15}} : une femme avec un bébé à la gare {{Nice-Ville}}. L'écoutant, [[PERSONNE:Julien]], demande le nom : [[PERSONNE:Oksana Melnyk]], ukrainienne, arrivée en {{mars 2022}}. Bébé [[PERSONNE:Sofiia]] née le [[DATE_NAISSANCE:19 août]] (« {{4 mois}} »). Mise à l'abri : {{hôtel Ibis Budget, chambre 12}}, un taxi va la chercher.",
    ),
    (
        CPAM,
        AT,
        "{{3646}} saturé, attente annoncée {{15 minutes}}. La conseillère se présente « [[PERSONNE:Sandrine]] » au tél, c'est pas son vrai prénom (consigne de sécurité, m'explique-t-elle). {{38 appels}} le matin, surtout des {{arrêts maladie}} et des {{indemnités journalières}} en retard.",
    ),
]

BATCH_2 = [
    (
        CAF,
        AP,
        "M. [[PERSONNE:Mehmet Yıldız]], {{64 ans}}, ancien maçon à {{Brignoles}}. Problème : sur son kimlik turc « Doğum Tarihi [[DATE_NAISSANCE:14.01.1960]] », sur le titre de séjour et à la {{Caf}} [[DATE_NAISSANCE:01/01/1960]]. T.C. Kimlik No [[IDENTIFIANT:38216457028]]. NIR [[NIR:1 60 01 99 208 093 48]] (le mois de naissance dans le numéro colle avec les deux dates, m'explique l'agente [[PERSONNE:Stéphanie]]). On garde l'état civil du titre. Lui s'en fiche, il veut juste que son {{RSA}} tombe le {{5}}.",
    ),
    (
        URG,
        AP,
        "Amené par sa fille depuis la {{place Garibaldi}}. M. [[PERSONNE:Garibaldi]], {{84 ans}} — « comme la place, oui oui » — malaise au marché du {{cours Saleya}}. La fille donne la date de naissance : « [[DATE_NAISSANCE:3 mars 40]] ». L'agente tape, le logiciel propose 3 homonymes 😅, c'est le 2e. Tension {{9/5}}.",
    ),
    (
        CCAS,
        AT,
        "Lundi matin, {{CCAS}} de {{La Garde}} : {{17 appels}} en {{1h30}}. Presque tous pour le {{repas des aînés}} du {{12 janvier}} salle {{Gérard Philipe}} ({{12h}}, inscription avant le {{20 décembre}}, {{plus de 65 ans}}). Une dame demande si on peut venir avec son {{caniche}}. non.",
    ),
    (
        FT,
        AP,
        "[[PERSONNE:Chloé Vasseur]], {{26 ans}}, {{BTS}} tourisme, cherche sur {{Antibes}} / {{Juan-les-Pins}}. ID [[ID_FRANCE_TRAVAIL:2147690R]]. Conseiller M. [[PERSONNE:Ghazarian]]. Il lui propose une {{PMSMP}} dans un hôtel de {{Cap d'Antibes}}. Elle a mis son insta sur le CV ([[IDENTIFIANT:@chloe_v_travels]]) -> il lui dit gentiment de l'enlever.",
    ),
    (
        CPAM,
        AP,
        "Une dame vient déclarer le décès de son mari : M. [[PERSONNE:Roger Baudin]], né le [[DATE_NAISSANCE:27/06/1939]], décédé le {{2 septembre}} à l'hôpital de {{Fréjus}}. Elle, [[PERSONNE:Paulette]], mariés en {{1961}}, « {{63 ans}} de mariage monsieur ». L'agente [[PERSONNE:Amandine]] explique que la {{pension de réversion}} c'est la {{Carsat}}, pas la {{Cpam}}, et pour le {{capital décès}} c'est pas possible (il était retraité). Mme [[PERSONNE:Baudin]] pleure, l'agente lui tient la main.",
    ),
    (
        CAF,
        CSP,
        "Contrôle {{Toulon}}, {{Pontcarral}}, M. [[PERSONNE:Souleymane Diallo]], n° alloc [[N_ALLOCATAIRE:6631482]], {{RSA}} socle. Le contrôleur a repéré une {{Mercedes}} classe C devant l'entrée, [[IMMATRICULATION:GH-731-PA]]. Monsieur sort la carte grise : au nom de son cousin, [[PERSONNE:Ibrahima Ba]], qui dort là « des fois ». Contrôleur note « hébergement d'un tiers à préciser ». ambiance tendue mais poli",
    ),
    (
        URG,
        AT,
        "Appel d'un monsieur de {{Vintimille}}, son père serait arrivé aux urgences de {{Menton}} cette nuit. Il donne le {{codice fiscale}} : [[IDENTIFIANT:FRRLGU40L05L741M]], l'agente ne sait pas quoi en faire. Puis « [[PERSONNE:Luigi Ferrero]], nato il [[DATE_NAISSANCE:5 luglio 1940]] ». Trouvé. Elle demande un numéro : [[TELEPHONE:+39 347 812 6690]]. Tout en franco-italien, ça marche.",
    ),
    (
        CHRS,
        CSP,
        "Visite de nuit avec l'équipe du {{CHRS}} dans les appartements partagés de {{La Valette-du-Var}} : {{3 apparts}}, {{11 résidents}}. Un détecteur de fumée démonté, la coordinatrice le remonte sans rien dire. Couvre-feu {{23h}}. On repart à {{0h40}}.",
    ),
    (
        FT,
        AT,
        "La conseillère appelle une DE de {{58 ans}} pour l'{{atelier seniors}} du {{mardi 19}}. Mme [[PERSONNE:Fatiha Meziane]], ID [[ID_FRANCE_TRAVAIL:6603218J]]. Elle peut pas, elle garde ses petits-enfants le mardi. Report au {{26}}. Confirmation envoyée à [[EMAIL:fatiha.meziane@orange.fr]].",
    ),
    (
        CCAS,
        AP,
        "Domiciliation. Homme à la rue, dit s'appeler [[PERSONNE:Jean-Claude]], né « [[DATE_NAISSANCE:juin cinquante-sept]] je crois ». L'agent le retrouve dans le logiciel : [[PERSONNE:Jean-Claude Giordano]], né le [[DATE_NAISSANCE:21/06/1957]] à {{Marseille}}. Nouvelle attestation d'élection de domicile, valable {{1 an}}, jusqu'au {{14/10/2025}}. Il demande s'il a du courrier : {{2 lettres}}, une de la {{Carsat}}.",
    ),
    (
        CAF,
        AT,
        "etudiante a {{Sophia Antipolis}}, [[PERSONNE:Léa]], appel pr l'{{APL}} de sa chambre {{CROUS}}. num alloc [[N_ALLOCATAIRE:2290475]]. pb : l'attestation de loyer pas envoyée par le bailleur -> l'agent lui dit de relancer le {{CROUS}}, elle soupire tres fort. {{4 min}}",
    ),
    (
        URG,
        AP,
        "Box {{4}} : {{3 brancards}} dans le couloir depuis {{6h}}. Une aide-soignante me dit qu'ils ont fait {{180 passages}} hier. La {{fontaine à eau}} est en panne depuis {{lundi}}.",
    ),
    (
        CPAM,
        CSP,
        "Vérif de résidence pour une demande d'{{AME}}. Adresse déclarée : [[ADRESSE:23 rue de la République, 06300 Nice]], chez un hébergeant, M. [[PERSONNE:Kacem Rahmani]]. Le demandeur, [[PERSONNE:Aziz]], dort sur le canapé du salon. Il montre son passeport marocain n° [[IDENTIFIANT:TK4821937]], né le [[DATE_NAISSANCE:12 septembre 1963]]. Mme [[PERSONNE:Pons]] (l'agente) coche « présence constatée ». {{15 min}}, thé à la menthe.",
    ),
    (
        CHRS,
        AP,
        "Entretien d'admission, {{CHRS}} {{Nice}} nord ({{Las Planas}}). Mme [[PERSONNE:Nadejda Popescu]], roumaine, {{67 ans}}, dort dans un {{abribus}} à {{Saint-Isidore}} depuis {{août}}. Carte d'identité roumaine : née le [[DATE_NAISSANCE:18 mars 1957]], CNP [[IDENTIFIANT:2570318400173]]. Elle a travaillé {{12 ans}} chez des particuliers à {{Monaco}} sans être déclarée. L'éducateur, [[PERSONNE:Rachid]], lui promet un lit pour {{lundi}}.",
    ),
    (
        FT,
        AP,
        "M. [[PERSONNE:Salvatore Russo]], {{59 ans}}, maçon, italien, installé à {{Menton}} depuis {{2010}}. Carta d'identità : « nato il [[DATE_NAISSANCE:02/11/1964]] a {{Napoli}} ». Il dit « j'ai {{60 ans}} bientôt, qui va me prendre ». La conseillère [[PERSONNE:Aurélie]] met à jour le tél : [[TELEPHONE:+39 328 441 07 92]] (puce italienne, c'est moins cher). ID [[ID_FRANCE_TRAVAIL:1975034T]].",
    ),
    (
        CCAS,
        CSP,
        "Visite pour une {{aide ménagère}}, couple très âgé à {{Saint-Raphaël}}, [[ADRESSE:18 boulevard Félix Martin, 83700 Saint-Raphaël]]. Elle, [[PERSONNE:Odette Verdier]], « née le [[DATE_NAISSANCE:12 mai 1927]], l'année de {{Lindbergh}} ». Lui, [[PERSONNE:Marcel]], « il est de [[DATE_NAISSANCE:25]] », {{99 ans}}, sourd, regarde {{Questions pour un champion}}. Mariés depuis {{1948}}. Pension de monsieur {{1 240 €}}, madame {{610 €}}. L'AS remplit le dossier sur ses genoux.",
    ),
    (
        CPAM,
        AT,
        "M. [[PERSONNE:Loïc Le Bihan]], marin à la {{base navale}} de {{Toulon}}, veut changer son RIB. Il commence à dicter [[IBAN:FR76 3000 4008 1500 0104 8233 752]] — l'agent le coupe : « ça se fait dans votre {{compte Ameli}}, pas au téléphone ». Il insiste, l'agent tient bon. {{7 minutes}}",
    ),
    (
        CAF,
        AP,
        "Mme [[PERSONNE:Ginette Sanchez]], {{74 ans}}, pour l'{{ALS}}. Carte d'identité ancien modèle, plastifiée, jaunie : « Né(e) le : [[DATE_NAISSANCE:08.03.1950]] à {{ORAN}} ({{ALGÉRIE}}) ». Arrivée en {{juin 1962}} « avec une valise ». Loyer {{540 €}} pour un {{2 pièces}} à {{La Seyne}}. L'agent [[PERSONNE:Bruno]] fait la simulation : {{187 €}}/mois.",
    ),
    (
        FT,
        AT,
        "Réunion d'équipe de la plateforme tél, {{8h45}}. Consignes pour le {{Salon de l'emploi}} du {{jeudi 21 novembre}} au {{Palais Neptune}} ({{Toulon}}) : {{40 entreprises}}, dont {{Naval Group}}. Les lignes ouvrent à {{9h}}. {{5 conseillers}} sur {{8}} présents (grippe).",
    ),
    (
        CHRS,
        AT,
        "{{115}} {{Var}}. Une assistante sociale de {{Var Habitat}} appelle pour une dame expulsée ce matin : Mme [[PERSONNE:Yvette Chabert]], {{79 ans}}, DN [[DATE_NAISSANCE:10/10/1944]], réf locataire [[IDENTIFIANT:VH-0831227]]. Elle est assise dans le hall avec {{2 valises}} et son chat {{Minou}}. L'écoutante : « le chat c'est compliqué ». Solution {{hôtel}} pour {{3 nuits}}.",
    ),
    (
        URG,
        AP,
        "{{1h10}}, jeune homme amené par la {{police municipale}}, alcoolisé, refuse de donner son nom. Son pote, « [[PERSONNE:Titi]] », finit par le dire : [[PERSONNE:Kevin Maurel]], {{22 ans}}. [[PERSONNE:Kevin]] vomit dans le sas. L'agent soupire « 3e ce soir ».",
    ),
    (
        CPAM,
        AP,
        "La borne {{Ameli}} est en panne. {{9 personnes}} attendent, l'agent fait le tour avec une tablette. Affiche : « accueil fermé le {{1er novembre}} et le {{11 novembre}} ». Un monsieur : « et le {{pont}} ? » pas de pont.",
    ),
    (
        CAF,
        CSP,
        "Contrôle dans le quartier des {{Moulins}} ({{Nice}}), foyer à 3 générations. Composition à vérifier : M. [[PERSONNE:Ahmed Belkacem]] ([[DATE_NAISSANCE:1971]]), sa femme [[PERSONNE:Nora]] ([[DATE_NAISSANCE:1975]]), leur fils [[PERSONNE:Rayan]] ([[DATE_NAISSANCE:2003]], « il travaille, il compte plus »), et la mère de monsieur, Mme [[PERSONNE:Zohra Belkacem]], née le [[DATE_NAISSANCE:1er décembre 1939]] en {{Algérie}}, NIR [[NIR:2 39 12 99 352 146 31]]. [[ADRESSE:bât. 4, 21 boulevard Paul Montel, 06200 Nice]]. N° alloc [[N_ALLOCATAIRE:7745120]]. La grand-mère nous sert des makrouts.",
    ),
    (
        CCAS,
        AT,
        "Appel d'une voisine inquiète : Mme [[PERSONNE:Rose Blanc]], {{87 ans}}, ne répond plus depuis {{dimanche}}, volets fermés, [[ADRESSE:9 rue des Roses, Le Cannet]]. L'agente appelle la {{police municipale}} et la fille (n° dans le registre : [[TELEPHONE:06 71 20 48 95]]). Rappel {{40 min}} après : Mme [[PERSONNE:Blanc]] était chez sa fille à {{Mougins}}. Ouf.",
    ),
    (
        FT,
        AP,
        "Mise à jour du dossier de M. [[PERSONNE:Nguyen Van Long]]. L'écran affiche date de naissance [[DATE_NAISSANCE:30/02/1966]] !! Impossible, la conseillère rigole. Il sort sa carte : [[DATE_NAISSANCE:20/02/1966]]. Corrigé. Il cherche dans la restauration, {{58 ans}}, {{30 ans}} de métier au {{Vieux-Nice}}.",
    ),
    (
        URG,
        AT,
        "Une femme appelle : son mari est parti tout seul en voiture aux urgences avec une douleur au bras. Elle donne la plaque « [[IMMATRICULATION:EW-905-RZ]], une {{Clio}} grise » (l'agente ne peut pas vérifier le parking). Elle cherche par nom : [[PERSONNE:Hervé Lambert]], né en [[DATE_NAISSANCE:1958]] -> enregistré il y a {{40 min}}, il est en {{salle de déchocage}}. On la rassure sans détail.",
    ),
    (
        CAF,
        AT,
        "Un fils appelle pour sa mère, {{92 ans}}, qui a reçu un courrier d'indu. L'agent ne peut parler qu'à l'allocataire -> la mère prend le tél : « [[PERSONNE:Marguerite Olivieri]], née le [[DATE_NAISSANCE:deux septembre trente-deux]] ». Indu de {{312 €}} à rembourser avant le {{15/12}}. Plan d'apurement à {{20 €}} par mois.",
    ),
    (
        CHRS,
        AP,
        "Atelier cuisine au {{CHRS}}, {{tajine}} pour {{8 participants}}. Une résidente appelle la {{coriandre}} « persil arabe », débat de 10 min. Ça sent bon dans tout le couloir.",
    ),
    (
        CPAM,
        AP,
        "Jeune papa, M. [[PERSONNE:Julien Carles]], vient rattacher son fils à sa {{carte Vitale}}. Fils : [[PERSONNE:Nolan]], né le [[DATE_NAISSANCE:03/03/2024]] à la {{maternité}} de {{Cannes}}. NIR du papa : [[NIR:1 85 04 06 029 331 15]]. L'agente [[PERSONNE:Myriam]] scanne l'acte de naissance, {{4 min}} chrono.",
    ),
    (
        CCAS,
        CSP,
        "Enquête sociale pour une {{aide financière}}, appart {{HLM}} à {{L'Ariane}}. Frigo vide sauf des {{yaourts}}. L'AS note « situation à présenter en commission du {{28}} ». Ils ont {{3 enfants}}, le plus petit dort sur un matelas par terre.",
    ),
    (
        FT,
        AT,
        "Appel de M. [[PERSONNE:Gilbert Fabre]], {{62 ans}}, ID [[ID_FRANCE_TRAVAIL:4081257P]], pour sa fin de droits. La conseillère vérifie : « vous êtes né le [[DATE_NAISSANCE:14 février 1962]] ? » « non, le [[DATE_NAISSANCE:14 avril]] ! » -> erreur de saisie depuis {{2019}}, ça change sa date de départ en retraite. Ticket envoyé au service {{indemnisation}}.",
    ),
    (
        URG,
        AP,
        "Grand-mère comorienne, Mme [[PERSONNE:Mariama Said]], accompagnée de son petit-fils qui traduit. Titre de séjour : « née vers [[DATE_NAISSANCE:1950]] », le logiciel exige un jour et un mois -> l'agente met le [[DATE_NAISSANCE:01/01]] par défaut. Douleurs abdominales depuis {{3 jours}}.",
    ),
    (
        CAF,
        AP,
        "M. [[PERSONNE:Sofiane Hamidi]] donne son mail pour recevoir les notifs : [[EMAIL:sofiane.hamidi [at] laposte.net]] (il l'écrit comme ça sur le formulaire « pour les robots »). L'agente [[PERSONNE:Carole]] recopie en vrai. {{prime d'activité}} recalculée : {{214 €}}.",
    ),
    (
        CPAM,
        AT,
        "Mme [[PERSONNE:Sylvie Roux-Bernard]], {{66 ans}}, de {{Hyères}}, appelle pour son {{ALD}} qui expire le {{31/01}}. NIR [[NIR:2 58 11 83 069 352 40]]. L'agent [[PERSONNE:Jordan]] voit que le {{protocole de soins}} a été envoyé par le médecin le {{3 décembre}}, il faut juste attendre. Elle : « et si je tombe malade entre-temps ? ».",
    ),
    (
        CHRS,
        CSP,
        "Contrôle de présence dans un hôtel (nuitées {{115}}) à {{Cannes La Bocca}}. Famille [[PERSONNE:Gashi]] (kosovars) : {{hôtel Le Provençal, chambre 8}}, 4 personnes dans 14 m². Les enfants, [[PERSONNE:Arben]] ({{9 ans}}) et [[PERSONNE:Drita]] ({{6 ans}}), font leurs devoirs sur le lit. Le père montre l'attestation {{SIAO}}. RAS.",
    ),
]

BATCH_3 = [
    (
        CAF,
        AP,
        "Mrs [[PERSONNE:Margaret Ashworth]], {{75 ans}}, veuve, anglaise, vit à {{Mougins}} depuis {{2008}}. Demande d'{{APL}} après le décès de son mari [[PERSONNE:Derek]] (en {{2021}}). Passeport : « Date of birth / Date de naissance [[DATE_NAISSANCE:02 JUN /JUIN 49]] ». NIR [[NIR:2 49 06 99 132 017 63]]. RIB {{Crédit Agricole}} : [[IBAN:FR76 1910 6008 4243 6125 7891 082]]. L'agent [[PERSONNE:Mehdi]] parle anglais mieux que moi.",
    ),
    (
        FT,
        AT,
        "[[PERSONNE:Dylan Moreira]] appelle, {{20 ans}}, ID [[ID_FRANCE_TRAVAIL:7734609X]]. Il a eu son {{permis}} le {{12 mars}} et veut le financement du {{CACES}}. La conseillère : « envoyez-moi tout par mail » -> il épelle le sien : [[EMAIL:dylan.moreira83@gmail.com]]. « c'est [[PERSONNE:moreira]] avec un seul R ? » « deux ». lol",
    ),
    (
        URG,
        AP,
        "Une mamie, {{87 ans}}, arrive avec son classeur : toutes les ordonnances + une fiche « mes infos » écrite à la main :\n- [[PERSONNE:Simone Ricci]]\n- née le [[DATE_NAISSANCE:24-12-1936]] (le soir de {{Noël}} !)\n- groupe {{A+}}\n- Dr [[PERSONNE:Mattei]] [[TELEPHONE:04 93 62 18 40]]\nL'agente : « si tout le monde faisait ça… ».",
    ),
    (
        CCAS,
        AP,
        "L'{{épicerie sociale}} du {{CCAS}} ouvre à {{14h}}. {{27 familles}} inscrites cette semaine. Panneau : « {{lait}} limité à {{2 litres}} par foyer ». Il n'y a plus de {{café}} depuis {{mardi}}.",
    ),
    (
        CPAM,
        AP,
        "Couple de retraités britanniques installés à {{Lorgues}}, formulaire {{S1}}. M. [[PERSONNE:Nigel Pearce]] (DOB [[DATE_NAISSANCE:11 NOV 52]]) et Mrs [[PERSONNE:Jane Pearce]] ([[DATE_NAISSANCE:30 JAN 54]]). Depuis le {{Brexit}} c'est « a nightmare ». L'agent, [[PERSONNE:Fabien]], parle un anglais de lycée, ça passe. Mail pour la suite : [[EMAIL:nigel.pearce@btinternet.com]].",
    ),
    (
        CHRS,
        AT,
        "{{115}} {{Var}}, {{19h05}}. [[PERSONNE:Sandra Lopes]], {{44 ans}}, vit dans un {{mobil-home}} au [[ADRESSE:camping Les Oliviers, emplacement 47]], à {{Fréjus}}. Le gérant veut qu'elle parte le {{31 octobre}}, fin de saison. Elle rappellera ce jour-là. Tél : [[TELEPHONE:07 81 34 56 02]].",
    ),
    (
        CAF,
        AT,
        "Serveur vocal, {{12 min}} d'attente. La plateforme prend le {{06}} et le {{83}}. En {{1h}} : appels d'{{Antibes}}, {{Hyères}}, {{Saint-Maximin}}, {{Contes}}… L'agente a {{3 écrans}}, un pour les consignes du jour.",
    ),
    (
        URG,
        AP,
        "Urgences pédiatriques, {{Lenval}}. [[PERSONNE:Lucas]], {{4 ans}}, a avalé une pièce de {{2 €}}. Carnet de santé : né le [[DATE_NAISSANCE:17/08/2020]]. Maman, [[PERSONNE:Priscilla Mendy]], tend sa carte {{MGEN}}, n° [[IDENTIFIANT:2750418832]]. Radio : la pièce est dans l'estomac, « elle va sortir toute seule ».",
    ),
    (
        FT,
        AP,
        "Mme [[PERSONNE:Anna Kowalczyk]], polonaise, {{61 ans}}, aide à domicile à l'{{ADMR}} jusqu'en {{septembre}}. Passeport : « Data urodzenia / Date of birth [[DATE_NAISSANCE:09.08.1963]] ». ID [[ID_FRANCE_TRAVAIL:3326851D]]. Elle a mal au dos, ne veut plus faire de toilettes. La conseillère parle de {{reconversion}}, elle rit.",
    ),
    (
        CCAS,
        CSP,
        "Visite pour un dossier {{aide sociale à l'hébergement}}. Mme [[PERSONNE:Jeanne Isnard]], {{96 ans}}, à {{Vence}}, [[ADRESSE:412 chemin de la Sine, 06140 Vence]]. Sa nièce a tout préparé. Acte de naissance : « née le [[DATE_NAISSANCE:vingt-neuf février mil neuf cent vingt-huit]] » -> « elle n'a eu que 24 anniversaires » dit la nièce. Entrée à l'{{EHPAD La Bastide}} prévue le {{2 décembre}}.",
    ),
    (
        CAF,
        CSP,
        "Contrôle d'une auto-entrepreneuse, Mme [[PERSONNE:Elodie Marchetti]], esthéticienne à domicile. Son SIRET perso : [[IDENTIFIANT:812 447 219 00018]]. Le contrôleur compare le {{chiffre d'affaires}} déclaré à l'{{URSSAF}} et à la {{prime d'activité}}. N° alloc [[N_ALLOCATAIRE:0384619]]. Sa voiture avec le logo « {{Élo Beauté}} » : [[IMMATRICULATION:FT-482-KN]]. Écart de {{1 800 €}} sur le trimestre, elle dit qu'elle a oublié.",
    ),
    (
        CPAM,
        CSP,
        "Le service contrôle a {{14 visites}} prévues cette semaine sur la {{Dracénie}}. Voiture de service : une {{Dacia Sandero}} blanche sans logo. L'agent : « on ne prévient jamais ». {{3 absents}} sur {{5}} ce matin.",
    ),
    (
        CHRS,
        AP,
        "M. [[PERSONNE:Armen Petrossian]], {{70 ans}}, réfugié, suivi au {{CHRS}} depuis {{2022}}. Il garde son vieux passeport soviétique (CCCP) : né le [[DATE_NAISSANCE:3.VII.1954]], chiffres romains pour le mois, l'éducatrice n'avait jamais vu. Carte de réfugié, n° {{OFPRA}} [[IDENTIFIANT:1190457]]. Il veut aller à l'{{église arménienne}} de {{Nice}} dimanche.",
    ),
    (
        FT,
        AT,
        "Mme [[PERSONNE:Kadri]] conteste sa radiation : elle avait un RDV le {{lundi 7}} à {{10h}} à l'agence de {{Nice Saint-Roch}}, elle était hospitalisée. ID [[ID_FRANCE_TRAVAIL:0915472F]]. La conseillère demande le bulletin d'hospitalisation par mail et un numéro de rappel : [[TELEPHONE:06 58 03 77 14]].",
    ),
    (
        URG,
        AT,
        "Un hôtel de la {{Croisette}} appelle pour un client qui a mal au ventre, veut savoir s'il peut « venir direct ». L'agente : « appelez le {{15}} ». Elle raccroche, hausse les épaules.",
    ),
    (
        CAF,
        AP,
        "Dame âgée, ne se souvient plus de son n° alloc. L'agente cherche par nom + date : « [[PERSONNE:Dubois]]… épouse [[PERSONNE:Rinaldi]], [[DATE_NAISSANCE:mars 42]] ». L'écran trouve : née le [[DATE_NAISSANCE:17 mars 1942]]. Numéro : [[N_ALLOCATAIRE:8052637]], l'agente l'écrit sur un post-it, la dame le met dans son porte-monnaie.",
    ),
    (
        CCAS,
        AT,
        "Inscriptions pour le voyage des seniors à {{Sanremo}} le {{15 mai}}. Mme [[PERSONNE:Huguette Bellone]] inscrit son mari et elle : « lui [[DATE_NAISSANCE:1941]], moi [[DATE_NAISSANCE:1944]] ». Tarif {{18 €}} par personne. L'agente : « pensez à votre carte d'identité, valide hein ».",
    ),
    (
        CPAM,
        AT,
        "M. [[PERSONNE:Karim Jaziri]], {{34 ans}}, part en {{Tunisie}} voir sa famille, veut une {{carte européenne}}. L'agent lui explique que ça marche pas hors {{UE}}. NIR [[NIR:1 90 03 99 351 077 59]]. Il rit « je suis né là-bas et je serai pas remboursé là-bas ».",
    ),
    (
        FT,
        AP,
        "Agence de {{Cagnes-sur-Mer}} : {{3 ordinateurs}} en libre-service, {{1}} seul marche. {{8 personnes}} à {{9h}} à l'ouverture. Un service civique aide un monsieur à scanner son {{CV}} avec son téléphone.",
    ),
    (
        URG,
        AP,
        "Touriste italienne, Sig.ra [[PERSONNE:Maria Grazia Colombo]], {{78 ans}}, tombée dans les escaliers à {{Èze}}. Tessera sanitaria, codice fiscale [[IDENTIFIANT:CLMMGR46A52F205X]]. Son mari donne la date : « [[DATE_NAISSANCE:dodici gennaio quarantasei]] ». L'agente comprend « [[DATE_NAISSANCE:douze janvier]] », tape [[DATE_NAISSANCE:12/01/1946]].",
    ),
    (
        CHRS,
        CSP,
        "Visite chez M. [[PERSONNE:Hocine]], {{66 ans}}, ancien docker, studio en diffus à {{La Seyne}}. « J'ai 66 ans aujourd'hui, le [[DATE_NAISSANCE:7 novembre]] ». L'éducatrice avait apporté un {{gâteau}} (elle savait). Sur le balcon un {{olivier}} en pot, « mon pays ». On reste {{1h}}.",
    ),
    (
        CAF,
        AT,
        "La fille appelle pour sa mère qui part en {{résidence autonomie}} à {{Saint-Laurent-du-Var}}. Mère : [[PERSONNE:Giuseppina Bianchi]], née le [[DATE_NAISSANCE:23 novembre 1936]] à {{Cuneo}}, NIR [[NIR:2 36 11 99 127 031 43]]. La fille, [[PERSONNE:Franca]], veut savoir si l'{{ALS}} suit. Oui, nouvelle demande avec la date d'entrée, le {{1er février}}.",
    ),
    (
        CPAM,
        AP,
        "Mme [[PERSONNE:Aïcha Bensaïd]] dépose un RIB papier pour ses remboursements : [[IBAN:FR76 1382 5002 0008 0045 1923 375]]. L'agent le scanne, lui rend. Elle demande aussi pour son fils de {{17 ans}}, « il peut avoir sa carte à lui ? » -> oui à partir de {{16 ans}}.",
    ),
    (
        FT,
        AP,
        "Atelier « {{55 ans et +}} », {{7 participants}}. Tour de table : « [[PERSONNE:Bernard]], {{63 ans}}, ancien commercial chez {{Orange}} » ; « [[PERSONNE:Josette]], née en [[DATE_NAISSANCE:1965]], pardon, {{59 ans}} » ; « [[PERSONNE:Farid]], {{57}}, cariste ». La conseillère : « on ne dit pas son âge en entretien ». Tout le monde rit.",
    ),
    (
        CCAS,
        CSP,
        "Visite au parking de la zone industrielle de {{Carros}} : M. [[PERSONNE:Gérard Lombardo]], {{68 ans}}, vit dans un {{camping-car}} immatriculé [[IMMATRICULATION:412 ADX 06]] (ancienne plaque). L'AS lui propose une domiciliation et le {{FSL}}. Il refuse le foyer : « j'ai ma liberté ».",
    ),
    (
        URG,
        AT,
        "L'infirmière d'un {{EHPAD}} de {{Hyères}} appelle pour un transfert, elle dicte : « Mme [[PERSONNE:Albertine Gras]], née le [[DATE_NAISSANCE:seize octobre vingt-neuf]], {{95 ans}}, {{GIR 2}}, chute, suspicion col du fémur ». L'agente écrit en abrégé : « F 95 ans, FCF ? ».",
    ),
    (
        CAF,
        CSP,
        "Contrôle {{ASF}} à {{Sainte-Maxime}}, [[ADRESSE:3 traverse des Pêcheurs, 83120 Sainte-Maxime]]. Mme [[PERSONNE:Kenza Amrani]] et sa fille [[PERSONNE:Maya]], née le [[DATE_NAISSANCE:9 avril 2018]]. Le père, M. [[PERSONNE:Rossi]], est parti en {{2020}}, ne paie rien. N° alloc [[N_ALLOCATAIRE:4178253]]. La petite me montre son dessin d'un {{dauphin}}.",
    ),
    (
        CHRS,
        AT,
        "{{115}} {{06}}, soirée : {{62 appels}} entre {{18h}} et {{22h}}, {{9 mises à l'abri}}. Plan {{Grand Froid}} déclenché depuis le {{4 janvier}}. Le chef d'équipe a tout au tableau blanc, pas de noms, juste des initiales qu'il efface à la fin.",
    ),
    (
        FT,
        AT,
        "La conseillère rappelle M. [[PERSONNE:Kevin O'Brien]] (né à {{Dublin}}) : sa date de naissance diffère entre {{France Travail}} et la {{Cnav}} : « [[DATE_NAISSANCE:05/12/1970]] chez nous, [[DATE_NAISSANCE:12/05/1970]] chez eux ». Format anglais jour/mois ! ID [[ID_FRANCE_TRAVAIL:5490326L]]. Ticket ouvert.",
    ),
    (
        CPAM,
        CSP,
        "Visite chez un assuré en arrêt long, M. [[PERSONNE:Fabrice Peyrot]], {{51 ans}}, à {{Gréolières}} ({{45 min}} de route). Il vit avec sa mère, {{83 ans}}, « née le [[DATE_NAISSANCE:1er avril 41]], c'est pas une blague ». Présent, béquilles, RAS. Vue sur les montagnes, l'agent : « ici au moins ils sont là ».",
    ),
    (
        CCAS,
        AP,
        "Demande de carte de bus gratuite {{Lignes d'Azur}} pour les {{plus de 65 ans}}. Mme [[PERSONNE:Yolande Castelli]] tend sa carte d'identité. L'agente : « vous êtes de [[DATE_NAISSANCE:58]], c'est bon ». Carte valable jusqu'au {{31/12/2026}}. Photo prise sur place avec une webcam qui date de {{2010}}.",
    ),
    (
        CAF,
        AP,
        "Couple vient déclarer une séparation. M. [[PERSONNE:Anthony Girard]] quitte le logement le {{1er du mois}}, madame garde l'appart, [[ADRESSE:Résidence Les Pins, bât. C, 5 avenue Pierre Sémard, 83000 Toulon]]. Nouveau tél de monsieur : [[TELEPHONE:06 33 18 92 40]]. Ils ne se regardent pas. L'agent fait vite.",
    ),
    (
        URG,
        AP,
        "{{8h}}, changement d'équipe. Transmissions au comptoir : « box 3 la dame de {{90 ans}} de l'{{EHPAD}}, box 5 fracture poignet, box 7 on attend le psy ». Pas un seul nom prononcé.",
    ),
    (
        FT,
        AP,
        "[[PERSONNE:Moussa Konaté]], {{31 ans}}, chauffeur poids lourd. Son {{permis C}} expire le {{3 juillet}}, il faut refaire la {{FIMO}}. ID [[ID_FRANCE_TRAVAIL:2681903W]], mail [[EMAIL:moussa.konate@yahoo.fr]]. La conseillère trouve une session à {{Brignoles}} en {{février}}.",
    ),
    (
        CPAM,
        AT,
        "M. [[PERSONNE:Joaquim Ferreira]], de {{Cogolin}}, pour des {{soins dentaires}}. Il donne « mon numéro » : [[NIR:1 55 07 99 139 208 16]]. Question de sécurité de l'agente : « vous êtes né au {{Portugal}} en [[DATE_NAISSANCE:juillet 55]] ? » « oui madame, à {{Braga}} ». Devis {{1 200 €}}, reste à charge à voir avec la mutuelle.",
    ),
]

BATCH_4 = [
    (
        CAF,
        AP,
        "Mme [[PERSONNE:Fatoumata Camara]] change de banque, nouveau RIB {{La Banque Postale}} : [[IBAN:FR25 2004 1010 0812 3456 7W02 916]]. Elle croit que la lettre au milieu du numéro est une erreur, l'agente la rassure. N° alloc [[N_ALLOCATAIRE:3390164]]. Sa fille [[PERSONNE:Awa]], {{6 ans}}, dessine sur un formulaire vierge.",
    ),
    (
        URG,
        AP,
        "Mme [[PERSONNE:Fatma Demir]], {{71 ans}}, amenée par son fils. Vieux livret turc : « Doğum Tarihi [[DATE_NAISSANCE:01.07.1953]] ». Le fils : « en vrai elle est née en hiver, mais au village on l'a déclarée l'été ». L'agent de sécurité passe : « à qui la voiture [[IMMATRICULATION:34 HBK 218]] sur la place ambulance ? » -> le fils court.",
    ),
    (
        FT,
        AT,
        "[[PERSONNE:Laurine Pagès]], ID [[ID_FRANCE_TRAVAIL:8017245C]], veut changer d'adresse mail. Elle dicte : « [[EMAIL:laurine point pages arobase gmail point com]] ». La conseillère relit lettre par lettre. {{3 min}}.",
    ),
    (
        CCAS,
        AP,
        "Mme [[PERSONNE:Henriette Audibert]], {{89 ans}}, vient pour un justificatif. L'agente lit sa carte : née le [[DATE_NAISSANCE:3 août 1935]] à {{Toulon}}. Mais l'écran dit [[DATE_NAISSANCE:03/08/1953]]. Faute de frappe. La dame : « j'aurais bien aimé avoir {{71 ans}} ! ». Tout le monde rit, l'agente corrige.",
    ),
    (
        CPAM,
        AT,
        "{{3646}}, pic d'appels le {{lundi}} de {{9h}} à {{12h}}. Script affiché : « Bonjour, {{Assurance Maladie}} du {{Var}}, que puis-je pour vous ? ». Sur {{20 appels}} écoutés, {{12}} pour des {{indemnités journalières}}. Aucun merci.",
    ),
    (
        CHRS,
        AP,
        "Admission famille [[PERSONNE:Rahimi]], afghane. Titres de séjour : le père, [[PERSONNE:Ahmad]], né le [[DATE_NAISSANCE:01/01/1979]] ; la mère, [[PERSONNE:Zahra]], [[DATE_NAISSANCE:01/01/1985]] ; les 2 grands aussi au [[DATE_NAISSANCE:1er janvier]] ; le petit dernier né à {{Nice}} le [[DATE_NAISSANCE:14 février 2023]]. L'éduc : « c'est la date par défaut, ils ne fêtent pas les anniversaires ».",
    ),
    (
        CAF,
        CSP,
        "Contrôle à {{Cannes}} ({{Ranguin}}). M. [[PERSONNE:Yassine Cherif]], déclaré sans ressources, n° alloc [[N_ALLOCATAIRE:1167288]]. Devant : une {{BMW}} série 1, [[IMMATRICULATION:FS 218 LK]], au nom de sa mère dit-il. Relevés du compte [[IBAN:FR76 3000 3019 6000 0506 7124 449]] : virements de {{300 €}} chaque mois d'un « [[PERSONNE:K. Cherif]] » (son frère). Le contrôleur demande les {{12 derniers mois}}.",
    ),
    (
        URG,
        AT,
        "Une dame anglaise cherche son mari, [[PERSONNE:Colin Whitaker]]. L'agente demande la date de naissance, réponse : « the [[DATE_NAISSANCE:fourth of May, nineteen forty-seven]] ». L'agente écrit « [[DATE_NAISSANCE:4/5/47]] » sur un post-it, cherche, trouve : en {{UHCD}}. « he is ok, madame ».",
    ),
    (
        FT,
        AP,
        "Job dating saisonniers, {{10h-13h}} : {{45 candidats}}, {{6 recruteurs}} ({{Groupe Barrière}}, un camping de {{Ramatuelle}}, deux restos de {{Juan-les-Pins}}…). File jusque dans la rue. Les conseillers distribuent des numéros.",
    ),
    (
        CCAS,
        CSP,
        "Installation de la {{téléassistance}} chez M. [[PERSONNE:Émile Roustan]], {{94 ans}}, [[ADRESSE:6 chemin de la Reppe, 83190 Ollioules]]. Fiche : « DN [[DATE_NAISSANCE:1930]] », le jour il sait plus, sa fille au tél : « le [[DATE_NAISSANCE:12 septembre]] ». Contacts : la fille, [[PERSONNE:Martine]], [[TELEPHONE:06 20 94 11 57]] ; le voisin, M. [[PERSONNE:Abadie]], [[TELEPHONE:04 94 63 28 09]]. Test du bouton : ça sonne à la centrale de {{Marseille}}.",
    ),
    (
        CPAM,
        AP,
        "M. [[PERSONNE:Tiago Martins]] vient pour ses {{IJ}} pas versées. Son compte {{Ameli}} a encore l'ancien RIB. Il montre le nouveau sur son tél : [[IBAN:FR76 1660 7000 4120 2198 3651 287]]. L'agente [[PERSONNE:Nadège]] lui fait faire la modif lui-même sur la borne, « comme ça vous saurez ».",
    ),
    (
        CAF,
        AT,
        "Un papa appelle pour déclarer des jumeaux : « nés le [[DATE_NAISSANCE:28 octobre]] à {{Lenval}}… euh non à l'{{Archet}} ». [[PERSONNE:Liam]] et [[PERSONNE:Noah]]. Lui : [[PERSONNE:Rémi Baptistin]], n° alloc [[N_ALLOCATAIRE:5521930]]. L'agent le félicite, il a la voix de quelqu'un qui n'a pas dormi depuis {{3 jours}}.",
    ),
    (
        CHRS,
        CSP,
        "Visite d'un studio en diffus à {{Draguignan}}. Résident : [[PERSONNE:Steve]], {{35 ans}}, sorti de détention en {{juin}}. Un chat, {{Pirate}}, un seul œil. Frigo ok, factures ok. L'éducateur vérifie le détecteur de fumée. [[PERSONNE:Steve]] a trouvé un {{CDD}} dans les {{vignes}}.",
    ),
    (
        FT,
        AT,
        "La conseillère appelle M. [[PERSONNE:Daniel Cauvin]], {{64 ans}}, fin de droits dans {{2 mois}}. « Vous êtes né en [[DATE_NAISSANCE:1960]], il faut voir avec la {{Carsat}} pour la retraite ». ID [[ID_FRANCE_TRAVAIL:6129540N]]. Il dit qu'il a déjà appelé {{4 fois}}.",
    ),
    (
        URG,
        AP,
        "{{Ambulances du Littoral}} déposent M. [[PERSONNE:Mickaël Dos Santos]], accident de scooter sur la {{RN98}}. Les policiers passent donner la plaque du scooter, [[IMMATRICULATION:GK-052-TH]], pour le constat. Il demande surtout si son téléphone est cassé.",
    ),
    (
        CCAS,
        AT,
        "Standard du {{CCAS}} de {{Toulon}} : l'agent donne les horaires {{15 fois}} dans la matinée. {{8h30-12h}} / {{13h30-16h30}}, fermé le {{jeudi après-midi}}. Il a pensé à enregistrer un message, « mais faut une autorisation ».",
    ),
    (
        CPAM,
        CSP,
        "Vérif de résidence pour une {{CSS}} à {{Menton}}, quartier {{Garavan}}. Mme [[PERSONNE:Lidia Sokolova]], {{83 ans}}, russe, vit ici depuis {{1995}}, [[ADRESSE:2 avenue Katherine Mansfield, 06500 Menton]]. Passeport : « Дата рождения / Date of birth [[DATE_NAISSANCE:25.12.1940]] ». Agent, M. [[PERSONNE:Musso]]. Elle nous parle du {{cimetière russe}} et de son mari enterré là-bas.",
    ),
    (
        CAF,
        AP,
        "Mme [[PERSONNE:Angélique Fontaine]], garde alternée depuis {{septembre}}. Enfants : [[PERSONNE:Timéo]], né le [[DATE_NAISSANCE:05/05/2015]], et [[PERSONNE:Jade]], [[DATE_NAISSANCE:2019]]. L'agent explique le partage des {{allocations familiales}}. Mail pour l'accusé de réception : [[EMAIL:angelique.fontaine@sfr.fr]]. La {{fontaine à eau}} de l'accueil fuit, flaque par terre.",
    ),
    (
        FT,
        AP,
        "Première inscription : [[PERSONNE:Enzo Baldacci]], {{18 ans}}, né le [[DATE_NAISSANCE:6 juin 2006]], avec sa mère. Le système lui attribue un identifiant : [[ID_FRANCE_TRAVAIL:4476318G]]. La conseillère l'écrit sur sa convocation. Orientation {{Mission locale}} de {{Fréjus}}.",
    ),
    (
        URG,
        AT,
        "Nuit, {{0h}}-{{4h}} : {{3 appels}} de familles. Toujours la même phrase : « nous ne donnons pas d'informations par téléphone, présentez-vous avec une pièce d'identité ».",
    ),
    (
        CHRS,
        AT,
        "Une dame de {{81 ans}}, Mme [[PERSONNE:Micheline Rey]], appelle le {{115}} : son propriétaire a changé les serrures de son studio, [[ADRESSE:11 rue Paul Déroulède, 06000 Nice]]. L'écoutante : « vous êtes née quand madame ? » « en [[DATE_NAISSANCE:quarante-trois]], le [[DATE_NAISSANCE:2 avril]] ». Signalement {{police}} + {{CCAS}}, c'est illégal ce qu'il fait.",
    ),
    (
        CPAM,
        AT,
        "Un monsieur lit son RIB au tél, d'une voix très lente : « [[IBAN:FR76 1831 5100 0008 8004 1276 572]] ». L'agente le laisse finir puis lui explique qu'elle ne peut rien en faire par téléphone. Il s'appelle [[PERSONNE:Lucien Bonifay]], il a {{80 ans}}, il n'a pas d'ordinateur. Elle lui envoie un formulaire papier.",
    ),
    (
        CAF,
        CSP,
        "Contrôle à {{Fréjus}}, [[ADRESSE:88 rue de la Gabelle, 83600 Fréjus]]. Personne. Boîte aux lettres : [[PERSONNE:Kamel Ziani]] / [[PERSONNE:Laura Mercier]]. La {{Caf}} n'a que madame (isolée). N° alloc [[N_ALLOCATAIRE:2963107]]. Le contrôleur laisse un avis de passage, note « 2 noms sur la BAL ».",
    ),
    (
        CCAS,
        AP,
        "Demande d'{{aide aux obsèques}}. Mme [[PERSONNE:Chantal Roubaud]] pour son frère, décédé le {{9 mars}} à {{Draguignan}}, « il était né le [[DATE_NAISSANCE:27 janvier 1949]], il venait d'avoir {{75 ans}} ». Devis {{Roc Eclerc}}, facture n° [[IDENTIFIANT:F2024-0317]]. Commission le {{mardi 26}}.",
    ),
    (
        CPAM,
        AP,
        "M. [[PERSONNE:Hasan Öztürk]], {{67 ans}}. Son passeport turc indique « [[DATE_NAISSANCE:00.00.1957]] » (date inconnue), {{Ameli}} affiche [[DATE_NAISSANCE:31/12/1957]]. L'agent explique la règle, lui pas convaincu : « ma mère disait au printemps ».",
    ),
    (
        FT,
        AT,
        "Mme [[PERSONNE:Hassani]] appelle, ID [[ID_FRANCE_TRAVAIL:1502663V]], son conseiller a changé et personne ne l'a prévenue. La conseillère note un numéro de rappel, [[TELEPHONE:07 52 18 66 30]], et promet un RDV {{avant le 15}}.",
    ),
    (
        URG,
        AP,
        "Dame âgée confuse trouvée par des passants à {{Cagnes-sur-Mer}}, sans papiers. Elle dit « je suis née en [[DATE_NAISSANCE:1927]] » puis « non, [[DATE_NAISSANCE:1937]] ». Un bracelet au poignet : « [[PERSONNE:Lucienne]] — [[TELEPHONE:04 93 20 71 36]] ». L'agente appelle, un fils répond, il arrive.",
    ),
    (
        CHRS,
        AP,
        "Le {{CHRS}} a {{48 places}}, {{6}} libres ce soir. Liste d'attente {{SIAO}} : {{120}}. La directrice : « on ne choisit pas, le {{SIAO}} oriente ».",
    ),
    (
        CAF,
        AT,
        "M. [[PERSONNE:Bakary Ouattara]], n° alloc [[N_ALLOCATAIRE:0718845]], n'arrive pas à se connecter. L'agent vérifie l'adresse mail du compte : [[EMAIL:b.ouattara@outlook.fr]] — il y avait une faute (outlok). Corrigé, mot de passe réinitialisé.",
    ),
    (
        CCAS,
        CSP,
        "Enquête {{obligation alimentaire}} pour Mme [[PERSONNE:Suzanne Blanchard]], {{90 ans}}, entrée à l'{{EHPAD}} de {{Brignoles}}. L'AS liste les enfants : « [[PERSONNE:Alain]] ([[DATE_NAISSANCE:1956]]), [[PERSONNE:Brigitte]] ([[DATE_NAISSANCE:1959]]), [[PERSONNE:Didier]] ([[DATE_NAISSANCE:1962]]) ». Seule [[PERSONNE:Brigitte]] vit dans le {{Var}}. Les 2 autres ne répondent pas aux courriers.",
    ),
    (
        FT,
        AP,
        "{{Aide à la mobilité}} : Mme [[PERSONNE:Yasmina Haddouche]] a besoin de réparer sa voiture pour un {{CDI}} à {{Mougins}}. Devis du {{Garage Ferri Automobiles}}, véhicule [[IMMATRICULATION:DK-174-VB]], {{680 €}}. La conseillère valide {{500 €}}.",
    ),
    (
        CPAM,
        AT,
        "Mme [[PERSONNE:Raymonde Achard]], {{73 ans}} : « née le [[DATE_NAISSANCE:13 mai 51]]… non pardon, le [[DATE_NAISSANCE:31]] ! j'inverse toujours ». NIR [[NIR:2 51 05 83 118 097 42]]. L'agent : « pas de souci madame ». Elle appelle pour une {{cure thermale}} à {{Gréoux-les-Bains}}.",
    ),
    (
        URG,
        AP,
        "[[PERSONNE:Anaïs]], {{29 ans}}, migraine violente. Carte mutuelle {{Alan}}, n° [[IDENTIFIANT:AL-7730-1928]]. Elle garde ses lunettes de soleil dans la salle d'attente, personne ne lui dit rien.",
    ),
    (
        CHRS,
        CSP,
        "Visite en {{pension de famille}} à {{Toulon}}, M. [[PERSONNE:Raymond Icard]], {{72 ans}}. On regarde ses papiers pour l'{{ASPA}} : carte d'identité périmée depuis {{2015}}, un vieux papier où il a noté « né le [[DATE_NAISSANCE:8/2/52]] ». L'éducatrice prend RDV en mairie pour la {{CNI}}.",
    ),
    (
        CAF,
        AP,
        "Tickets : {{A}} pour les RDV, {{B}} sans RDV. {{10h15}} : on en est au {{B043}}. {{40 min}} d'attente affichées, réel {{1h05}}.",
    ),
]

BATCH_5 = [
    (
        CCAS,
        AP,
        "L'agente aide Mme [[PERSONNE:Paule Giacobbi]], {{77 ans}}, à remplir le dossier {{MDPH}} (elle ne voit presque plus). Née le [[DATE_NAISSANCE:14 septembre 1947]] à {{Bastia}}, NIR [[NIR:2 47 09 2B 033 062 83]]. Ancien dossier {{MDPH}} n° [[IDENTIFIANT:06-2024-018422]]. {{45 min}} pour {{20 pages}}. « et la case projet de vie, je mets quoi ? »",
    ),
    (
        CAF,
        AT,
        "{{Prime de Noël}} : {{41 appels}} sur le sujet ce matin. Versement le {{17 décembre}}, automatique pour les {{RSA}}. L'agent répond « oui madame, automatique » en boucle, il a fini par l'écrire sur un post-it.",
    ),
    (
        URG,
        AP,
        "Un monsieur de {{88 ans}} amène sa femme, il parle pour elle : « [[PERSONNE:Germaine]], c'est ma femme, elle est de [[DATE_NAISSANCE:trente-huit]], moi de [[DATE_NAISSANCE:trente-six]]. Mariés le {{15 août 1959}} ». Nom : [[PERSONNE:Aubert]]. Elle a fait un malaise à la messe. Il ne lâche pas sa main.",
    ),
    (
        FT,
        AP,
        "[[PERSONNE:Ilan Cohen]], {{24 ans}}, veut une formation de {{soudeur}} pour les {{chantiers navals}} de {{La Seyne}}. ID [[ID_FRANCE_TRAVAIL:7390814E]]. Tél [[TELEPHONE:06 84 27 30 19]]. La conseillère trouve une session {{AFPA}} qui commence le {{6 janvier}}.",
    ),
    (
        CHRS,
        AT,
        "{{115}}, {{22h30}}. M. [[PERSONNE:Patrice Lenoir]], {{57 ans}}, né le [[DATE_NAISSANCE:11/07/1967]], dort dans son {{Kangoo}} immatriculé [[IMMATRICULATION:AB-663-QZ]] sur l'{{aire de covoiturage}} de {{Puget-sur-Argens}}. Il demande juste une douche. L'écoutant lui donne l'adresse de l'{{accueil de jour}} de {{Fréjus}}, ouvert à {{8h}}.",
    ),
    (
        CPAM,
        AP,
        "Présentoirs : {{Mois sans tabac}}, {{M'T dents}}, {{dépistage}} du cancer colorectal. L'agent montre à un monsieur comment mettre la {{carte Vitale}} dans l'appli. {{10 min}}, le monsieur repart en disant « c'est magique ».",
    ),
    (
        CAF,
        CSP,
        "Contrôle vie maritale, {{Cavalaire-sur-Mer}}, [[ADRESSE:27 avenue des Mimosas, 83240 Cavalaire-sur-Mer]]. M. [[PERSONNE:Thierry Bonnet]], {{AAH}}, n° alloc [[N_ALLOCATAIRE:3845516]]. Une femme ouvre en peignoir, « une amie ». Relevés du compte [[IBAN:FR76 1009 6185 2200 0347 8150 285]] : loyer payé par elle depuis {{mars}}. Le contrôleur reste neutre, note tout.",
    ),
    (
        CCAS,
        AT,
        "{{Colis de Noël}} des aînés, {{La Trinité}}. « Vous êtes inscrite ? votre date de naissance ? » « le [[DATE_NAISSANCE:1er mai 1944]], comme la fête du travail ». Mme [[PERSONNE:Ghibaudo]], inscrite. Distribution le {{18 décembre}} à la {{mairie annexe}}, {{9h-12h}}.",
    ),
    (
        URG,
        AT,
        "Le téléphone du tri sonne {{toutes les 4 minutes}}. L'agente décroche, transfère, raccroche. Elle me dit qu'il faudrait une personne juste pour ça.",
    ),
    (
        CPAM,
        AT,
        "Mme [[PERSONNE:Marie-José Carlotti]], {{76 ans}}, veut son attestation de droits par mail. Vérif d'identité : « [[DATE_NAISSANCE:19/02/1948]] ». Mail : [[EMAIL:marie-jose.carlotti@wanadoo.fr]]. L'agent : « vous pouvez aussi la télécharger sur {{Ameli}} » « ah non, moi l'Ameli… ».",
    ),
    (
        CHRS,
        AP,
        "Le {{vestiaire}} du {{CHRS}} : plein de {{manteaux}}, mais il manque des chaussures en {{42-44}}. Une bénévole trie les dons du week-end, {{11 sacs}}.",
    ),
    (
        FT,
        AT,
        "Avant de répondre, la conseillère vérifie l'identité. « Votre date de naissance ? » « [[DATE_NAISSANCE:vingt-trois douze quatre-vingt-dix-huit]] ». Mlle [[PERSONNE:Maeva Tehei]], ID [[ID_FRANCE_TRAVAIL:2210578K]]. Elle demande son attestation employeur manquante ({{Disneyland}}, saison d'été).",
    ),
    (
        CCAS,
        CSP,
        "Visite à {{Breil-sur-Roya}} chez M. [[PERSONNE:Aldo Berruti]], {{89 ans}}, « nato il [[DATE_NAISSANCE:30 aprile 1935]] a {{Cuneo}} ». Sa maison a été abîmée par la tempête {{Alex}} ({{octobre 2020}}). Sa pension arrive sur un compte italien : [[IBAN:IT52 K060 8510 3160 0000 0473 829]]. Demande d'{{aide ménagère}}, {{2h}} par semaine.",
    ),
    (
        CAF,
        AP,
        "Étudiant bulgare, [[PERSONNE:Ivan Petrov]], {{21 ans}}, {{APL}} pour une colocation à {{Nice}}. Passeport n° [[IDENTIFIANT:382914657]], né le [[DATE_NAISSANCE:03.04.2003]]. Il lui manque l'attestation de la {{CPAM}}. Il revient {{demain}}.",
    ),
    (
        URG,
        AP,
        "Maman de [[PERSONNE:Inaya]], {{2 ans}}, fièvre à {{40°}} depuis la veille. Mme [[PERSONNE:Sabrina Lachkar]], tél [[TELEPHONE:07 69 42 18 85]]. Elle a déjà appelé le {{15}}, on lui a dit de venir.",
    ),
    (
        FT,
        AP,
        "Atelier « {{entretien d'embauche}} » filmé, {{5 participants}}. Caméra {{GoPro}} sur un trépied. Le conseiller joue le recruteur d'un {{Carrefour}}. Debrief : « on regarde la caméra, pas ses chaussures ».",
    ),
    (
        CAF,
        CSP,
        "Contrôle à {{Antibes}}, Mme [[PERSONNE:Olga Ivanova]]. Acte de naissance traduit de sa fille : « [[PERSONNE:Alissa]], née le [[DATE_NAISSANCE:12 avril 2016]] à {{Novossibirsk}} ». Sa mère vit avec elles depuis l'été (née en [[DATE_NAISSANCE:1949]]), pas déclarée. N° alloc [[N_ALLOCATAIRE:6072841]]. Le contrôleur explique que ça ne baisse pas forcément les droits.",
    ),
    (
        CPAM,
        CSP,
        "Tournée contrôle arrêts maladie, secteur {{Grasse}} : {{6 adresses}}, {{4 présents}}, {{1}} refus d'ouvrir, {{1}} absent. {{85 km}}. Déjeuner dans la voiture.",
    ),
    (
        CCAS,
        AP,
        "Mme [[PERSONNE:Naïma Bouzid]], hébergée chez sa sœur, [[ADRESSE:bât. 2, 14 chemin de l'Abadie, 06100 Nice]]. Elle veut un {{logement social}} à elle. Numéro unique de demande : [[IDENTIFIANT:006 130 24 00421]], déposé en {{2021}}. L'agente : « il faut le renouveler chaque année, sinon on perd l'ancienneté ».",
    ),
    (
        CHRS,
        AT,
        "Un homme de {{78 ans}} appelle depuis la gare de {{Toulon}}. « [[PERSONNE:Marius]] ». Né le [[DATE_NAISSANCE:15 août 1946]], « le jour de l'{{Assomption}} ». On lui a volé son portefeuille, il n'a plus rien. L'écoutant envoie une {{maraude}} de la {{Croix-Rouge}}.",
    ),
    (
        FT,
        AT,
        "{{Actualisation}} : la conseillère explique {{10 fois}} dans la matinée que c'est du {{28}} au {{15}}, sur l'appli. Un monsieur : « et si j'ai pas de smartphone ? » -> agence.",
    ),
    (
        URG,
        AP,
        "Je lis par-dessus l'épaule de l'{{IOA}}, la liste d'attente à l'écran :\n[[PERSONNE:BERNARDI P.]] [[DATE_NAISSANCE:1942]] — jaune\n[[PERSONNE:TOUATI S.]] [[DATE_NAISSANCE:1989]] — vert\n[[PERSONNE:NGUYEN T.]] [[DATE_NAISSANCE:2019]] — orange\nelle me dit qu'on ne doit pas regarder 🙈",
    ),
    (
        CAF,
        AT,
        "Une grand-mère a recueilli sa petite-fille, [[PERSONNE:Lou]], née le [[DATE_NAISSANCE:20 juin 2012]]. Mme [[PERSONNE:Serra]] : « moi je suis de [[DATE_NAISSANCE:57]], je pensais plus élever un enfant ». L'agent lui parle de l'{{ASF}} et des {{allocations familiales}}. Dossier à envoyer avec le jugement du {{juge des enfants}}.",
    ),
    (
        CPAM,
        AP,
        "Mme [[PERSONNE:Kelly Amrane]], née [[PERSONNE:Dupuis]], mariée le {{14 septembre}} à {{Fréjus}}, veut mettre sa {{carte Vitale}} à son nouveau nom. NIR [[NIR:2 92 07 83 061 405 49]]. L'agente : « le nom d'usage, ça se fait avec le livret de famille ». Elle l'a dans son sac, {{5 min}}.",
    ),
    (
        CCAS,
        AT,
        "Mme [[PERSONNE:Jennifer Cordier]] appelle pour l'aide à la {{cantine}} : {{2 enfants}} en primaire. L'agent lui dit de venir avec l'avis d'imposition et la {{Caf}}. Rappel au [[TELEPHONE:06 13 57 92 46]] pour le RDV.",
    ),
    (
        FT,
        AP,
        "M. [[PERSONNE:Sergueï Volkov]], {{58 ans}}, ingénieur en {{Russie}}, arrivé en {{2022}}. Diplôme traduit : « né le [[DATE_NAISSANCE:22 mars 1966]] à {{Saint-Pétersbourg}} ». ID [[ID_FRANCE_TRAVAIL:3067719S]]. Conseillère : reconnaissance du diplôme via {{ENIC-NARIC}}, délai {{4 mois}}. Il soupire en russe.",
    ),
    (
        CHRS,
        AP,
        "Jeune couple, [[PERSONNE:Kevin]] et [[PERSONNE:Océane]], avec leur chien, {{Tyson}}. Le {{CHRS}} n'accepte pas les chiens. Ils préfèrent dormir dehors. L'éducatrice cherche une structure qui accepte les animaux, il y en a {{1}} dans le département.",
    ),
    (
        CAF,
        AP,
        "Un jeune en {{service civique}} aide aux bornes : « {{Mon Compte}} », « {{attestation de paiement}} ». {{13 personnes}} aidées en {{1h}}. Il a {{19 ans}} et explique tout à des gens de {{80}}.",
    ),
    (
        URG,
        AT,
        "Un fils appelle de {{New York}} pour sa mère hospitalisée à {{Cannes}}. « [[PERSONNE:Pamela Hughes]], born [[DATE_NAISSANCE:6/9/1944]] ». L'agente cherche au [[DATE_NAISSANCE:6 septembre]], rien. Il précise « [[DATE_NAISSANCE:June ninth]] » -> format américain. Trouvée.",
    ),
    (
        CPAM,
        AT,
        "Formation d'un nouvel agent en double écoute, un {{casque}} à deux branches. {{25 appels}} dans la matinée. Le tuteur lui glisse des conseils sur un bloc-notes.",
    ),
    (
        CCAS,
        CSP,
        "Évaluation {{portage de repas}} chez Mme [[PERSONNE:Odile Pellegrino]], {{91 ans}}, à {{Giens}}. Sur la table : facture {{EDF}}, réf client [[IDENTIFIANT:6017 248 391]], et un vieux papier « née le [[DATE_NAISSANCE:5/3/33]] ». Régime {{sans sel}}. Elle veut les repas « sauf le dimanche, c'est ma fille qui vient ».",
    ),
    (
        CHRS,
        CSP,
        "Visite en hôtel {{Formule 1}} à {{La Garde}}, {{chambre 22}}. M. [[PERSONNE:Tahiri]] et ses deux enfants, {{4 ans}} et {{7 ans}}. Bouilloire et micro-ondes interdits, il y en a un sous le lit. L'éducatrice ne dit rien.",
    ),
    (
        FT,
        AP,
        "Changement de coordonnées bancaires pour l'{{ARE}}. M. [[PERSONNE:Samuel Attias]] donne le RIB : [[IBAN:FR76 1142 5009 0004 1233 9876 135]]. La conseillère vérifie que le compte est bien à son nom. Prochain paiement le {{4}}.",
    ),
    (
        CAF,
        AT,
        "Appel en arabe, l'agent [[PERSONNE:Nabil]] passe de l'un à l'autre sans effort. Mme [[PERSONNE:Aït Oufella]], n° alloc [[N_ALLOCATAIRE:4893012]], ne comprend pas pourquoi son {{RSA}} a baissé -> les {{APL}} de son fils comptent.",
    ),
    (
        CPAM,
        AP,
        "Mme [[PERSONNE:Jacqueline Terrasse]] demande une {{carte européenne}} pour un voyage en {{Italie}} : « j'aurai {{90 ans}} le [[DATE_NAISSANCE:3 juin]], mes enfants m'emmènent à {{Venise}} ». Envoi sous {{15 jours}}.",
    ),
]

BATCH_6 = [
    (
        CAF,
        AP,
        "Mme [[PERSONNE:Leïla Mansouri]] vient déclarer que son père vit chez elle : [[PERSONNE:Mohamed Mansouri]], né en [[DATE_NAISSANCE:1938]] à {{Tlemcen}}, arrivé en {{France}} en {{1963}}, veuf depuis {{2019}}. Elle a le livret de famille, tout abîmé. L'agent lui demande un mail pour la suite : [[EMAIL:leila.mansouri@free.fr]].",
    ),
    (
        CCAS,
        AP,
        "Permanence {{écrivain public}} le {{mardi}}, {{9h-11h}}. {{4 personnes}} : une lettre à {{EDF}}, une au {{bailleur}}, deux à la {{préfecture}}. Le bénévole est un ancien instit, il écrit tout à la main d'abord.",
    ),
    (
        URG,
        AP,
        "Ado, [[PERSONNE:Mattéo]], {{15 ans}}, arcade ouverte après une bagarre devant le lycée. Un copain montre la vidéo sur {{TikTok}}, postée par le compte [[IDENTIFIANT:@nice_embrouilles06]]. La mère arrive en courant, donne son numéro : [[TELEPHONE:06 03 52 88 74]].",
    ),
    (
        CHRS,
        AT,
        "{{115}} ce soir : attente {{25 min}}. Message : « tous nos écoutants sont occupés ». {{18 appels}} en file à {{20h}}. L'écoutante enchaîne sans pause jusqu'à {{21h15}}.",
    ),
    (
        FT,
        AP,
        "Atelier {{LinkedIn}}. Mme [[PERSONNE:Nadia Ferhani]] crée son profil : [[IDENTIFIANT:linkedin.com/in/nadia-ferhani]]. La conseillère lui fait aussi une adresse pro : [[EMAIL:nadia.ferhani.pro@gmail.com]], « pas de surnom dans le mail ». Photo prise contre le mur blanc de la salle.",
    ),
    (
        CPAM,
        AT,
        "Mme [[PERSONNE:Francine Orsini]] appelle pour son mari : « il était né le [[DATE_NAISSANCE:1er novembre 1934]], à la {{Toussaint}}, et il est parti le {{3 octobre}} ». Elle lit son numéro sur la vieille carte : [[NIR:1 34 11 83 137 215 42]]. Des remboursements de {{pharmacie}} sont encore en attente. L'agent : « ils vous seront versés, madame ».",
    ),
    (
        CAF,
        CSP,
        "Contrôle à {{Vidauban}}, famille [[PERSONNE:Weiss]], voyageurs, caravane sur l'[[ADRESSE:aire d'accueil du Pont d'Argens, place 6]]. N° alloc [[N_ALLOCATAIRE:5730942]]. Le contrôleur vérifie la scolarité des enfants (certificats du {{CNED}}). Le camion qui tire la caravane : [[IMMATRICULATION:FR-208-XD]]. Ils repartent vers {{Arles}} en {{mars}}.",
    ),
    (
        URG,
        AT,
        "Le {{centre 15}} appelle : « on vous envoie une dame de {{102 ans}}, Mme [[PERSONNE:Tosello]], née le [[DATE_NAISSANCE:4 mars 1922]], chute, consciente ». L'agente répète « 102 ?? ». Arrivée prévue {{15 min}}.",
    ),
    (
        CCAS,
        CSP,
        "Vérif du logement d'urgence de la mairie de {{Sanary}} : {{T2}} meublé, libre depuis {{vendredi}}. L'agent contrôle le chauffe-eau, les draps, l'{{extincteur}}. Il manque une ampoule.",
    ),
    (
        CPAM,
        AP,
        "M. [[PERSONNE:Stéphane Roche]], {{46 ans}}, arrivé de {{Marseille}}, veut créer son {{compte Ameli}}. NIR [[NIR:1 78 10 13 213 276 38]], mail [[EMAIL:steph.roche13@laposte.net]]. Code provisoire envoyé par courrier, il râle : « en {{2024}} par courrier ?! ».",
    ),
    (
        FT,
        AT,
        "Panne du logiciel de {{10h12}} à {{10h50}}. Les conseillers prennent les messages sur papier, « on vous rappelle cet après-midi ». Une conseillère en profite pour ranger son tiroir.",
    ),
    (
        CHRS,
        AP,
        "Admission de Mme [[PERSONNE:Danièle Tardieu]], {{74 ans}}, après une expulsion. Seul papier : une carte de retraite {{Carsat}}, « date de naissance : [[DATE_NAISSANCE:07/07/1950]] ». Son fils vit à {{Lyon}}, [[TELEPHONE:06 41 75 03 28]], « il sait pas, il faut pas lui dire ». L'éducatrice ne l'appelle pas.",
    ),
    (
        CAF,
        AT,
        "[[PERSONNE:Marion Lefebvre]], n° alloc [[N_ALLOCATAIRE:6204718]], question sur le {{CMG}} : son assistante maternelle, Mme [[PERSONNE:Giraud]], n'a pas été déclarée sur {{Pajemploi}} en {{octobre}}. Mail de suivi : [[EMAIL:marion.lfbv@icloud.com]].",
    ),
    (
        CCAS,
        AP,
        "Inscription au registre des personnes vulnérables. M. [[PERSONNE:Vincent Agnelli]], {{82 ans}}, né le [[DATE_NAISSANCE:10/10/1942]], et sa femme [[PERSONNE:Rosine]], née le [[DATE_NAISSANCE:22/02/1946]], [[ADRESSE:35 avenue de la Libération, 83400 Hyères]]. Lui a un pacemaker depuis le {{4 avril}}. Elle précise : « au {{2e étage}}, sans ascenseur ».",
    ),
    (
        URG,
        AP,
        "{{Plan blanc}} déclenché à {{14h}} : accident de car sur l'{{A8}}. Tous les brancards sortis, {{12 victimes}} attendues. L'agent d'accueil : « aujourd'hui on oublie les pauses ».",
    ),
    (
        FT,
        AP,
        "M. [[PERSONNE:Jonathan Amsellem]], {{38 ans}}, crée sa boîte de nettoyage de bateaux, demande l'{{ARCE}}. ID [[ID_FRANCE_TRAVAIL:5031876H]]. Son SIRET perso : [[IDENTIFIANT:921 338 045 00012]], immatriculé le {{2 septembre}}. La conseillère lui explique les {{2 versements}}.",
    ),
    (
        CPAM,
        CSP,
        "Enquête sur place après signalement d'une double affiliation. Mme [[PERSONNE:Elena Marinescu]], carte d'identité roumaine : née le [[DATE_NAISSANCE:30.01.1961]]. Elle habite bien là, [[ADRESSE:4 rue Victor Micholet, 83000 Toulon]], depuis {{2017}}. Affiliation roumaine jamais fermée, l'agent lui explique le formulaire {{E104}}.",
    ),
    (
        CHRS,
        CSP,
        "Visite chez un ancien résident relogé, M. [[PERSONNE:Lucien Marro]], {{69 ans}} (né en [[DATE_NAISSANCE:55]]), [[ADRESSE:Le Vallon, bât. A, 17 avenue de Brancolar, 06100 Nice]]. Bail signé le {{12 août}} avec {{Côte d'Azur Habitat}}, n° locataire [[IDENTIFIANT:CAH-2024-114582]]. Il a acheté un canapé d'occasion, il est fier.",
    ),
    (
        CAF,
        AP,
        "Mme [[PERSONNE:Sonia Rebai]] a un compte {{Nickel}} ouvert au {{bureau de tabac}}. RIB : [[IBAN:FR76 1659 8000 1400 0098 7321 168]]. L'agent vérifie que c'est bien un IBAN français, oui. Le {{RSA}} sera versé dessus à partir du {{5}}.",
    ),
    (
        CPAM,
        AT,
        "Entre deux appels l'agente me dit : « {{8 ans}} que je fais ça, les gens sont de plus en plus seuls ». {{Pause}} de {{10 min}} à {{15h}}, elle sort fumer.",
    ),
    (
        CCAS,
        AT,
        "M. [[PERSONNE:Jean-Marc Ollivier]] demande une aide pour une facture d'eau de {{412 €}}. Réf. client {{Veolia}} : [[IDENTIFIANT:14 5520 887]]. L'agent lui donne RDV {{jeudi}} et note son fixe, [[TELEPHONE:04 92 07 33 61]].",
    ),
    (
        FT,
        AP,
        "Agence de {{Draguignan}}. Tableau d'affichage : {{vendanges}} en {{septembre}}, {{saisonniers}} plage, un poste de {{berger}} (!). Un {{olivier}} en pot à l'entrée, {{wifi}} gratuit, mais pas de chaises.",
    ),
    (
        CHRS,
        AT,
        "Une AS de l'hôpital {{Sainte-Musse}} appelle le {{115}} pour un patient sortant : M. [[PERSONNE:Gaston Pélissier]], né le [[DATE_NAISSANCE:12/12/1940]], sortie prévue le {{vendredi 6}}, pas de domicile depuis l'incendie de son cabanon. L'écoutant : « {{83 ans}} et à la rue… ».",
    ),
    (
        CHRS,
        AT,
        "{{115}} {{06}}. Un Anglais à la rue à {{Antibes}}, M. [[PERSONNE:Darren Cole]], ancien matelot sur un yacht du {{Port Vauban}}, viré sans paie. Passeport n° [[IDENTIFIANT:548213907]], DOB « [[DATE_NAISSANCE:14 FEB /FÉV 71]] ». Tél : [[TELEPHONE:+44 7700 900733]]. L'écoutante parle anglais, ouf.",
    ),
    (
        CAF,
        CSP,
        "Réunion des contrôleurs avant la tournée : {{9 dossiers}} chacun, secteurs {{Var est}} et {{Var ouest}}. Consigne du chef : « pas de photos chez les gens, jamais ».",
    ),
    (
        CPAM,
        AP,
        "M. [[PERSONNE:Giovanni Lanteri]], {{90 ans}}, retraité frontalier, vit à {{Sospel}}. « Nato il [[DATE_NAISSANCE:8 dicembre 1933]] a {{Olivetta San Michele}} », à {{5 km}} de la frontière. Il vient pour le formulaire {{S1}} de sa pension italienne. Son petit-fils traduit, l'agent fait des photocopies.",
    ),
    (
        CCAS,
        AP,
        "Mme [[PERSONNE:Fabienne Orlandi]] demande une aide pour le {{voyage scolaire}} de son fils (ski à {{Auron}}, {{280 €}}). Mail : [[EMAIL:fab.orlandi@gmail.com]]. Commission {{le 12}}.",
    ),
    (
        FT,
        AT,
        "La conseillère appelle Mme [[PERSONNE:Halima Saïdi]], {{61 ans}}, ID [[ID_FRANCE_TRAVAIL:0254193R]]. Vérif d'identité : « [[DATE_NAISSANCE:quinze mars soixante-trois]] ». Proposition : {{aide à domicile}} à {{Roquebrune-Cap-Martin}}. Elle hésite, pas de voiture.",
    ),
    (
        CCAS,
        AP,
        "{{Chèques énergie}} : l'agente explique à {{3 personnes}} de suite qu'ils arrivent par la poste en {{avril}}, automatiquement. « Et si j'ai déménagé ? » -> réclamation en ligne.",
    ),
    (
        CAF,
        AP,
        "Couple âgé pour l'{{ALS}}. « Lui c'est [[PERSONNE:Antoine]], il aura {{80 ans}} le [[DATE_NAISSANCE:9 janvier]] ; moi [[PERSONNE:Louise]], je suis plus vieille, [[DATE_NAISSANCE:décembre 43]] ». Nom : [[PERSONNE:Castagnola]]. Ils louent un {{studio}} à {{Villefranche}} depuis {{1975}}.",
    ),
    (
        CHRS,
        AP,
        "[[PERSONNE:Youssouf]], résident, prépare son RDV à l'{{OFII}}. L'éducateur photocopie son récépissé, n° [[IDENTIFIANT:0699230418]], et le range dans le classeur. [[PERSONNE:Youssouf]] demande s'il peut travailler. Pas encore.",
    ),
    (
        CPAM,
        AT,
        "[[PERSONNE:Cindy Garcia]] donne son mail pour recevoir le code : « [[EMAIL:cindy.garcia83 at hotmail point fr]] ». L'agent tape, relit, envoie. « Regardez vos spams ».",
    ),
    (
        CCAS,
        CSP,
        "Visite pour l'{{aide aux aidants}}. Mme [[PERSONNE:Marie-Thérèse Bourrely]], {{85 ans}}, s'occupe seule de son mari, [[PERSONNE:Fernand]], né le [[DATE_NAISSANCE:28/02/1936]], {{Alzheimer}} depuis {{2018}}. Elle ne dort plus. L'AS propose l'{{accueil de jour}} deux fois par semaine, elle pleure de soulagement.",
    ),
    (
        CAF,
        AT,
        "{{23}} appels en attente à {{13h30}}. L'agente mange son sandwich devant l'écran. Elle reprend à {{13h42}}.",
    ),
    (
        CPAM,
        AP,
        "Borne multiservice réparée. Ticket {{C12}}, attente {{18 min}}. Calme plat après le rush de {{9h}}.",
    ),
]

BATCH_7 = [
    (
        CAF,
        AP,
        "M. [[PERSONNE:Paul Mercadier]], {{81 ans}}, veuf, hébergé chez sa fille. DN [[DATE_NAISSANCE:17/06/1943]]. Il apporte un vieux RIB papier, format d'avant : « [[IBAN:30004 02837 00001976431 11]] ». L'agente trouve l'IBAN en bas de la feuille : [[IBAN:FR76 3000 4028 3700 0019 7643 111]]. « C'est le même, monsieur, juste plus long ».",
    ),
    (
        CCAS,
        AP,
        "Livraison de la {{Banque alimentaire}} le {{jeudi}} : {{300 kg}} de pâtes, du riz, des conserves. Deux agents et un bénévole déchargent la camionnette. Les colis partent dès {{14h}}.",
    ),
    (
        CHRS,
        AP,
        "[[PERSONNE:Jérôme]], résident, a retrouvé sa voiture à la {{fourrière}} de {{Nice}} : [[IMMATRICULATION:7741 XZ 06]], frais de {{190 €}}. Il n'a pas l'argent. L'éduc appelle la fourrière pour négocier un délai, {{10 min}} d'attente musicale.",
    ),
    (
        CPAM,
        AT,
        "Mme [[PERSONNE:Monique Fabbri]] : « née le [[DATE_NAISSANCE:dix-huit janvier quarante-cinq]] à {{Draguignan}} ». NIR [[NIR:2 45 01 83 050 049 32]]. Elle appelle pour ses transports en {{VSL}} jusqu'à la {{dialyse}} de {{Fréjus}}, {{3 fois par semaine}}. La prescription expire le {{31}}.",
    ),
    (
        CAF,
        CSP,
        "Contrôle à {{Menton}}. Mme [[PERSONNE:Sara Gallo]], n° alloc [[N_ALLOCATAIRE:3319725]]. Son mari, [[PERSONNE:Davide]], travaille à {{Monaco}}, salaire versé sur [[IBAN:MC58 1273 9000 7080 3175 1200 090]]. Voiture italienne devant la maison : [[IMMATRICULATION:GA 417 TX]]. Le contrôleur demande si la famille réside vraiment en {{France}} : oui, les enfants sont à l'école de {{Garavan}}.",
    ),
    (
        CCAS,
        AT,
        "Une dame veut inscrire sa mère au {{thé dansant}} du {{dimanche 9}}. « Maman a {{93 ans}}, elle est de [[DATE_NAISSANCE:31]], Mme [[PERSONNE:Carle]] ». L'agent : « elle danse encore ? » « mieux que moi ».",
    ),
    (
        FT,
        AP,
        "[[PERSONNE:Rayane Bouaziz]], {{19 ans}}, entre en {{CEJ}}. ID [[ID_FRANCE_TRAVAIL:6841207T]], tél [[TELEPHONE:07 45 62 19 83]]. Il veut être {{pompier}}. La conseillère lui parle du {{SDIS 06}} et des {{jeunes sapeurs-pompiers}}.",
    ),
    (
        CPAM,
        AP,
        "M. [[PERSONNE:Christian Barbaroux]], {{55 ans}}, né le [[DATE_NAISSANCE:24/12/1968]] à {{La Seyne}}, ancien des chantiers. NIR [[NIR:1 68 12 83 126 263 32]]. Demande de {{pension d'invalidité}}, dossier incomplet, il manque l'avis du {{médecin-conseil}}.",
    ),
    (
        CHRS,
        AT,
        "Point du {{115}} {{Var}} à {{7h}} : {{14 personnes}} hébergées en urgence cette nuit, {{3 refus}} faute de place, {{1}} personne partie avant l'arrivée du taxi.",
    ),
    (
        CAF,
        AT,
        "M. [[PERSONNE:Hamid Zerrouki]] donne son numéro de sécu au lieu du n° alloc : [[NIR:1 63 09 99 350 412 09]]. L'agent retrouve quand même : né le [[DATE_NAISSANCE:18 septembre 1963]], n° alloc [[N_ALLOCATAIRE:2508163]]. Question sur la {{prime d'activité}} après son passage à mi-temps.",
    ),
    (
        CCAS,
        AP,
        "Fiche d'accueil remplie par l'agente, je recopie :\nNOM : [[PERSONNE:PAOLI]]\nPrénom : [[PERSONNE:Ange]]\nDN : [[DATE_NAISSANCE:02.02.1939]]\nAdresse : [[ADRESSE:8 montée de la Rama, 06300 Nice]]\nTél : [[TELEPHONE:04 93 89 55 02]]\nMotif : {{colis}} + aide {{chauffage}}",
    ),
    (
        CHRS,
        AP,
        "On fête les {{60 ans}} de [[PERSONNE:Nordine]], né le [[DATE_NAISSANCE:3 décembre 1964]]. Gâteau du {{Lidl}}, bougies en forme de chiffres. Il fait un discours très court : « merci ». Tout le monde applaudit.",
    ),
    (
        CCAS,
        CSP,
        "Visite chez M. [[PERSONNE:René Guigou]], {{86 ans}} (né en [[DATE_NAISSANCE:1938]]), qui conduit encore. Sa {{Twingo}}, [[IMMATRICULATION:ew 212 mp]] (écrit en minuscules sur le dossier), est rayée de partout. Sa fille voudrait qu'il arrête. Lui : « et je vais au {{marché}} comment ? ».",
    ),
    (
        CPAM,
        CSP,
        "Enquête chez un {{taxi conventionné}} de {{Grasse}}, M. [[PERSONNE:Frédéric Arnaud]], véhicule [[IMMATRICULATION:GB-390-WM]]. Suspicion de trajets facturés en double. Il sort ses carnets de bord. L'enquêtrice compare avec les dates de {{dialyse}} des patients.",
    ),
    (
        CAF,
        AP,
        "{{Caf}} de {{Toulon}}, salle d'attente : un écran passe en boucle une vidéo sur la {{prime d'activité}}. {{42 chaises}}, {{31}} occupées à {{9h40}}. Un enfant court entre les rangées.",
    ),
    (
        CCAS,
        AP,
        "Mr [[PERSONNE:Brian Foster]], {{80 ans}}, anglais, s'inscrit au {{registre canicule}}. Passeport : « [[DATE_NAISSANCE:01 AUG /AOÛT 44]] ». Sa femme, [[PERSONNE:Sheila]], a tout écrit sur une carte : mail [[EMAIL:brian.sheila.foster@gmail.com]]. L'agente répond en anglais, très fière.",
    ),
    (
        FT,
        AP,
        "Fin de journée, la conseillère fait ses comptes : {{11 RDV}}, {{2 absents}}, {{1}} personne en larmes, {{0}} pause. « Bonne soirée quand même ».",
    ),
    (
        CAF,
        AT,
        "Mme [[PERSONNE:Aurore Vidal]] veut un RDV pour un changement de situation (mariage le {{21 juin}}). Tél [[TELEPHONE:06 98 14 37 52]], mail [[EMAIL:aurore.vidal@gmx.fr]]. RDV le {{mercredi 3}} à {{14h15}}.",
    ),
    (
        CHRS,
        AP,
        "[[PERSONNE:Mélanie]], résidente, {{34 ans}}, ouvre son premier compte bancaire avec l'éducatrice, à {{La Banque Postale}} : [[IBAN:FR38 2004 1010 1308 1524 6K03 125]]. Elle photographie son RIB, « c'est le mien ».",
    ),
    (
        CPAM,
        AT,
        "Jour de grève : {{40 %}} de grévistes sur la plateforme. Attente annoncée {{35 min}}. Les présents ne prennent pas de pause. Un appelant : « c'est toujours comme ça ou quoi ».",
    ),
    (
        CAF,
        CSP,
        "Contrôle à {{Six-Fours}}, [[ADRESSE:22 chemin de la Gardiole, 83140 Six-Fours-les-Plages]]. Les grands-parents, [[PERSONNE:Albert]] et [[PERSONNE:Yvonne Rouvier]], hébergent leur petit-fils, [[PERSONNE:Bastien]] ([[DATE_NAISSANCE:2005]]), apprenti. La question : est-il encore à charge ? Il gagne {{900 €}}. Le contrôleur calcule sur un coin de table.",
    ),
    (
        CCAS,
        AT,
        "Une petite-fille appelle de {{Paris}} : sa grand-mère, [[PERSONNE:Marcelle]], vit seule à {{Saint-Tropez}}, « elle aura {{95 ans}} le [[DATE_NAISSANCE:30 mars]] », elle ne mange plus bien. L'agente propose une visite du {{CCAS}} {{mardi}} et le {{portage de repas}}.",
    ),
    (
        CHRS,
        AP,
        "Réunion des hébergés, {{18h}}. Le règlement change : visites {{14h-18h}}, cigarette dehors uniquement. Un résident que tout le monde appelle « [[PERSONNE:Grand Momo]] » prend la parole pour défendre le {{baby-foot}}. Adopté.",
    ),
    (
        CAF,
        AP,
        "Mme [[PERSONNE:Svetlana Morozova]], {{68 ans}}, russe, vit chez sa fille à {{Cannes}}. Passeport : « [[DATE_NAISSANCE:11.05.1956]] ». Demande d'{{ALS}} ? non, elle est hébergée, pas de loyer. L'agente lui explique doucement, la fille traduit.",
    ),
    (
        CCAS,
        AP,
        "Liste du {{goûter des anciens}} du {{15 février}}. L'agente cherche la doyenne : Mme [[PERSONNE:Baldini]], [[DATE_NAISSANCE:1921]], {{103 ans}}. « On lui offre un bouquet, comme chaque année ».",
    ),
    (
        CPAM,
        AP,
        "M. [[PERSONNE:Yohan Marchal]], intérimaire, {{IJ}} bloquées. RIB dans le dossier faux d'un chiffre. Il redonne le bon : [[IBAN:FR76 3007 6020 4117 5294 0020 091]]. L'agent débloque, paiement sous {{5 jours}}.",
    ),
    (
        CAF,
        AP,
        "[[PERSONNE:Chiara Lombardi]], étudiante, {{23 ans}}, née à {{Grasse}}, veut l'{{APL}} pour son studio à {{Nice}}. NIR [[NIR:2 01 02 06 069 188 82]]. RIB : [[IBAN:FR76 1910 6006 0093 2187 4500 281]]. Tout est en ligne sauf la signature du bailleur.",
    ),
    (
        CCAS,
        AT,
        "Horaires de la {{navette}} du marché demandés {{6 fois}} : départ {{8h45}} place de la mairie, retour {{11h30}}, le {{mercredi}} et le {{samedi}}. Gratuit pour les {{plus de 70 ans}}.",
    ),
    (
        CHRS,
        AT,
        "{{115}}. Un fils appelle d'{{Istanbul}} pour son père à la rue à {{Toulon}}, M. [[PERSONNE:Ali Kaya]], {{73 ans}}, sur le kimlik « [[DATE_NAISSANCE:1951]] ». Numéro du fils : [[TELEPHONE:+90 532 418 77 06]]. L'écoutant envoie la {{maraude}} à la {{gare}}.",
    ),
    (
        CCAS,
        AP,
        "Mme [[PERSONNE:Nicole Baptiste]] vient pour la {{mutuelle communale}}. Née le [[DATE_NAISSANCE:6 juin 1952]], retraitée de la {{Poste}}. L'agente compare {{3 offres}}, la moins chère à {{62 €}} par mois. Elle prend la documentation, réfléchit.",
    ),
]

# END OF NOTES

NOTES = [*BATCH_1, *BATCH_2, *BATCH_3, *BATCH_4, *BATCH_5, *BATCH_6, *BATCH_7]

if __name__ == "__main__":
    sys.exit(main())
