"""Independent evaluation corpus n° 64: 240 hand-written French observation notes.

Each note is written below as a ``(site_kind, channel, text)`` tuple whose text carries inline
marks: ``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. ``parse`` strips
the marks and computes the offsets (Python string indices, end exclusive). Ids ``ind64-001`` …
``ind64-240`` follow the writing order. The split uses ``random.Random(64)`` on the ids and
the (site kind, channel) cells only, never on the contents.

Usage: python holdout_author.py   (writes dev.jsonl and holdout.jsonl next to this file)
Standard library only; deterministic.
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind64"
SEED = 64

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
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)


def parse(marked: str) -> tuple[str, list[dict], list[str]]:
    """Strip the marks of one note; return (text, entities, keep)."""
    out, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        chunk = marked[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        if m.group(1) is not None:
            label, value = m.group(1), m.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
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
    for stray in ("[[", "]]", "{{", "}}"):
        if stray in text:
            raise ValueError(f"stray mark {stray!r} in {text[:60]!r}")
    for ent in entities:
        value = text[ent["start"] : ent["end"]]
        if value != value.strip():
            raise ValueError(f"span {value!r} has surrounding whitespace")
    return text, entities, keep


def build(raw_notes: list[tuple[str, str, str]]) -> list[dict]:
    """Number the notes in writing order and parse them."""
    notes = []
    for i, (site_kind, channel, marked) in enumerate(raw_notes, start=1):
        if site_kind not in SITE_KINDS or channel not in CHANNELS:
            raise ValueError(f"bad cell {site_kind}/{channel}")
        text, entities, keep = parse(marked)
        notes.append(
            {
                "id": f"{PREFIX}-{i:03d}",
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return notes


def split(notes: list[dict]) -> tuple[set[str], set[str]]:
    """Split on ids and cells only: each cell shuffled and halved, leftovers pooled."""
    rng = random.Random(SEED)
    cells: dict[tuple[str, str], list[str]] = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note["id"])
    dev: set[str] = set()
    holdout: set[str] = set()
    leftovers: list[str] = []
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


def write(path: Path, notes: list[dict]) -> None:
    lines = [json.dumps(n, ensure_ascii=False) for n in sorted(notes, key=lambda n: n["id"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# The notes, in writing order.
# ---------------------------------------------------------------------------------------------

NOTES_1 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Vaulx-en-Velin}}, {{9h10}}. File déjà dehors, {{une quinzaine}} de pers. Mme [[PERSONNE:Benkhelifa]] vient pour la {{prime d'activité}} qui a sauté, elle a son n° alloc sur un post-it : [[N_ALLOCATAIRE:2841736]]. L'agente ([[PERSONNE:Sandrine]]) tape, ça mouline. « c'est la déclaration trimestrielle madame, elle a pas été faite ». La dame dit qu'elle l'a faite sur son tel. Elle l'a faite... pour le mauvais trimestre 😬",
    ),
    (
        "urgences",
        "accueil_physique",
        "URGENCES {{CHU}} de {{Rouen}} ({{Charles-Nicolle}}), {{14h}}. Salle d'attente pleine, l'écran affiche « temps d'attente estimé : {{4h30}} ». Un monsieur âgé avec sa fille, il tient son bras contre lui. L'IOA passe toutes les {{10 min}} appeler quelqu'un. Personne ne râle, bizarrement. Le distributeur de boissons est en panne depuis ce matin.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme tel {{France Travail}}, le {{3949}}. Appel d'un jeune, [[PERSONNE:Kylian Ferreira-Lopes]], veut savoir pq son paiement de juin est pas tombé. Le conseiller lui demande son identifiant : « [[ID_FRANCE_TRAVAIL:5128407 M]] ». Il n'a pas actualisé. Le conseiller ([[PERSONNE:Yannick]]) explique calmement, 2e fois. Lui : « mais j'ai pas reçu le mail !! ». Rappel prévu sur son portable [[TELEPHONE:07 61 28 94 03]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115 du Rhône}} ({{Maison de la Veille Sociale}}), {{22h40}}. Appel d'une femme avec {{2 enfants}}, dehors devant la gare {{Part-Dieu}}. L'écoutante note : nom [[PERSONNE:TRAORÉ]], prénom [[PERSONNE:Awa]], née le [[DATE_NAISSANCE:14/02/1991]]. Enfants [[PERSONNE:Moussa]], né en [[DATE_NAISSANCE:2016]], et [[PERSONNE:Fanta]], née en [[DATE_NAISSANCE:2019]]. Pas de place ce soir sur {{Lyon}}. On lui propose de rappeler à {{minuit}}. Silence au bout du fil, puis « d'accord ». L'écoutante ([[PERSONNE:Claire-Marie]]) raccroche et souffle.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de la {{Loire}}, accueil {{Saint-Étienne}} centre. Mme [[PERSONNE:Chaize]] veut une nouvelle {{carte Vitale}}, perdue dans le bus {{STAS}}. L'agent relit le numéro de sécu à voix haute pour vérifier : « [[NIR:2 79 03 42 218 047 93]], vous êtes bien née en [[DATE_NAISSANCE:mars 79]] à Saint-Étienne ? » — oui. Formulaire fait en {{12 min}}. Délai annoncé : {{3 semaines}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec l'assistante sociale du {{CCAS}} du {{Puy-en-Velay}}, quartier {{Guitard}}. M. [[PERSONNE:Vialle]], {{81 ans}}, vit seul au [[ADRESSE:14 rue des Tanneries]], 3e sans ascenseur. Demande d'aide pour le chauffage (poêle à granulés, {{1 palette}} = {{390 €}}). Frigo presque vide. Il nous montre des photos de sa femme, [[PERSONNE:Germaine]], décédée l'hiver dernier. L'AS, Mme [[PERSONNE:Rochette]], lui parle du portage de repas. Il dit non, « je sais faire la soupe ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "CSP avec un contrôleur de la {{Caf du Cantal}}, [[PERSONNE:Didier Chassang]]. On roule {{45 min}} jusqu'à {{Marcolès}}. Maison isolée, adresse du dossier : [[ADRESSE:La Borie Haute, 15220 Marcolès]]. Allocataire Mme [[PERSONNE:Delpuech]], déclare vivre seule ({{RSA majoré}}). Dans la cour une voiture immatriculée [[IMMATRICULATION:FK-482-TD]] ; elle dit que c'est celle de son frère [[PERSONNE:Jean-Luc]]. Le contrôleur note sans commenter. Des chiens partout, un qui s'appelle {{Pompon}} me suit jusqu'à la voiture.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Dax}}, {{3h du matin}} (j'ai tenu !). Appel d'une mère inquiète, enfant à {{39,8}} de fièvre. L'infirmière pose {{5 questions}}, conseille le {{15}} si ça s'aggrave, sinon médecin de garde. Appel suivant : quelqu'un qui demande si la cafét est ouverte. Non.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} {{Clermont-Ferrand}} nord. M. [[PERSONNE:Arnaud Peyronnet]], {{52 ans}}, ex-{{Michelin}} (site des {{Carmes}}), licencié. Il veut une formation cariste. La conseillère, [[PERSONNE:Nadia Ouali]], vérifie son identifiant [[ID_FRANCE_TRAVAIL:3471925B]] et son mail : [[EMAIL:a.peyronnet63@orange.fr]] (il l'épelle « a point peyronnet soixante-trois »). Lui : « j'ai fait {{31 ans}} chez {{Bib}} ». {{CACES}} possible en septembre.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS à {{Lille}} (quartier {{Moulins}} !). Entretien d'accueil. Mme [[PERSONNE:Oksana Kovalenko]] et sa fille [[PERSONNE:Daryna]], arrivées d'{{Ukraine}} en {{2022}}. Elle montre son APS, n° [[IDENTIFIANT:5902418376]], fin de validité dans {{10 jours}} → stress énorme. La travailleuse sociale ([[PERSONNE:Inès]]) appelle la préfecture, tombe sur un répondeur. On imprime l'attestation de prolongation en attendant.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel entrant {{Caf}}, plateforme de {{Clermont}}. Un monsieur veut changer de banque pour ses {{APL}}. Le conseiller dit qu'il faut passer par l'espace perso, mais le monsieur insiste et dicte son nouvel IBAN quand même : [[IBAN:FR76 1680 6000 1271 2345 9831 069]]. Le conseiller ne le saisit pas (procédure) mais l'écoute en entier par politesse 😅. Nom du monsieur : [[PERSONNE:Gilbert Teyssèdre]]. Durée de l'appel {{11 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Attente annoncée {{6 minutes}}, réelle {{19 min}}. Question : remboursement des lunettes d'un enfant avec la {{C2S}}. Réponse en {{2 min}} par la conseillère. Elle me dit que la moitié des appels c'est ça ou les arrêts maladie pas payés.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS {{Vénissieux}}, permanence. Dame des {{Minguettes}}, Mme [[PERSONNE:Nguyen Thi Lan]], facture {{EDF}} énorme ({{1 240 €}}). Réf client sur la facture : [[IDENTIFIANT:6014 772 390]]. L'agente, [[PERSONNE:Coralie]], appelle le service solidarité EDF en direct, met le haut-parleur. Plan d'apurement sur {{12 mois}} + dossier {{FSL}}. Numéro de la dame pour le rappel : [[TELEPHONE:06.52.18.73.40]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en logement diffus du CHRS ({{Bron}}, {{Parilly}}). Famille [[PERSONNE:Hakobyan]] : les parents, [[PERSONNE:Armen]] et [[PERSONNE:Lilit]], {{3 enfants}}. Appart {{T3}} loué à {{Est Métropole Habitat}}. Le chauffe-eau fuit. Le père parle peu français, la grande ([[PERSONNE:Nané]], {{12 ans}}) traduit tout, y compris les papiers de l'{{OFPRA}}. L'éducateur ([[PERSONNE:Romain B.]]) prend des photos de la fuite pour le bailleur.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CH Henri-Mondor}}, {{Aurillac}}. Accueil admin : l'agente, [[PERSONNE:Maryline]], enregistre un agriculteur de {{Salers}} qui s'est ouvert la main sur une clôture. Sur l'écran : IPP [[IDENTIFIANT:430019882]], né le [[DATE_NAISSANCE:02/09/1958]], nom [[PERSONNE:BESSE Roger]]. Il a conduit lui-même {{50 km}} avec un torchon autour. Sa femme arrive {{20 min}} après avec la {{carte Vitale}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf de la Guadeloupe}}, {{Pointe-à-Pitre}}. Chaleur, ventilos à fond. Mme [[PERSONNE:Jean-Baptiste]] (c'est son nom de famille) vient avec son fils [[PERSONNE:Kenzo]] pour l'{{ARS}} de la rentrée. N° allocataire [[N_ALLOCATAIRE:0931547]]. Le droit est ouvert mais versé sur un ancien compte fermé. L'agent, M. [[PERSONNE:Zénon]], lui dit qu'on la rappellera au [[TELEPHONE:0690 41 27 88]]. Créole entre eux, je comprends un mot sur trois.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appels sortants « relance CEJ » ({{Contrat d'engagement jeune}}). Sur {{14 numéros}} composés : {{9 messageries}}, {{3 faux numéros}}, {{2 jeunes}} qui décrochent. Un des deux raccroche en entendant « {{France Travail}} ». Le conseiller : « c'est normal, ils croient que c'est pour les radier ». {{45 min}} de boulot pour ça.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail à domicile avec un agent assermenté de la {{Cpam du Rhône}}, [[PERSONNE:Thierry Gaillard]]. Adresse : [[ADRESSE:27 avenue Paul Santy, 69008 Lyon]]. {{10h15}} sonnerie, rien. {{10h22}} la dame ouvre, en robe de chambre, elle était sous la douche. Mme [[PERSONNE:Ferhat]], lombalgie. Tout conforme, sorties autorisées {{14h-16h}}. Visite = {{8 minutes}}. Trajet = {{35 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Tel CCAS {{Roanne}}. Un monsieur appelle pour sa voisine, Mme [[PERSONNE:Dumas]], {{92 ans}}, qu'il ne voit plus sortir. L'agent note son numéro à lui, qu'il dit en toutes lettres : « [[TELEPHONE:zéro quatre, soixante-dix-sept, soixante-huit, douze, trente]] ». Déclenchement d'une visite ({{plan canicule}}). Je demande le nom du monsieur : [[PERSONNE:Morel]], « mais ça sert à rien de le noter ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour de l'{{ANEF 63}}, {{Clermont}}. Un jeune, [[PERSONNE:Yanis]], {{19 ans}}, sort de l'{{ASE}}. Il montre son insta au travailleur social pour prouver qu'il bosse dans un resto : [[IDENTIFIANT:@yanis.cfd63]]. Le TS, [[PERSONNE:Hervé Malbec]], rigole : « ok je te crois ». Orientation {{SIAO 63}} + {{FJT}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle Caf à {{Montluçon}}, quartier {{Fontbouillant}}. Contrôleuse : [[PERSONNE:Sophie Lavergne]]. Allocataire : M. [[PERSONNE:Da Silva]], déclare être isolé ({{ASF}} + {{APL}}). Adresse [[ADRESSE:6 allée des Peupliers, 03100 Montluçon]]. Sur la boîte aux lettres, 2 noms : [[PERSONNE:DA SILVA]] et [[PERSONNE:MOREAU C.]]. Lui : « c'est l'ancienne locataire ». Vêtements de femme dans la salle de bain. Voiture devant [[IMMATRICULATION:ER 471 WJ]], à lui. Rapport à rédiger, elle ne dit rien devant lui.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{La Timone}}, {{Marseille}}. Admission d'un jeune amené par les pompiers. L'agente lit la CNI : [[PERSONNE:Rayan Boudjellal]]. L'écran affiche la date de naissance au format ISO : [[DATE_NAISSANCE:2004-06-17]]. Pompiers repartis en {{5 min}}. Famille prévenue par l'assistante sociale, Mme [[PERSONNE:Giordano]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Bourg-en-Bresse}}. Mme [[PERSONNE:Aurélie Guillermin]], auto-entrepreneuse (ménage à domicile), veut cumuler {{ARE}} et micro. Elle dicte son SIRET perso : [[IDENTIFIANT:894 127 562 00011]]. Identifiant FT [[ID_FRANCE_TRAVAIL:0286413R]]. Le conseiller, [[PERSONNE:Mehdi]], sort une calculette, papier, crayon. « Je vous fais un exemple avec {{1 200 €}} de CA ». Elle prend des notes. Je comprends rien aux règles de cumul, elle non plus.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} {{Tours}}, {{mardi matin}}.\n- {{8h30}} ouverture, {{6 personnes}}\n- 1 : attestation de droits → borne\n- 2 : {{carte Vitale}} pas reçue\n- 3 : {{C2S}} refusée, dépasse de {{14 €}} 😶\n- 4 : arrêt pas payé, l'employeur a pas envoyé l'attestation\n- 5 et 6 : un couple, mutuelle\nTout le monde ressort avec quelque chose, sauf la dame de la C2S.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf}} : une jeune femme, [[PERSONNE:Maëlys]], étudiante à {{Saint-Étienne}}, {{APL}}. Elle veut une réponse par mail et donne : [[EMAIL:maelys.vercasson [at] gmail [point] com]]. Elle épelle son nom : [[PERSONNE:V-E-R-C-A-S-S-O-N]]. Num alloc [[N_ALLOCATAIRE:3307521]]. Le conseiller lui dit que les mails c'est via le site. « Mais le site il marche pas ». Ticket ouvert.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile du {{CCAS}} de {{Valence}} pour une aide facultative, quartier {{Fontbarlettes}}. Mme [[PERSONNE:Aït-Ouarab]], [[ADRESSE:11 rue Henri Dunant, 26000 Valence]], {{4 enfants}}, le mari est bloqué en {{Algérie}} depuis {{6 mois}} (visa). Frigo : du lait, des yaourts, c'est tout. L'AS, [[PERSONNE:Julie Faure]], valide des bons alimentaires ({{80 €}}) et l'{{épicerie sociale}}. Le petit dernier dort sur le canapé pendant toute la visite.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Loire}}, {{21h}}. Un homme appelle, épelle son nom : « [[PERSONNE:K, O, W, A, L, S, K, I]] ». Né en [[DATE_NAISSANCE:1971]]. Il dort dans sa voiture à {{Chateaucreux}}, sur le parking de la gare. Il a froid. Une seule place, en halte de nuit à l'{{Armée du Salut}}. Il dit « c'est loin pour moi ». Il finit par accepter. L'écoutant : [[PERSONNE:Fred]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences de {{Lyon Sud}}, standard. Une dame appelle pour savoir si son mari est bien arrivé : [[PERSONNE:Marcel Chapuis]]. L'agent cherche, oui, {{box 7}}. Elle veut qu'on la rappelle au [[TELEPHONE:04 78 51 22 96]] quand il sort. L'agent dit qu'ils ne rappellent pas, c'est à elle de rappeler. Elle rappellera dans {{1 h}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "ACCUEIL {{CAF}} {{LYON}} 3E. ÉNORME QUEUE, {{47 TICKETS}} EN ATTENTE À {{10H}}. L'AGENT À LA BORNE DIT « REVENEZ JEUDI ». UNE DAME PLEURE. J'ÉCRIS EN MAJ PARCE QUE JE SUIS SOUFFLÉ.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant, agence {{Paris}} 19e. M. [[PERSONNE:Ousmane Diakité]] (prononcé « [[PERSONNE:Diakhité]] » par le conseiller, qui s'excuse). Il a reçu un courrier de radiation. Identifiant : [[ID_FRANCE_TRAVAIL:6203158 Z]]. Il avait un rdv mais il était en mission {{intérim}} chez {{Adecco}}. Le conseiller demande un justificatif par mail, le monsieur donne [[EMAIL:ousmane.dkt75@hotmail.fr]]. Radiation annulée sous {{24 h}}, normalement.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Villeurbanne}}, {{Gratte-Ciel}}. M. [[PERSONNE:Abdelkader Hamidi]], {{56 ans}}, né en {{Algérie}}, vient pour sa pension d'invalidité. Il récite son numéro de sécu par cœur, d'un trait : [[NIR:168119935221332]]. Mutuelle {{Harmonie}} n° [[IDENTIFIANT:7720419365]]. L'agente, Mme [[PERSONNE:Berthier]], trouve le dossier mais la pension est suspendue : ressources pas déclarées. Il a l'air de découvrir.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS {{Strasbourg}}, {{Neuhof}}. Domiciliation : {{3 personnes}} viennent chercher leur courrier. Une lettre de la préfecture, une de la {{CPAM}}, une pub {{Lidl}}. L'agent dit que la pub c'est déjà une bonne nouvelle, ça veut dire que l'adresse marche 😂",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de l'équipe mobile du CHRS sur l'aire d'accueil des {{gens du voyage}} de {{Rillieux}}. Famille [[PERSONNE:Winterstein]] : la mère, [[PERSONNE:Nadine]], et son fils [[PERSONNE:Django]]. Caravane [[ADRESSE:aire des Marais, emplacement 14]]. Voiture tractrice [[IMMATRICULATION:GH-914-KP]], et le fils a une vieille {{Clio}} immatriculée en Belgique, [[IMMATRICULATION:1-KJX-387]]. Sujet du jour : scolarisation de la petite, {{6 ans}}, jamais allée à l'école.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Émile-Roux}}, {{Le Puy}}. Samedi soir, deux jeunes après une bagarre devant un bar. L'un s'appelle [[PERSONNE:Théo Mounier]], l'autre l'appelle « [[PERSONNE:Titi]] ». L'agente d'accueil, [[PERSONNE:Gisèle]], demande une adresse : [[ADRESSE:lieu-dit Chabanoles, 43260 Saint-Julien-Chapteuil]]. Elle connaît la mère du gamin, évidemment.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{Saint-Denis}} ({{La Réunion}}), contrôle {{Caf}}, quartier du {{Chaudron}}. Mme [[PERSONNE:Marie-Josée Payet]], [[ADRESSE:18 rue des Flamboyants, 97490 Sainte-Clotilde]]. Contrôleur : [[PERSONNE:Jean-Hugues Técher]]. Il vérifie le {{RSA}} : relevés du compte à la {{CEPAC}}, [[IBAN:FR76 1131 5000 0108 2194 7650 256]]. Virements réguliers de {{300 €}} d'un certain « [[PERSONNE:Dédé]] » → c'est son fils en métropole, elle montre les SMS.",
    ),
]

NOTES_2 = [
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme {{Cpam du Puy-de-Dôme}}, {{14h05}}. Jeune maman en congé mat, indemnités journalières pas versées depuis {{5 semaines}}. Elle donne son n° de sécu en lisant sa carte : « [[NIR:2 94 07 63 113 512 85]] ». La conseillère, [[PERSONNE:Sylvie]], vérifie : « vous êtes bien Mme [[PERSONNE:Manon Bergeron]], née le [[DATE_NAISSANCE:11 juillet 1994]] ? ». Oui. Problème : l'employeur ({{Intermarché}}) a envoyé l'attestation avec un mauvais salaire. Elle pleure un peu. [[PERSONNE:Sylvie]] relance l'employeur pendant l'appel, mise en attente {{4 min}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier collectif « {{Réussir son entretien}} », agence d'{{Évry}}. {{8 inscrits}}, {{3 présents}}. La conseillère fait quand même tout le programme, avec les jeux de rôle. Un participant demande s'il doit parler de ses {{2 ans}} de trou dans le CV. Réponse : « dites la vérité, mais préparez-la ». Café {{Nespresso}} de la conseillère, perso.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS à {{Villeurbanne}}, entretien de pré-admission. M. [[PERSONNE:Hicham El Amrani]], né le [[DATE_NAISSANCE:4 avril 1990]] à {{Casablanca}}, {{35 ans}}. Il a gardé précieusement son attestation de droits : n° [[NIR:1 90 04 99 350 401 72]]. Sorti de détention il y a {{3 semaines}}, dort chez un cousin à {{Vénissieux}} qui ne peut plus le garder. Le chef de service, [[PERSONNE:Baptiste Roux]], explique le règlement : pas d'alcool, retour avant {{23h}}. Il signe sans lire. Je lui demande après s'il avait lu, il rit.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS d'{{Aurillac}}. Dossier {{APA}} pour Mme [[PERSONNE:Raymonde Cipière]], {{77 ans}}, venue avec son neveu. L'agente, [[PERSONNE:Laëtitia]], recopie la {{carte Vitale}} : [[NIR:247121501403137]], et la date de naissance, [[DATE_NAISSANCE:19/12/1947]]. Née à Aurillac, « {{rue du Buis}}, là où y a la pharmacie maintenant ». Le neveu, [[PERSONNE:Christophe]], s'impatiente, il est garé en double file.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf de la Loire}}, antenne de {{Montreynaud}}. Couple [[PERSONNE:Ben Salah]], [[PERSONNE:Walid]] et [[PERSONNE:Samira]], {{3 enfants}}. Ils ont ouvert un compte au {{Crédit Agricole}} et veulent que les allocs arrivent dessus. L'agent, [[PERSONNE:Guillaume]], saisit le RIB qu'ils tendent : [[IBAN:FR76 1450 6000 7172 0145 6321 012]]. N° alloc [[N_ALLOCATAIRE:4419208]]. Délai : prochain versement, {{le 5}}. [[PERSONNE:Samira]] demande « le 5 de quel mois ? ». Bonne question.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{CHU Pellegrin}}, {{Bordeaux}}, {{2h}}. Un habitué arrive à pied, tout le monde le connaît : « salut [[PERSONNE:Jojo]] ». L'agente me dit qu'il vient quasi tous les soirs quand il fait moins de {{5 degrés}}. On lui donne un café et une couverture, il dort sur les chaises jusqu'à {{6h}}. Pas de dossier ouvert.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Inscription par tél, {{France Travail}} {{Villeurbanne}}. M. [[PERSONNE:Steeve Lancelot]], arrivé de {{Guadeloupe}} il y a {{2 mois}}. Le conseiller demande le n° de sécu, il le dit d'une traite : [[NIR:185019712008867]], né le [[DATE_NAISSANCE:23/01/1985]] à {{Pointe-à-Pitre}}. Mail : [[EMAIL:steeve.lancelot971@gmail.com]]. Il cherche dans la logistique, {{CACES 1 3 5}} à jour. Le conseiller : « vous allez pas chômer longtemps vous ». Conseiller = [[PERSONNE:Jérémy Brun]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Caf, appel. Mme [[PERSONNE:Fatoumata Camara]], num allocataire [[N_ALLOCATAIRE:1852260]]. Elle lit son RIB {{La Banque Postale}} caractère par caractère : [[IBAN:FR20 2004 1010 0704 1234 5K03 865]]. Le conseiller répète chaque groupe de 4. « K comme kilo ? » « non, K comme [[PERSONNE:Kadiatou]], ma fille ». 😄 Durée {{9 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt maladie, {{Cpam de la Haute-Loire}}, avec [[PERSONNE:Corinne Chambon]], agente assermentée. Assuré : M. [[PERSONNE:Pascal Robert]], [[ADRESSE:Le Mazel, 43200 Yssingeaux]]. Personne. Sa voiture n'est pas là non plus (fiche : [[IMMATRICULATION:EZ-203-LN]]). Avis de passage dans la boîte. [[PERSONNE:Corinne]] : « s'il est chez le kiné, il aura un justificatif, c'est tout ». {{1h10}} de route aller-retour pour ça.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "CCAS de {{Lyon}}, antenne du {{8e}}, au tel. Série d'appels sur la tarification solidaire {{TCL}} : « c'est combien ? » → {{10 €}} ou gratuit selon le {{QF}}. L'agente a un post-it avec les montants collé sur l'écran. {{7 appels}} en {{40 min}}, tous pareils.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à domicile, appartement du CHRS à {{Saint-Étienne}}, {{Tarentaize}}. Famille [[PERSONNE:Berisha]], déboutée de l'asile, recours à la {{CNDA}} n° [[IDENTIFIANT:25012745]]. Adresse de l'appart : [[ADRESSE:21 rue Badouillère, 42000 Saint-Étienne]]. Le père, [[PERSONNE:Arben]], veut travailler, il a un diplôme de soudeur du {{Kosovo}}. La mère, [[PERSONNE:Elira]], montre les moisissures au plafond de la chambre des enfants. L'éducatrice, [[PERSONNE:Maud Perrin]], promet un courrier au bailleur, {{Métropole Habitat}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences de {{Gabriel-Montpied}}, {{Clermont}}. L'{{EHPAD Les Jardins d'Ariane}} appelle pour prévenir qu'ils envoient Mme [[PERSONNE:Odette Bouchet]], {{94 ans}}, chute dans la nuit. L'infirmière de l'EHPAD donne l'IPP qu'elle a sur le dernier compte-rendu : [[IDENTIFIANT:P01228471]]. L'agent : « super, ça va aller plus vite ». Transport par les {{Ambulances Chapelle}}, arrivée prévue {{9h}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle Caf à {{Vénissieux}}, {{Minguettes}}. Contrôleur : [[PERSONNE:Patrick Rey]]. Mme [[PERSONNE:Khadija Mansouri]], [[ADRESSE:12 avenue Jean Cagne, 69200 Vénissieux]], déclarée isolée. Sur la table, un courrier {{Pôle emploi}} au nom de [[PERSONNE:Rachid Mansouri]] à cette adresse. Elle : « c'est mon ex, il fait suivre son courrier ici ». [[PERSONNE:Patrick]] demande s'il dort là. « Non. » Il note. Sur le balcon sèchent des chemises d'homme taille XL. Je les vois, lui aussi je pense.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Roubaix}}, agence {{France Travail}}, {{lundi 9h}}. La borne d'accueil affiche « Hors service ». L'agent d'accueil fait tout à la main sur un cahier : nom, motif, heure. {{22 personnes}} avant {{10h}}. Il a une écriture minuscule et il sourit à tout le monde.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Lyon}} {{7e}}, près de {{Jean Macé}}. M. [[PERSONNE:Mamadou Baldé]], renouvellement {{AME}}. Il présente son passeport guinéen n° [[IDENTIFIANT:R0412876]]. L'agente, [[PERSONNE:Fabienne]], dit qu'il manque l'attestation d'hébergement ; il vit chez un ami, [[PERSONNE:Ibrahima Sow]], [[ADRESSE:33 rue Pasteur, 69007 Lyon]]. Rdv redonné dans {{15 jours}}. Il repart avec la liste surlignée en jaune.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite CCAS de {{Moulins}}, quartier des {{Champins}}. M. [[PERSONNE:Lucien Gagnaire]], {{88 ans}}, veuf, [[ADRESSE:5 impasse des Lilas, 03000 Moulins]]. Téléalarme à installer. Son chien {{Filou}} aboie tout le long. Il nous donne le numéro de sa fille [[PERSONNE:Évelyne]], à {{Nevers}}, comme contact d'urgence : [[TELEPHONE:03 86 57 21 49]]. Le technicien de {{Présence Verte}} teste le bip {{3 fois}}, il rigole à chaque fois.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{Samusocial de Paris}}, {{115}}, {{19h}}. Appel de Mme [[PERSONNE:Mariam Koné]], née en [[DATE_NAISSANCE:mai 1988]], enceinte de {{7 mois}}. Dossier SIAO : [[IDENTIFIANT:SIAO75-2025-048813]]. Elle est à l'hôtel depuis {{4 mois}} ({{Hôtel du Parc}}, {{chambre 214}}, à {{Saint-Denis}}) et « on me dit de partir demain ». L'écoutant vérifie : prise en charge prolongée, erreur de l'hôtelier. Soulagement au bout du fil.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CHU de Reims}}, lundi {{8h}}. Relève de l'équipe d'accueil. La collègue de nuit laisse un mot : « {{23 passages}}, {{2 fugueurs}}, la machine à café marche mais faut taper à gauche ». Ça me fait rire, la nouvelle équipe non.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf du Puy-de-Dôme}}, accueil de {{Clermont}}. Étudiant chinois, [[PERSONNE:Wang Hao]], inscrit à l'{{UCA}}. {{APL}} bloquée, pièce manquante. Il veut la liste par mail et l'écrit sur un papier : [[EMAIL:wanghao_98 (arobase) qq.com]]. N° alloc [[N_ALLOCATAIRE:5126047]]. L'agente, [[PERSONNE:Amandine]], explique qu'il faut le visa étudiant (VLS-TS). Traduction via {{Google Traduction}} sur son téléphone.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel, FT {{Lyon}} {{Part-Dieu}}. Mme [[PERSONNE:Graziella Bonfanti]] donne son identifiant en trois morceaux : « [[ID_FRANCE_TRAVAIL:461 9207 K]] ». Numéro de rappel : [[TELEPHONE:+33 6 48 20 17 95]]. Question : une formation d'aide-soignante financée ? Le conseiller, [[PERSONNE:Anthony]] : « oui, via {{Transitions Pro}} ou la {{Région}} ». Elle note. Elle a {{44 ans}} et dit « c'est maintenant ou jamais ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, côté conseillers. Le tableau au mur affiche en rouge : « {{312 appels}} en attente ». Personne ne le regarde. Une conseillère me dit : « si tu le regardes tu craques ». Pause de {{10 minutes}} à {{15h30}}, tout le monde sort en même temps.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS de {{Bourg-en-Bresse}}, domiciliation. M. [[PERSONNE:Gheorghe Lăcătuș]], roumain, vient renouveler son attestation. Carte d'identité roumaine : série [[IDENTIFIANT:RX 482913]]. L'agente ([[PERSONNE:Sonia]]) écrit son nom avec les accents roumains à la main, elle a appris pour lui. Il lui apporte des mirabelles de temps en temps, ramassées sur un terrain à {{Péronnas}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS à {{Toulouse}}, quartier {{Bagatelle}}. Jeune afghan, M. [[PERSONNE:Ahmad Zia Noori]], réfugié statutaire. Il montre son titre, n° AGDREF [[IDENTIFIANT:3101284765]]. Il parle dari, un autre résident ([[PERSONNE:Farid]]) traduit. Demande : ouvrir un compte, procédure de droit au compte de la {{Banque de France}}. Le TS, [[PERSONNE:Cédric Mas]], remplit le formulaire avec lui.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Montluçon}}. Une dame amène son mari, confus. L'agente demande la date de naissance, la dame répond pour lui : « le [[DATE_NAISSANCE:douze mai quarante-neuf]] ». Le mari corrige : « [[DATE_NAISSANCE:cinquante]] ! ». Elle : « mais non, [[PERSONNE:Jeannot]], [[DATE_NAISSANCE:quarante-neuf]] ». L'écran dit [[DATE_NAISSANCE:12/05/1949]]. La dame a gagné.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf du Cantal}} du côté de {{Riom-ès-Montagnes}}. Contrôleur : [[PERSONNE:Bernard Astier]], {{30 ans}} de maison. M. [[PERSONNE:Jérôme Vigouroux]] et sa compagne [[PERSONNE:Élodie]], ferme au [[ADRESSE:lieu-dit Le Pradel, 15400 Riom-ès-Montagnes]]. Sujet : {{prime d'activité}} et revenus agricoles. Ils sortent un classeur impeccable. Une vieille {{205}} dans la grange, plaque ancienne [[IMMATRICULATION:4512 TH 15]]. « Elle roule encore ? » « Pour les foins ». Des {{Salers}} partout dans le pré (les vaches hein).",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Valence}}, {{Le Polygone}}. Une jeune femme, [[PERSONNE:Chaïma Belkacem]], {{23 ans}}, BTS MCO, veut bosser à l'étranger. Le conseiller, [[PERSONNE:Olivier]], lui parle d'{{EURES}}. Identifiant [[ID_FRANCE_TRAVAIL:7730218C]]. Il lui envoie les liens sur [[EMAIL:chaima.blk@outlook.fr]] pendant qu'elle est là. « Vous l'avez reçu ? » « Ouais c'est bon ». Efficace.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle avec l'agent de la {{CPAM de Haute-Corse}}, [[PERSONNE:Paul-Antoine Santoni]]. Assuré en arrêt depuis {{4 mois}}, M. [[PERSONNE:Ghjuvanni Luciani]], [[ADRESSE:4 rue César Campinchi, 20200 Bastia]]. Il est là, il boite vraiment. Il nous offre un café. [[PERSONNE:Paul-Antoine]] et lui se connaissent (« ton père jouait au foot avec le mien »). Contrôle conforme en {{10 min}}, café compris.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "CCAS de {{Montpellier}}, au tel. M. [[PERSONNE:Ramón Ortega]] appelle pour une aide à l'énergie. {{67 ans}}, retraite de {{890 €}}. L'agente, [[PERSONNE:Delphine]], lui fixe un rdv {{jeudi 10h}} et note son fixe : [[TELEPHONE:04 67 92 15 38]]. Il demande s'il peut venir avec sa voisine, qui parle mieux français. Oui.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de l'appartement relais du CHRS à {{Vichy}}, quartier des {{Garêts}}. Mme [[PERSONNE:Christelle Bardin]], sortie de violences conjugales, avec son fils [[PERSONNE:Noah]], {{8 ans}}. Adresse tenue confidentielle dans le dossier : [[ADRESSE:17 rue de l'Orangerie, 03200 Vichy]]. L'ex ne doit pas la connaître. Elle a vu {{2 fois}} la même voiture en bas et a noté la plaque pour l'éduc : [[IMMATRICULATION:GA-552-BS]]. L'éducatrice, [[PERSONNE:Aurore]], appelle le commissariat direct.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences du {{CHC}}, {{Cayenne}}, standard. Une femme appelle de {{Saint-Georges}} : son frère, [[PERSONNE:Wilson Pinas]], a été évasané hier, elle veut des nouvelles. L'agent vérifie, il est en médecine. Elle laisse son numéro : [[TELEPHONE:0694 20 38 51]]. L'agent passe au portugais avec elle, puis revient au français.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Caf, plateforme. Je compte : sur {{1 heure}}, {{11 appels}}. {{4 fois}} « mon paiement », {{3 fois}} « mon dossier », 2 qui raccrochent avant, 1 insulte, 1 merci. Le merci fait du bien à tout le plateau, la conseillère le répète à voix haute.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant, FT {{Aurillac}}. La conseillère, [[PERSONNE:Véronique Delmas]], appelle M. [[PERSONNE:Florian Lacombe]], absent à son rdv. Il décroche au 3e essai : il était à la traite, il est ouvrier agricole saisonnier dans un {{GAEC}}. Identifiant [[ID_FRANCE_TRAVAIL:2093471N]]. Elle lui renvoie la convocation par mail, il dicte [[EMAIL:flo.lacombe15@laposte.net]]. « Et vous pourriez me mettre le rdv après {{18h}} ? » Non.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam du {{Puy-en-Velay}}. Un jeune, [[PERSONNE:Enzo Rouchon]], {{18 ans}}, veut sa propre {{carte Vitale}}. L'agente, Mme [[PERSONNE:Courbon]], vérifie : « vous êtes né le [[DATE_NAISSANCE:3 février 2007]] ? ». Elle lui crée son compte {{ameli}} sur place, il tape son mot de passe en cachant l'écran, elle rit.",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf, point d'accueil de {{Bron}}, {{Terraillon}}. Mme [[PERSONNE:Dalila Haddad]] apporte un RIB imprimé {{Crédit Mutuel}} : [[IBAN:FR7610278073200002041874513]] (sans espaces sur le papier). L'agent, [[PERSONNE:Karim]], le scanne. Elle demande aussi pour l'{{AAH}} de son fils ; il la renvoie vers la {{MDMPH}}. Elle soupire : « encore un guichet ». Durée {{15 min}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{SIAO}} de la {{Haute-Loire}}, au tel. Commission hebdo en visio, j'écoute. {{12 demandes}}, {{4 places}}. Ils parlent des « situations » par numéro de ligne, jamais par nom. Quelqu'un dit « la {{ligne 7}} on la garde en priorité, grossesse ». Tout le monde est d'accord en {{2 secondes}}.",
    ),
]

NOTES_3 = [
    (
        "cpam",
        "accueil_physique",
        "Cpam de {{Corse-du-Sud}}, {{Ajaccio}}. Mme [[PERSONNE:Marie-Dominique Leca]] prépare sa retraite, veut vérifier ses trimestres d'arrêt maladie des années 90. L'agent, [[PERSONNE:Stéphane]], lit son numéro à l'écran pour confirmer : « [[NIR:2 62 09 2A 004 217 36]] ». Elle : « oui, 2A, je suis bien d'ici ». Il imprime un relevé des IJ de {{1994}} à {{1998}}. Elle repart avec une pochette et {{3 feuilles}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} de {{Roanne}}. M. [[PERSONNE:Stéphane Ducreux]], chauffeur routier, a perdu son permis ({{6 mois}} de suspension). Inscription : la conseillère, [[PERSONNE:Hélène Mathevet]], recopie son numéro de sécu depuis l'attestation : [[NIR:175064218715545]]. Né à Roanne le [[DATE_NAISSANCE:14 juin 1975]]. Il dit qu'il a déjà eu {{2 entretiens}}, « mais sans permis ils veulent pas ». Identifiant attribué : [[ID_FRANCE_TRAVAIL:5508124F]]. Il demande si le {{RSA}} c'est pour lui. Pas tout de suite.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Gironde}}, {{Bordeaux}}, {{20h-21h}}. Je compte les appels qui aboutissent : {{17}}. Les autres tombent sur la musique d'attente, du {{Vivaldi}}, « {{Les Quatre Saisons}} » (ironie). Réponse la plus fréquente : « pas de place ce soir, rappelez demain {{9h}} ». Les écoutants gardent une voix très douce, même à la 17e fois.",
    ),
    (
        "caf",
        "controle_sur_place",
        "CSP {{Caf de la Loire}}, {{La Cotonne}} ({{Saint-Étienne}}). Contrôleuse : [[PERSONNE:Nathalie Gonon]]. Allocataire : M. [[PERSONNE:Issa Diallo]], [[ADRESSE:8 allée des Tilleuls, 42100 Saint-Étienne]]. Sujet : enfants à charge, {{4}} déclarés. 2 présents, les 2 autres « chez leur mère à {{Dakar}} pour les vacances ». La contrôleuse demande les billets. Il les montre sur son téléphone : {{Air Sénégal}}, au nom de [[PERSONNE:Aminata Diallo]] et [[PERSONNE:Boubacar Diallo]]. Conforme.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de la {{Croix-Rousse}}, {{16h}}. Une étudiante, [[PERSONNE:Clémence Vauthier]], entorse dans les escaliers des {{Pentes}}. Accueil : « date de naissance ? » « le [[DATE_NAISSANCE:30 octobre 2003]] ». Personne à prévenir : sa coloc, [[PERSONNE:Anaïs]], [[TELEPHONE:07 83 19 62 05]]. Attente estimée {{3h}}. Elle révise ses partiels sur le brancard.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, CCAS de {{Clermont-Ferrand}}, {{Croix-de-Neyrat}}. M. et Mme [[PERSONNE:Yilmaz]] ([[PERSONNE:Mehmet]] et [[PERSONNE:Ayşe]]), [[ADRESSE:6 rue Henri Pourrat, 63100 Clermont-Ferrand]]. Lui, {{71 ans}}, sort de l'hôpital, AVC. L'AS, [[PERSONNE:Fanny Vernière]], monte un dossier d'aide ménagère. Leur fils [[PERSONNE:Emre]] traduit en visio depuis {{Istanbul}}. Le thé arrive avant qu'on ait dit bonjour.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme {{France Travail}}, mercredi. Thème du jour : la réforme du {{RSA}} et les {{15 heures}} d'activité. {{6 appels}} sur {{8}} en parlent. Les conseillers ont une fiche réflexe de {{2 pages}}, ils la connaissent par cœur. Un appelant demande si « jardiner chez sa mère » ça compte. Silence gêné.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf de l'Allier}}, accueil de {{Moulins}}, {{11h40}}. Mme [[PERSONNE:Céline Lamoine]], {{2 enfants}}, séparation récente, veut mettre à jour sa situation. N° allocataire [[N_ALLOCATAIRE:2075318]]. L'agent, [[PERSONNE:Thomas]], lui fait créer une adresse mail, elle n'en avait pas : [[EMAIL:celine.lamoine03@gmail.com]]. Mot de passe écrit sur un papier rangé dans le portefeuille 🙈. Déclaration faite ensemble en {{25 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt, {{Cpam du Rhône}}, {{La Duchère}}. Agent : [[PERSONNE:Farid Bensaïd]]. Assurée : Mme [[PERSONNE:Sylvie Perret]], [[ADRESSE:52 avenue du Plateau, 69009 Lyon]]. Interphone cassé, on attend qu'un voisin sorte. {{4e étage}} à pied. Elle est là, en pyjama, burn-out. Elle s'excuse du désordre. [[PERSONNE:Farid]] est très délicat, il reste sur le palier. Conforme.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS à {{Saint-Étienne}}, quartier {{Jacquard}}. M. [[PERSONNE:Joaquim Pereira]], {{66 ans}}, né au {{Portugal}}, maçon toute sa vie, n'a jamais demandé sa retraite (!). La CESF, [[PERSONNE:Léa Fournel]], sort son relevé : n° sécu [[NIR:1 58 10 99 139 330 86]]. Elle calcule à voix haute : {{42 ans}} de boulot, pas tous déclarés. Il hausse les épaules : « le patron, M. [[PERSONNE:Barbosa]], il payait en liquide ». Dossier {{Carsat}} lancé aujourd'hui.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "{{CHU de Lille}}, urgences, standard. Un ado appelle pour sa grand-mère qui ne répond plus au tél, Mme [[PERSONNE:Wojcik]] ; il épelle : « [[PERSONNE:W-O-J-C-I-K]] ». L'agent n'a personne à ce nom aux urgences. Il conseille d'appeler les pompiers, le {{18}}. L'ado : « ah ouais. » Il raccroche vite.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS de {{Vaulx-en-Velin}}, {{Mas du Taureau}}. Aide financière d'urgence accordée en commission, {{150 €}}, pour Mme [[PERSONNE:Trần Thị Ngọc]]. Virement sur son compte {{Caisse d'Épargne}} : [[IBAN:FR76 1382 5002 0004 0192 8374 654]]. L'agente, [[PERSONNE:Myriam]], vérifie le RIB deux fois en le lisant à voix haute. Délai du virement : {{10 jours}}. La dame : « et d'ici là je mange quoi ? ». [[PERSONNE:Myriam]] lui donne un colis des {{Restos du Cœur}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf du Nord}}, appel. M. [[PERSONNE:Vandenbroucke]] habite {{Tourcoing}}, bosse à {{Mouscron}}, compte en Belgique. Il dicte l'IBAN belge : [[IBAN:BE72 0631 8273 6416]]. Le conseiller : « BE, c'est bon, on peut ». N° allocataire [[N_ALLOCATAIRE:9041276]]. Question suivante : sa femme, [[PERSONNE:Griet]], doit-elle toucher les allocs belges ou françaises ? Le conseiller : « ça, c'est le règlement européen… je vous transfère ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "FT {{Le Puy-en-Velay}}, {{Val-Vert}}. Rdv de suivi. Mme [[PERSONNE:Josiane Courtial]], {{58 ans}}, ex-opératrice chez un sous-traitant auto à {{Monistrol}}. Identifiant : [[ID_FRANCE_TRAVAIL:4407261 X]]. Le conseiller, [[PERSONNE:Gaëtan]], lui propose un poste d'ASH à l'{{EHPAD Les Tilleuls}}. Elle : « à mon âge ? » Lui : « à votre âge ils adorent, vous êtes fiable ». Elle rit. CV mis à jour sur place, la photo datait de {{2009}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Castres}}, dimanche {{15h}}. Calme. {{4 patients}} en attente. La télé de la salle passe le rugby, {{CO}} contre {{Toulon}}. Un patient avec une attelle crie quand {{Castres}} marque. L'agent d'accueil aussi. Ambiance.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de l'équipe CHRS de l'{{ANEF}} à un monsieur qui vit en camping-car, [[ADRESSE:camping Le Pré Vert, emplacement 31]], à {{Cournon}}. M. [[PERSONNE:Didier Cheminal]], {{59 ans}}, plus de logement depuis son divorce. Le camping-car : [[IMMATRICULATION:CV-118-RQ]], pneus lisses. Il veut « juste une adresse pour le courrier ». L'éduc, [[PERSONNE:Malik]], lui parle de la domiciliation au {{CCAS}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel {{Cpam des Bouches-du-Rhône}}. Une jeune femme, [[PERSONNE:Anrifa Saïd Ali]], demande la {{C2S}}. Elle donne son numéro : [[NIR:2 01 02 99 397 026 18]], née le [[DATE_NAISSANCE:07/02/2001]] à {{Moroni}}. La conseillère, [[PERSONNE:Nora]] : « vous habitez toujours [[ADRESSE:118 boulevard National, 13003 Marseille]] ? » « Non, j'ai bougé à {{Félix Pyat}} ». Nouvelle adresse à envoyer par courrier, pas par tél.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "CCAS de {{Metz}}, tel. Une dame veut savoir si le CCAS distribue encore les colis de Noël pour les plus de {{70 ans}}. Oui, inscription avant le {{15 novembre}}. Elle dit « ah bah je note ». On l'entend chercher un stylo pendant {{1 minute}}. L'agente attend sans rien dire, patience infinie.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf du Cantal}}, {{Aurillac}}, quartier de {{Marmiers}}. Contrôleuse : [[PERSONNE:Sandrine Boudou]]. Allocataire : Mme [[PERSONNE:Kelly Lafon]], [[ADRESSE:10 avenue de la République, 15000 Aurillac]]. Doute : vie maritale avec M. [[PERSONNE:Anthony Coste]], dont la voiture est garée devant depuis {{3 semaines}} d'après un voisin (qui a écrit à la Caf, délation…). Plaque relevée : [[IMMATRICULATION:FS-730-HZ]]. Mme [[PERSONNE:Lafon]] jure qu'il vient juste garder le chien, {{Oslo}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel {{France Travail}} {{Bourg-en-Bresse}}. M. [[PERSONNE:Kévin Chanel]] veut reporter son rdv (enterrement de sa grand-mère). Identifiant [[ID_FRANCE_TRAVAIL:3316609 T]]. La conseillère, Mme [[PERSONNE:Perdrix]], décale à {{mardi 14h}}. Elle lui dit « toutes mes condoléances » et c'est sincère. Confirmation envoyée sur [[EMAIL:kevin.chanel01@free.fr]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Drôme}}, {{Valence}}. Un couple avec un bébé : [[PERSONNE:Lucas Garnier]], [[PERSONNE:Jade Bonnet]], et la petite [[PERSONNE:Lyna]], née le [[DATE_NAISSANCE:2 mars]] (« elle a {{3 mois}} »). Une place en chambre familiale à l'{{hôtel Première Classe}}, {{chambre 12}}. L'écoutante, [[PERSONNE:Soraya]], les guide au téléphone jusqu'à l'hôtel, rue par rue.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CHRU}} de {{Nancy}}, {{Brabois}}. Un monsieur âgé, [[PERSONNE:Gérard Schmitt]], amené par sa voisine. Carte mutuelle {{MGEN}}, n° adhérent [[IDENTIFIANT:182 441 906]]. Né le [[DATE_NAISSANCE:9.11.1940]]. L'agent : « {{84 ans}}, il est en forme pour son âge ! » La voisine : « c'est moi qui l'ai porté jusqu'à la voiture ». Elle a {{79 ans}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} de {{Poitiers}}, jeudi. Uniquement sur rdv depuis {{2023}}. Un monsieur sans rdv se fait refuser poliment, puis rattraper par une agente qui « prend juste {{2 minutes}} ». Ça dure {{20 min}}. Il ressort ravi. La cheffe fait les gros yeux, puis laisse faire.",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf, permanence à {{La Duchère}} ({{Lyon 9e}}). M. [[PERSONNE:Bachir Touré]] vient pour le {{RSA}} de sa sœur [[PERSONNE:Aïssatou]], hospitalisée. Pas de procuration → l'agente ([[PERSONNE:Marion]]) ne peut rien dire. Il insiste avec le n° alloc : [[N_ALLOCATAIRE:6630184]]. Elle refuse, gentiment mais fermement. Elle lui donne le numéro du service social de l'hôpital et note le sien, [[TELEPHONE:06 12 80 47 33]], pour que l'AS le rappelle.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite CCAS de {{Saint-Flour}}. Mme [[PERSONNE:Augustine Tible]], {{91 ans}}, [[ADRESSE:2 rue des Lacs, 15100 Saint-Flour]], ville haute. Elle refuse l'EHPAD. L'agent, [[PERSONNE:Régis]], lui propose le portage de repas de l'{{ADMR}}. Elle : « leurs repas c'est pas de la cuisine ». Elle nous montre son potager, des choux énormes. Sa nièce, [[PERSONNE:Nicole Bonnal]], passe {{2 fois}} par semaine.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS à {{Brest}}, {{Recouvrance}}. M. [[PERSONNE:Yann-Vari Le Gall]], ancien marin pêcheur, {{61 ans}}, demande un hébergement stable après {{3 hivers}} dehors. L'éducatrice, [[PERSONNE:Gwenaëlle Kerbrat]], connaît son parcours par cœur. Il lui dit « tu m'as déjà fait le coup l'an dernier ». Elle : « oui, et l'an dernier t'es parti au bout de {{2 jours}} ». Ils rigolent tous les deux. Dossier {{SIAO}} relancé.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Saint-Étienne}} {{Bellevue}}. Changement de RIB à l'accueil : M. [[PERSONNE:Nordine Achour]] tend un RIB {{BNP Paribas}}. L'agente, [[PERSONNE:Lucie]], le lit à voix haute pour vérifier : [[IBAN:FR76 3000 4008 1900 0182 7364 561]]. Identifiant : [[ID_FRANCE_TRAVAIL:6124907P]]. « Faut le faire sur l'appli normalement », mais elle le fait. Il a {{62 ans}}, pas de smartphone.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences du {{CH de Cholet}}, {{23h}}. Une mère appelle : son fils a avalé une pièce de {{1 centime}}. L'infirmière : « il respire bien ? il tousse ? » Non, il joue. « Alors on attend que ça ressorte, madame ». La mère : « ça ressort par où ? » Fou rire à l'accueil après avoir raccroché.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf de la Haute-Vienne}}, {{Limoges}}, quartier {{Beaubreuil}}. Contrôleur : [[PERSONNE:Philippe Delage]]. Allocataire : M. [[PERSONNE:Abdoulaye Sy]], [[ADRESSE:15 allée Fabre d'Églantine, 87280 Limoges]]. {{APL}} : vérifier que le logement est occupé. Il est là, sa femme aussi, les enfants à l'école. Ils nous montrent tout, même le frigo, sans qu'on demande. {{Dacia}} en bas, [[IMMATRICULATION:GK 076 TM]]. Conforme, [[PERSONNE:Philippe]] le dit tout de suite, ils sourient enfin.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt à {{Villeurbanne}}, {{Les Buers}}. Agente : [[PERSONNE:Véronique Thivolle]]. Assuré : M. [[PERSONNE:Ruben Hovhannisyan]], [[ADRESSE:41 rue du 8 Mai 1945, 69100 Villeurbanne]]. Pas là. Sa femme ouvre, dit qu'il est à la pharmacie. On attend {{10 min}} en bas. Il arrive avec un sac de médicaments. Conforme. [[PERSONNE:Véronique]] : « vous voyez, la plupart du temps c'est ça ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à domicile, CHRS du {{Puy}}, appartement diffus à {{Espaly}}. Mme [[PERSONNE:Samia Bouaziz]] et ses {{2 garçons}}. L'éducateur, [[PERSONNE:Jean-Marc Chapelle]], fait le point budget : il lui reste {{38 €}} pour finir le mois. Il appelle l'épicerie solidaire devant elle. Le petit, [[PERSONNE:Ilyes]], me montre son dessin, un volcan : « c'est le {{Mont Bar}} ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Blagnac}}. Forum de l'emploi dans le hall : {{Airbus}}, l'{{armée de Terre}}, {{Adecco}}, une boîte de nettoyage, la {{SNCF}}. {{40 personnes}} en {{1 heure}}. Le stand de l'armée a le plus de monde, il y a un simulateur. Les conseillers distribuent des cafés.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme {{Caf}}, {{16h}}. Un père, M. [[PERSONNE:Kouassi]], appelle pour sa fille [[PERSONNE:Grâce]], {{20 ans}}, qui veut son propre dossier {{APL}}. Il donne le n° alloc de la famille, [[N_ALLOCATAIRE:3561902]], et la date de naissance de sa fille : [[DATE_NAISSANCE:24/08/2005]]. Le conseiller : elle doit appeler elle-même ou créer son compte. Le père : « elle est timide ». Le conseiller : « elle a 20 ans, monsieur ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS de {{Vichy}}. M. [[PERSONNE:René Bardet]], {{74 ans}}, facture d'eau impayée chez {{Veolia}}. Réf client [[IDENTIFIANT:V-8820176-03]]. L'agente, [[PERSONNE:Claudine]], appelle Veolia devant lui. Attente {{12 min}} au tel, musique. Il raconte sa vie pendant ce temps : {{40 ans}} chez {{Manurhin}}. Plan de paiement accordé. Son numéro pour le suivi : [[TELEPHONE:04 70 31 56 82]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CHU de Martinique}}, hôpital {{Pierre-Zobda-Quitman}}, {{Fort-de-France}}. Un jeune homme, [[PERSONNE:Johan Marie-Sainte]], blessé en scooter. Accueil : « né le ? » « [[DATE_NAISSANCE:17 août 99]] ». Sa mère arrive en courant : « [[PERSONNE:Johan]] ! ». Elle engueule l'agent parce qu'on ne l'a pas prévenue. L'agent, M. [[PERSONNE:Bélize]], reste calme, lui tient le bras. {{4h}} d'attente pour la radio.",
    ),
]

NOTES_4 = [
    (
        "caf",
        "accueil_physique",
        "caf {{clermont}} {{10h}}. mr [[PERSONNE:Lemaitre]] vient pr la 3e fois cette sem. pr le meme pb : trop percu {{APL}} {{1800e}} a rembourser. il comprend pas pq. l'agent ([[PERSONNE:Jeremie]]) lui reexplique le calcul, ressources N-2 etc. mr dit 'mais j'etais au chomage en {{2023}}'. => recalcul demandé. num alloc [[N_ALLOCATAIRE:7205146]]. tjs pas de rdv avec un conseiller avant {{3 sem}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{5h}} du mat, urgences d'{{Arras}} : {{0 patient}} en attente. Premier moment calme depuis {{minuit}}. L'agent sort son thermos.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Puy-de-Dôme}}, soirée. Appel de [[PERSONNE:Sabrina]], {{27 ans}}, 3e appel de la journée. Elle est à la gare de {{Clermont}} avec son chien ({{Tyson}}, un malinois). Les places d'urgence n'acceptent pas les chiens, sauf un foyer, plein. L'écoutant, [[PERSONNE:Mathieu]], propose de laisser le chien à la {{SPA}} pour la nuit. Elle refuse net : « c'est ma famille ». [[PERSONNE:Mathieu]] : « je sais ». Il note dans le logiciel : nom [[PERSONNE:Sabrina Ollier]], née le [[DATE_NAISSANCE:05/09/1997]], « refus orientation (chien) ». Il me dit que c'est le motif de refus n°1 en hiver, les chiens. On reste {{2 min}} sans rien dire après.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. M. [[PERSONNE:Sofiane Mebarki]] appelle pour un accident du travail (chute d'un quai de chargement). Son n° : [[NIR:1 83 03 69 259 612 42]]. Dossier AT n° [[IDENTIFIANT:AT-69-2025-113472]]. L'employeur ({{Transports Bertolami}}) n'a pas fait la déclaration. La conseillère, [[PERSONNE:Laurence]], lui explique qu'il peut la faire lui-même, il a {{2 ans}}. Il dit qu'il a peur de perdre son boulot. Elle ne répond rien à ça.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS {{Saint-Priest}}. Dame agée, Mme [[PERSONNE:Lopez]] ([[PERSONNE:Carmen]]), vient pr le dossier de téléassitance, elle a oublié ses lunettes, l'agente lui lit tout. Elle signe en dehors du cadre. Agente : 'c pas grave'. Contact urgence = son fils [[PERSONNE:Manuel Lopez]], [[TELEPHONE:0672894115]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Vénissieux}}.\n— Bonjour, c'est pour quoi ?\n— Mon {{CEJ}}, on m'a dit de venir.\n— Vous avez votre identifiant ?\n— Euh... [[ID_FRANCE_TRAVAIL:7194028 W]] je crois.\n— C'est ça. Vous êtes [[PERSONNE:Ibrahim]] ? [[PERSONNE:Ibrahim Keita]] ?\n— Ouais.\n— Votre conseillère c'est Mme [[PERSONNE:Vuillermoz]], elle arrive.\nIl attend {{4 min}}. Il a {{18 ans}}, il porte une veste de costume trop grande.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf de l'Ain}}, {{Bourg-en-Bresse}}, {{Croix-Blanche}}. Contrôleur : [[PERSONNE:Rémi Guyot]]. M. [[PERSONNE:Chinedu Okafor]], étudiant nigérian en colocation, {{APL}}. Adresse : [[ADRESSE:9 rue du Peloux, 01000 Bourg-en-Bresse]]. Les {{3 colocs}} sont là, chacun a son bail. Ils jouent à {{FIFA}} pendant le contrôle. [[PERSONNE:Rémi]] : « qui gagne ? » Rien à signaler.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des {{HCL}}, central. {{800 appels}} par jour, m'a dit la responsable. {{1 sur 10}} pour les urgences. Le reste : rdv, résultats, parking.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS {{Perpignan}}, quartier {{Saint-Jacques}}. M. [[PERSONNE:Giorgi Beridze]], géorgien, {{46 ans}}, malade (dialyse {{3 fois}} par semaine). Passeport n° [[IDENTIFIANT:13AC45872]], titre de séjour pour soins en cours. La directrice, Mme [[PERSONNE:Rigaud]], appelle l'hôpital pour caler les horaires de navette. Il remercie en russe, puis en français, puis encore en russe.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam de {{Dijon}}, guichet. Ce que j'entends en {{1 h}} :\n« elle est où ma carte ? »\n« j'ai fait la demande sur {{ameli}} il y a {{2 mois}} »\n« c'est quoi le {{100 %}} ? »\n« on m'a dit d'aller à la {{CARSAT}} »\n« et la mutuelle, c'est vous ? »\nL'agente répond à tout, {{3 minutes}} par personne max.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite du {{CCAS}} de {{Tence}} avec l'AS de secteur, Mme [[PERSONNE:Sabatier]]. M. [[PERSONNE:Jean-Claude Faurie]], agriculteur retraité, {{83 ans}}, [[ADRESSE:lieu-dit Le Crouzet, 43190 Tence]]. Maison glaciale, il chauffe une seule pièce au bois. On parle {{MaPrimeRénov'}}, il rigole : « à mon âge on rénove plus ». Dans la cour, un vieux {{Massey Ferguson}} rouge. Il nous donne des œufs en partant.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rappel d'une demandeuse, Mme [[PERSONNE:Hanane Zerrouki]], qui n'arrive pas à se connecter pour l'atelier numérique. Mail : [[EMAIL:hanane point zerrouki arobase yahoo point fr]]. Identifiant [[ID_FRANCE_TRAVAIL:2840153 L]]. La conseillère réinitialise le mot de passe, lui dicte la marche à suivre avec le code reçu par SMS. {{3 essais}}. Ça marche au 4e.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf du Rhône}}, plateforme. M. [[PERSONNE:Sébastien Grangeon]], n° alloc [[N_ALLOCATAIRE:1184736]], commence à dicter son IBAN « pour être sûr » : [[IBAN:FR76 1780 6005 1218 2739 4021 175]]. Le conseiller coupe : « ne me donnez jamais votre IBAN par téléphone, monsieur ! » Trop tard. Il rit. Le conseiller me dit qu'il en a {{2 ou 3}} par jour.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Cantal}}. La gendarmerie de {{Murat}} appelle : un homme dort dans l'abribus depuis {{2 nuits}}, il dit s'appeler [[PERSONNE:Patrice]], pas de nom. {{-8°C}} annoncés. L'écoutante cherche : {{1 place}} à {{Aurillac}}, à {{50 km}}. Les gendarmes proposent de l'emmener. Il accepte à condition qu'on prenne son vélo.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt à {{Roanne}}. Agente : [[PERSONNE:Karine Dubost]]. Assuré : M. [[PERSONNE:Yohann Perrichon]], [[ADRESSE:19 rue Mulsant, 42300 Roanne]]. Il ouvre en bleu de travail, plein de peinture. « Je repeins chez moi, c'est interdit ? » [[PERSONNE:Karine]] : « non, si vous êtes chez vous aux heures ». Il est chez lui. Conforme, mais elle note quand même la peinture.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques de l'{{HFME}} ({{Bron}}) 🧸. Un papa seul avec des jumelles, [[PERSONNE:Inaya]] et [[PERSONNE:Ilana]], {{2 ans}}, fièvre. Il a oublié le carnet de santé, il donne la date de naissance de tête : le [[DATE_NAISSANCE:1er avril 2023]]. L'agente : « c'est pas une blague ? ». Non 😂.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS du {{Puy-en-Velay}}. Mme [[PERSONNE:Nadège Arnaud]], {{34 ans}}, a trouvé un CDI à {{Yssingeaux}}, mais pas de permis. Elle demande une aide pour le passer. L'agent, [[PERSONNE:Florent]], monte un dossier avec la {{Mission Locale}}. Il lui faut une attestation de loyer : réf. locataire {{OPAC 43}} [[IDENTIFIANT:L-43-007612]]. Elle l'a en photo sur son téléphone, écran fissuré, on lit quand même.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "FT {{MONTLUÇON}} - M. [[PERSONNE:DEVAUX]] CRIE À L'ACCUEIL : « JE VEUX PARLER AU DIRECTEUR ». L'agent, [[PERSONNE:Hugo]], le fait asseoir, lui apporte un verre d'eau. {{10 min}} après ils parlent foot ({{ASSE}} ou {{OL}} ? aucun des deux, il est pour {{Montluçon}} en N3). Motif de départ : un trop-perçu de {{2 300 €}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CHU Nord}}. Une jeune femme, [[PERSONNE:Sarah Benamara]], vient chercher de l'aide pour sa mère restée dans la voiture (malaise). L'agent envoie un brancardier. Le numéro de la fille, dit à toute vitesse : « [[TELEPHONE:zéro six, quarante-deux, dix-huit, cinquante-cinq, zéro neuf]] ». Plaque de la voiture garée sur la place ambulance, pour le vigile : [[IMMATRICULATION:fd-627-pn]] (il l'écrit en minuscules).",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de l'appartement collectif du CHRS à {{Clermont}}, {{La Gauthière}}. {{4 hommes}}, cuisine commune. État impeccable, planning de ménage sur le frigo tenu par un aimant {{Michelin}}. Un des résidents a fait un gâteau au yaourt pour notre venue. L'éducateur me dit que ce n'est pas toujours comme ça 🙂",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf de La Réunion}}, {{Saint-Denis}}. Mme [[PERSONNE:Marie-Annick Hoarau]], {{53 ans}}, passe du {{RSA}} à l'{{AAH}}. L'agent, [[PERSONNE:Ludovic Grondin]], vérifie son n° de sécu : [[NIR:2 72 05 974 11 305 16]]. La notification de la {{MDPH}} est arrivée, il manque juste l'attestation {{CAF}}... de la Caf elle-même. Elle rit : « vous vous écrivez à vous-mêmes ? ». Réglé sur place.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam de l'Allier}}, plateforme. Mme [[PERSONNE:Bernadette Perrot]] veut être rappelée par le service invalidité. Elle donne son numéro lentement : « [[TELEPHONE:zéro quatre soixante-dix, quatre-vingt-dix-huit, vingt et un, zéro sept]] ». La conseillère répète chiffre par chiffre. Elle ajoute « le midi je suis pas là, je suis chez ma sœur à {{Cusset}} ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "CCAS de {{Villeurbanne}}, tel. L'assistante sociale de l'hôpital appelle pour M. [[PERSONNE:Tahar Belaïd]], qui sort d'hospitalisation et est domicilié au CCAS. Elle demande son n° de domiciliation : [[IDENTIFIANT:DOM-2024-0871]]. L'agent le retrouve en {{30 secondes}}. Il dit que M. [[PERSONNE:Belaïd]] passe tous les mardis, « on le connaît bien ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Saint-Avold}} : personne. Le contrôleur laisse un avis de passage. {{45 min}} aller-retour. Il me dit que c'est comme ça {{1 fois sur 3}}. On mange un sandwich dans la voiture en écoutant {{France Bleu}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "FT {{Clermont-Ferrand}}, atelier CV. La conseillère projette un CV modèle au nom de « [[PERSONNE:Marie Martin]], {{35 ans}}, assistante de direction ». Un participant, [[PERSONNE:Jordan]], demande s'il peut « prendre le même ». Rires. Elle lui dit de garder la mise en page mais d'y mettre sa vie à lui. {{6 participants}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour à la {{Guillotière}}. Un jeune soudanais que tout le monde appelle « [[PERSONNE:Abu]] », vrai nom [[PERSONNE:Abdelrahman Osman]]. Demande d'asile en cours, récépissé n° [[IDENTIFIANT:6902412837]]. Il veut surtout des cours de français. La bénévole, [[PERSONNE:Marie-Thérèse]], {{74 ans}}, lui donne rendez-vous jeudi. Il note sur sa main.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam de {{Vénissieux}}. Mme [[PERSONNE:Lamia Cherifi]], IJ maternité, a changé de banque pour un compte {{Nickel}} (« au bureau de tabac »). Elle montre le RIB : [[IBAN:FR76 1659 8000 0100 0047 1826 309]]. L'agent, [[PERSONNE:Antoine]], dit que ça marche pareil. Elle demande si on peut lui verser avant {{vendredi}}, loyer. Il ne peut rien promettre.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences du {{CHU de Guadeloupe}} ({{Abymes}}). Un monsieur cherche sa femme, [[PERSONNE:Murielle Cétout]], transférée de {{Marie-Galante}} par hélico. L'agente la trouve en {{2 min}}. Il laisse son fixe : [[TELEPHONE:05 90 82 41 17]]. Il dit merci {{4 fois}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un hôtelier de {{Créteil}} appelle le {{115}} : ses {{6 chambres}} réservées « 115 » sont vides depuis hier, est-ce qu'il garde ou pas ? L'écoutante vérifie : c'est une erreur de planning, les familles arrivent ce soir. L'hôtelier râle pour le ménage. Durée {{4 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Caf, double écoute. Appel d'un homme très poli qui veut juste savoir « si c'est normal que la Caf m'écrive le dimanche ». C'est la date d'édition du courrier. Il est rassuré. {{3 min}}. La conseillère : « ça, c'est un bon appel ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS de {{Besançon}}, accueil, {{13h30}}. File de {{9 personnes}} pour les chèques d'accompagnement personnalisé. L'agent distribue des tickets papier numérotés (le ticket {{13}} est manquant, superstition ?). {{45 min}} pour tout le monde. Personne ne parle.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel Caf de la {{Haute-Loire}}. Mlle [[PERSONNE:Océane Reynaud]] appelle pour la prime de naissance. Le conseiller vérifie l'identité : n° de sécu [[NIR:299084315709080]], née le [[DATE_NAISSANCE:20 août 1999]] au {{Puy}}. Il lui manque la déclaration de grossesse. Elle : « je l'ai envoyée à la Cpam ». Lui : « et la Cpam nous la transmet… normalement ». Ils rient jaune tous les deux.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Hautepierre}}, {{Strasbourg}}. Un routier polonais, [[PERSONNE:Tomasz Nowak]], douleur thoracique sur l'{{A35}}. Pas de carte Vitale, carte européenne n° [[IDENTIFIANT:80616 0012345678]]. Son camion est garé sur le parking des urgences, plaque polonaise [[IMMATRICULATION:WGM 4521K]]. L'agent parle trois mots de polonais + {{Google Traduction}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Saint-Étienne}}, {{Beaubrun}}. M. [[PERSONNE:Hakim Zitouni]] vient déclarer une naissance : [[PERSONNE:Nahil]], né le [[DATE_NAISSANCE:3/06]]. N° alloc [[N_ALLOCATAIRE:4802617]]. L'agente met à jour et lui demande un mail pour les notifs : [[EMAIL:h.zitouni42@sfr.fr]]. Il montre une photo du bébé à tout le monde, y compris à moi.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite du CCAS de {{Bron}}, enquête sociale avant une demande de logement d'urgence. Mme [[PERSONNE:Fatima Ezzahra Idrissi]], [[ADRESSE:28 avenue Franklin Roosevelt, 69500 Bron]]. Moisissures, fenêtre qui ne ferme pas, {{3 enfants}} dans {{18 m²}}. Le propriétaire, M. [[PERSONNE:Chatelard]], ne répond plus. L'agente prend des photos pour l'{{ARS}} et le service hygiène.",
    ),
]

NOTES_5 = [
    (
        "caf",
        "accueil_telephonique",
        "Caf, plateforme, {{10h50}}. Mme [[PERSONNE:Maria da Conceição Rodrigues]] veut que son allocation logement soit versée sur son compte au {{Portugal}}, « j'y suis {{6 mois}} par an ». Elle dicte l'IBAN : [[IBAN:PT50 0035 0487 0001 2345 6788 7]]. N° alloc [[N_ALLOCATAIRE:0718243]]. Le conseiller : « si vous êtes 6 mois au Portugal, madame, le problème c'est plus le compte… ». Vérification de résidence lancée. Elle n'a pas compris ce qu'elle venait de dire 😬",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{Foyer Notre-Dame des Sans-Abri}}, {{Lyon 7e}}. M. [[PERSONNE:Seydou Coulibaly]], {{32 ans}}, né à {{Kayes}}, bosse en intérim sur les chantiers. Il sort sa carte Vitale toute neuve : [[NIR:192129933511760]]. Et son identifiant FT sur un vieux courrier : [[ID_FRANCE_TRAVAIL:8823015H]]. L'éducatrice, [[PERSONNE:Gaëlle]], dit qu'avec un CDI il pourrait passer en {{pension de famille}}. Lui : « CDI, c'est le patron qui décide, pas moi ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "CCAS de {{Lannion}} : {{3 appels}} en {{1 h}}, tous pour la navette du marché du vendredi.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "FT {{Vénissieux}}. M. [[PERSONNE:Gilles Brunetti]], {{57 ans}}, ex-{{Renault Trucks}}, veut se mettre à son compte : un food truck pizza. Identifiant [[ID_FRANCE_TRAVAIL:0917734K]]. La conseillère, [[PERSONNE:Sabrina Mokrani]], lui parle de l'{{ARCE}}. Il a déjà acheté le camion, immatriculé [[IMMATRICULATION:BX-904-ZD]], il nous montre des photos, il a peint « {{Chez Gillou}} » dessus. Elle : « on va faire le business plan quand même ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CH de Valence}}, {{21h}}. Une grande famille dans la salle d'attente, une vingtaine de personnes pour le grand-père, M. [[PERSONNE:Joseph Gimenez]], {{78 ans}}. Le vigile reste calme, l'agente d'accueil aussi. Adresse donnée par le fils, [[PERSONNE:Tony]] : [[ADRESSE:aire d'accueil de Briffaut, emplacement 7]]. L'agente négocie : {{2 personnes}} dans le box, les autres dehors. Ça marche, sans cris. Je m'attendais à pire, j'avais tort.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel {{Cpam de l'Allier}}. M. [[PERSONNE:Alain Jarrige]], ALD, veut savoir pourquoi son transport en taxi n'est pas remboursé à {{100 %}}. Il donne son numéro : [[NIR:1 67 02 03 185 408 69]]. « Né le [[DATE_NAISSANCE:8 février 67]] à {{Montluçon}} », il précise sans qu'on demande. La conseillère trouve : le taxi n'est pas conventionné. Il connaît le chauffeur depuis {{20 ans}}, « c'est un copain ». Pas de solution.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle Caf à {{Cusset}}. Contrôleur : [[PERSONNE:Franck Bouchardon]]. Mme [[PERSONNE:Audrey Méchin]], [[ADRESSE:7 rue de la Constitution, 03300 Cusset]], {{RSA}}. Il épluche les relevés {{Banque Populaire}} du compte [[IBAN:FR76 1680 7000 4532 1098 7654 391]] sur {{3 mois}}. Des dépôts d'espèces, {{200 €}} par-ci par-là. Elle : « je fais des gâteaux pour les anniversaires ». [[PERSONNE:Franck]] explique que ça se déclare. Elle ne savait pas. Je la crois.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en appartement diffus, {{Lyon 8e}} ({{Mermoz}}). Mme [[PERSONNE:Grace Mbala]] et ses {{3 enfants}}, [[ADRESSE:4 rue Maryse Bastié, 69008 Lyon]]. Elle a trouvé un poste d'agent d'entretien aux {{HCL}}. L'éducateur, [[PERSONNE:Sylvain]], met à jour la fiche : nouveau portable, [[TELEPHONE:07 49 02 16 83]]. La plus jeune fait ses devoirs sur la table basse, elle me demande de l'aider en maths. Je galère.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam de {{Haute-Corse}}, {{Bastia}}. Mme [[PERSONNE:Laetitia Filippi]], née en [[DATE_NAISSANCE:novembre 80]], a reçu un courrier lui disant que son numéro est « en cours de certification ». L'agente lit : [[NIR:2 80 11 2B 033 254 52]]. « Tout est bon, madame, c'est une erreur de l'état civil de {{Nantes}} ». Bastia → Nantes → Bastia, {{3 semaines}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS de {{Saint-Étienne}}, {{Carnot}}. Mme [[PERSONNE:Lucienne Peyrache]], {{80 ans}}, a reçu un mail du {{chèque énergie}} et a peur que ce soit une arnaque. Elle a noté son adresse mail sur un carnet, à sa façon : « [[EMAIL:lulu.peyrache chez orange.fr]] ». L'agente, [[PERSONNE:Coralie Jourjon]], vérifie : c'est une arnaque. Elle lui apprend à reconnaître l'expéditeur. Mme [[PERSONNE:Peyrache]] prend des notes au crayon.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{France Travail}} {{Kourou}}, au tel. M. [[PERSONNE:Dorlan Sabayo]] appelle de {{Saint-Laurent-du-Maroni}}, {{3h}} de route pour venir à l'agence, il demande si on peut faire le rdv par téléphone. Identifiant : [[ID_FRANCE_TRAVAIL:9732150 D]]. La conseillère, Mme [[PERSONNE:Horth]], dit oui, exceptionnellement. Numéro pour le rappel : [[TELEPHONE:0694 45 71 20]]. Il rappelle {{5 min}} après, le réseau a coupé. Ça recoupe encore. Au 3e appel on y arrive.",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf de {{Sarcelles}}, borne numérique. Un service civique aide les gens à se connecter. En {{1 h}} : {{7 mots de passe}} oubliés, {{2 comptes}} bloqués, {{1 dame}} qui n'a jamais eu de mail. Le service civique a {{19 ans}} et une patience de moine. Il me dit qu'il veut être prof.",
    ),
    (
        "urgences",
        "accueil_physique",
        "urgences {{CHU Estaing}} {{clermont}}, {{1h30}} du mat. jeune femme [[PERSONNE:Lou-Anne Chabrier]], {{20 ans}}, amenée par 2 potes apres une soirée place de {{Jaude}}, alcoolisée. l'agent ([[PERSONNE:Nicolas]]) demande un contact : les potes donnent le num de la mère, [[TELEPHONE:06 31 77 40 28]]. personne veut appeler. c'est [[PERSONNE:Nicolas]] qui appelle finalement. {{4 sonneries}}, répondeur.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Rhône}}, {{17h}}. Mme [[PERSONNE:Esther Mukendi]], née le [[DATE_NAISSANCE:12 décembre 1986]] à {{Kinshasa}}, appelle depuis le parc de la {{Tête d'Or}} avec ses {{2 enfants}}. L'écoutant lui demande un numéro où la joindre : [[TELEPHONE:07 58 63 20 11]] (téléphone prêté par une passante). Une place famille se libère à {{19h}}. Il la rappelle à {{18h55}} sur le même numéro : c'est la passante qui répond, elle est restée avec eux.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite CCAS de {{Roanne}}, quartier du {{Parc}}. M. [[PERSONNE:Ahmed Boukhris]], {{69 ans}}, [[ADRESSE:13 rue de Cadore, 42300 Roanne]]. Ascenseur en panne depuis {{3 semaines}}, il est au {{7e}} et a un genou en vrac. L'agente appelle {{OPHEOR}} devant lui, ticket n° {{44127}}. Il dit que c'est le 3e ticket.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. {{45 min}} d'écoute, pas une seule donnée perso échangée : que des questions générales. Le {{100 %}}, la {{C2S}}, l'{{AME}}, les lunettes, les dents. La conseillère dit que le jeudi c'est souvent comme ça.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Nantes}}, {{Bellevue}}. Mme [[PERSONNE:Soazig Le Bihan]], {{38 ans}}, ancienne infirmière, reconversion (burn-out). Identifiant [[ID_FRANCE_TRAVAIL:4410825S]]. La conseillère, [[PERSONNE:Mélanie Guého]], lui envoie le lien du bilan de compétences sur [[EMAIL:soazig.lebihan@protonmail.com]]. Elle pleure un peu quand elle parle de l'hôpital, s'excuse. [[PERSONNE:Mélanie]] pousse la boîte de mouchoirs, elle a l'habitude.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf de l'Allier}}. M. [[PERSONNE:Jonathan Fradet]], {{Montluçon}}, n° alloc [[N_ALLOCATAIRE:5573019]]. Sa prime d'activité a baissé de {{60 €}}. Le conseiller : vous avez déclaré les heures sup. Lui : « donc je travaille plus et je gagne moins ». Silence. Rappel demandé par un technicien, sur le [[TELEPHONE:06 08 42 91 57]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS {{Marseille}}, {{Belsunce}}. M. [[PERSONNE:Karim Ouchène]], que tout le monde ici appelle « [[PERSONNE:Le Chat]] », sorti des {{Baumettes}} la semaine dernière. Le billet de sortie porte son n° d'écrou, [[IDENTIFIANT:45872]]. L'éducateur, [[PERSONNE:Rachid Benyahia]], lui explique qu'il a un lit pour {{6 mois}} renouvelables. « [[PERSONNE:Le Chat]] » demande s'il peut garder un vrai chat. Non.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard de l'{{Hôpital Nord-Ouest}}, {{Villefranche-sur-Saône}}. Un EHPAD annonce l'arrivée de M. [[PERSONNE:Raymond Thivend]], né le [[DATE_NAISSANCE:21/03/1932]]. L'agent : « {{93 ans}} ! ». L'infirmière de l'EHPAD : « et toute sa tête ». Ambulance dans {{20 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "CCAS de {{Valence}}, tel. Mme [[PERSONNE:Zoubida Hadj-Saïd]] a une coupure de gaz programmée. Elle lit sa réf. contrat {{Engie}} : [[IDENTIFIANT:210 448 731 902]]. L'agente, [[PERSONNE:Estelle]], lance une demande d'aide {{FSL}} énergie et appelle Engie en conférence. Coupure suspendue {{15 jours}}. La dame dit « que Dieu vous garde » {{3 fois}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "FT {{Saint-Étienne}}, appels sortants pour un job dating {{Casino}}. Script : « vous êtes disponible jeudi {{9h}} ? ». {{20 appels}}, {{6 oui}}. Le conseiller coche dans un tableau {{Excel}}. Il me dit : « jeudi il en viendra {{3}} ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt, {{Cpam du Puy-de-Dôme}}, à {{Riom}}. Agent : [[PERSONNE:Lionel Chabanne]]. Assurée : Mme [[PERSONNE:Stéphanie Gourdon]], [[ADRESSE:24 rue de l'Horloge, 63200 Riom]]. Personne. Le voisin dit « elle est au boulot ». Au boulot ?! Le voisin se reprend : « enfin, je sais pas ». Sa voiture n'est pas là : [[IMMATRICULATION:EH-558-VC]] d'après le dossier. [[PERSONNE:Lionel]] laisse l'avis de passage, convocation au service médical.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf de la Drôme}}, {{Valence}}. Jeune couple, [[PERSONNE:Mathis]] et [[PERSONNE:Lison Arnaud-Reboul]], premier enfant, premier appart. Ils n'ont jamais fait de démarche. L'agente, [[PERSONNE:Yasmina]], leur fait tout : déclaration de grossesse, {{PAJE}}, {{APL}}. N° alloc créé : [[N_ALLOCATAIRE:8300461]]. Ils repartent avec une feuille où elle a tout écrit à la main, flèches et couleurs.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en diffus, {{Grenoble}}, {{Villeneuve}}. Personne à la maison, la famille est au rdv préfecture. L'éducatrice en profite pour vérifier la chaudière avec le technicien du bailleur, {{Actis}}. {{20 min}}. Elle laisse un mot sur la table avec un dessin de soleil.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam {{Lyon 3e}}, {{Part-Dieu}}. M. [[PERSONNE:Pierre-Yves Mondon]], sa mutuelle ({{Harmonie}}) ne reçoit pas les télétransmissions. N° adhérent [[IDENTIFIANT:HM 0045 8821 73]]. L'agente, [[PERSONNE:Nadia]], relance la liaison {{Noémie}}. Il veut la confirmation par mail : [[EMAIL:pymondon@wanadoo.fr]]. « Wanadoo ! » dit l'agente, attendrie.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Aurillac}}. Salle d'attente : {{5 personnes}}, {{1 chien}}, {{1 bébé}}. Affiche au mur : « Salon de l'agriculture - recrutement saisonniers {{Cantal}} ». L'agent d'accueil connaît tout le monde par son prénom. Il me dit : « ici c'est petit ». {{12 min}} d'attente en moyenne.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite du CCAS de {{Firminy}}. Mme [[PERSONNE:Simone Ravel]], {{86 ans}}, [[ADRESSE:5 rue Jean Jaurès, 42700 Firminy]]. Demande de portage de repas. Elle nous fait visiter la maison, {{60 ans}} qu'elle vit là. Elle nous montre le stade {{Le Corbusier}} par la fenêtre : « c'est mon mari qui a coulé le béton ». L'agent, [[PERSONNE:Kévin Duplay]], valide le portage à partir de lundi.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS de {{Bourg-en-Bresse}}. Mme [[PERSONNE:Fatou Ndiaye]], titre de séjour « vie privée et familiale » qui expire dans {{1 mois}}. N° de titre : [[IDENTIFIANT:0124871936]]. Rdv préfecture impossible à obtenir en ligne. La CESF, [[PERSONNE:Camille Bernollin]], rafraîchit la page toutes les {{30 secondes}} pendant l'entretien. Rien. Elle écrit au {{Défenseur des droits}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Caf, plateforme, {{15h40}}. Appel d'une pharmacie qui s'est trompée de numéro, elle voulait la Cpam. Le conseiller donne le {{3646}}. {{40 secondes}}. Il me dit que ça arrive {{2 fois}} par jour.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Périgueux}}, {{18h}}. {{12 personnes}}. Une dame tricote. Un monsieur lit {{Sud Ouest}}. Deux ados sur leur téléphone. L'écran « temps d'attente » est éteint. L'agente dit que c'est mieux comme ça.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam du Rhône}}, plateforme. Mme [[PERSONNE:Emmanuelle Tissot-Rivière]], kiné libérale, appelle pour une patiente mais aussi pour elle, un rejet de facturation. Son adresse mail pro : [[EMAIL:e.tissot.kine@gmail.com]]. La patiente : Mme [[PERSONNE:Andrée Guichard]]. La conseillère sépare les deux sujets, {{2 tickets}}. Le numéro du cabinet pour le rappel : [[TELEPHONE:04 72 10 58 36]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel FT {{Vichy}}. M. [[PERSONNE:Yves Chanteloube]] a {{63 ans}}, il attend sa retraite et demande s'il doit encore « pointer ». Identifiant [[ID_FRANCE_TRAVAIL:1307725 G]]. La conseillère ([[PERSONNE:Agnès]]) lui explique l'actualisation, encore une fois. Lui : « à {{63 ans}} on me demande encore de chercher ». Elle ne dit pas non.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS de {{Mamoudzou}} ({{Mayotte}}). Longue file sous le préau. Mme [[PERSONNE:Zaïnaba Ahamada]], {{5 enfants}}, demande une aide pour l'eau (coupures). L'agent, M. [[PERSONNE:Soilihi]], lui explique en shimaoré. Il note son numéro : [[TELEPHONE:0639 21 84 60]]. Les bons d'eau sont épuisés depuis {{11h}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Loire}}, {{23h15}}. Un homme, [[PERSONNE:Florent Peyrard]], né en [[DATE_NAISSANCE:1979]], appelle d'une cabine (!) à {{Saint-Chamond}}. Il n'a plus de téléphone. L'écoutante lui trouve une place au {{CHRS Le Relais}}, à {{5 km}}. Il demande l'itinéraire, elle le lui dicte rue par rue. Il répète tout.",
    ),
]

NOTES_6 = [
    (
        "caf",
        "accueil_physique",
        "Caf de {{Lyon}}, accueil du {{1er}}. Mme [[PERSONNE:Anne-Sophie Gerbaud]], graphiste freelance, {{prime d'activité}}. Elle apporte un RIB {{LCL}} avec une lettre dans le numéro de compte : [[IBAN:FR54 3000 2056 7800 0041 2345 T85]]. L'agent relit : « T comme [[PERSONNE:Thérèse]] ? » Elle : « T comme tramway ». N° alloc [[N_ALLOCATAIRE:2290547]]. Tout est saisi en {{6 min}}, record de la matinée.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel à la {{CGSS de Martinique}} (la Cpam, là-bas). M. [[PERSONNE:Frantz Bellemare]], {{70 ans}}, né à {{Fort-de-France}} en [[DATE_NAISSANCE:avril 55]], a eu des soins à {{Paris}} en rendant visite à sa fille. Il donne son numéro : [[NIR:1 55 04 972 09 044 26]]. La conseillère, [[PERSONNE:Marie-Line]], explique que c'est remboursé pareil, il faut juste envoyer les feuilles. Il parle d'une voix très lente, très chantante.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Strasbourg}}, {{Meinau}}. M. [[PERSONNE:Jérôme Wintz]], ex-frontalier, licencié par une boîte de {{Kehl}}. Qui paie le chômage, la France ou l'Allemagne ? Formulaire {{U1}}. Identifiant [[ID_FRANCE_TRAVAIL:6740219V]]. Il doit rendre vendredi sa voiture de fonction allemande, [[IMMATRICULATION:OG-KL 482]]. La conseillère, [[PERSONNE:Anne Bieber]], lui fait une liste. Il dit « danke » par réflexe, puis rougit.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour, {{Nantes}}, {{8h}}. Petit-déj : {{30 personnes}}. Café, pain, confiture {{Bonne Maman}} (dons). Un monsieur fait la vaisselle sans qu'on lui demande, tous les jours paraît-il. Une bénévole lui dit « t'es pas payé tu sais ». Il répond « et toi non plus ». Rires.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "CCAS de {{Saint-Étienne}}, tel. Une femme appelle de {{Marseille}} pour son père, M. [[PERSONNE:Marius Chometon]], {{89 ans}}, tombé chez lui hier. Elle laisse son numéro : [[TELEPHONE:+33 (0)6 22 14 87 30]]. L'agente, [[PERSONNE:Brigitte]], déclenche une visite de l'équipe du {{CLIC}} et promet de rappeler avant {{17h}}. Elle rappelle à {{16h20}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Édouard-Herriot}}, {{10h}}. Une dame âgée arrive seule en taxi, Mme [[PERSONNE:Jacqueline Ducarre]], {{84 ans}}, un courrier de son médecin à la main. L'agent tape le nom, l'écran propose deux homonymes, nées le [[DATE_NAISSANCE:03/03/1938]] et le [[DATE_NAISSANCE:14/07/1941]]. « Vous êtes laquelle, madame ? » « Celle du [[DATE_NAISSANCE:14 juillet]], évidemment ». IPP : [[IDENTIFIANT:HCL-7741208]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle Caf à {{Villeurbanne}}, {{Saint-Jean}}. Contrôleuse : [[PERSONNE:Agathe Cordier]]. M. [[PERSONNE:Rachid Lahmar]] et Mme [[PERSONNE:Nassima Lahmar]], [[ADRESSE:3 impasse des Jardins, 69100 Villeurbanne]]. Question : suroccupation, {{6 personnes}} dans un {{T2}}. C'est vrai. Ils sont sur liste {{DALO}} depuis {{2021}}. La voiture du mari en bas, [[IMMATRICULATION:gh 207 pl]] (noté comme ça, en minuscules, dans le rapport). Pas de fraude, juste pas de place.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam de {{Chartres}}, fin de matinée. La borne multiservice est en panne depuis lundi. Panneau scotché : « EN PANNE, ADRESSEZ-VOUS À L'ACCUEIL ». Accueil = {{1 agente}}. Elle me dit qu'elle a fait {{60 attestations}} à la main depuis lundi. Elle a mal au poignet.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de l'{{Allier}}. Un chauffeur de bus appelle pour un passager qui dort au terminus depuis {{3 soirs}}, à {{Moulins}}. Il dit s'appeler [[PERSONNE:André Fayet]], il a {{70 ans}} environ. La maraude de la {{Croix-Rouge}} part à {{21h}}. Le chauffeur attend avec lui dans le bus chauffé, moteur allumé.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme FT des {{Hauts-de-France}}. Mme [[PERSONNE:Aurélie Dewaele]], attestation employeur d'{{Auchan}} erronée, pas d'indemnisation depuis {{6 semaines}}. Identifiant [[ID_FRANCE_TRAVAIL:5931046 E]]. Elle envoie la bonne attestation depuis [[EMAIL:aurelie.dewaele59@laposte.net]] pendant l'appel. Le conseiller, [[PERSONNE:Mickaël]], la reçoit, la valide. Paiement sous {{72 h}}. Elle dit « j'y crois pas ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS de {{Nice}}, {{L'Ariane}}. Mme [[PERSONNE:Giuseppina Rinaldi]], italienne, {{82 ans}}, née le [[DATE_NAISSANCE:2 janvier 1943]] à {{Bari}}, veut l'{{ASPA}}. Passeport italien n° [[IDENTIFIANT:YA4821730]]. L'agent parle italien (sa grand-mère était de {{Cuneo}}). Elle lui pince la joue en partant.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Écoute au {{3646}}. Un monsieur veut « résilier » sa {{carte Vitale}} parce qu'il part vivre en {{Thaïlande}}. La conseillère explique que ça ne se résilie pas, l'oriente vers le {{CLEISS}} pour la protection sociale à l'étranger. Il demande si on peut lui envoyer des médicaments là-bas. Non.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{Caf du Cantal}}. Mme [[PERSONNE:Mélodie Soulier]], {{Mauriac}}, assistante maternelle, question sur le {{CMG}}. N° alloc [[N_ALLOCATAIRE:1647302]]. Le conseiller la renvoie vers {{Pajemploi}} mais note quand même sa question. Elle envoie ses justificatifs depuis [[EMAIL:melodie.soulier@orange.fr]] et rappelle {{10 min}} après pour vérifier qu'ils sont arrivés.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS à {{Angers}}, quartier {{Monplaisir}}. Mme [[PERSONNE:Rokia Sissoko]], {{2 enfants}}, sortie de maternité il y a {{5 jours}}. Dossier SIAO n° [[IDENTIFIANT:SIAO49-24-1187]]. L'éducateur, [[PERSONNE:Loïc]], a préparé un lit bébé et des couches. Elle ne parle pas, elle regarde la chambre et s'assoit.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences d'{{Émile-Roux}}. Un randonneur sur le {{GR 65}} appelle : sa compagne, [[PERSONNE:Ingrid Vandamme]], s'est tordue la cheville après {{Saint-Privat-d'Allier}}. L'agent : appelez le {{112}}. Il n'a pas compris, il redonne son numéro belge : [[TELEPHONE:+32 475 12 38 90]]. L'agent appelle lui-même les pompiers et le rappelle.",
    ),
    (
        "caf",
        "accueil_physique",
        "Caf, permanence à {{Vierzon}}. {{2 agents}}, {{14 rdv}}. Entre deux rdv un agent mange une pomme en {{40 secondes}}. Le rythme est ouf.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "FT {{Oyonnax}}. Mme [[PERSONNE:Sevda Aydın]], {{29 ans}}, {{10 ans}} dans la plasturgie, veut passer le {{CACES}}. Identifiant [[ID_FRANCE_TRAVAIL:0127583 J]]. Le conseiller, [[PERSONNE:Benoît Jacquemoud]], trouve une session à {{Bourg}} en {{mars}}. Elle n'a pas de voiture, le bus met {{1h20}}. Il note son portable, [[TELEPHONE:06 73 25 90 14]], pour un covoiturage avec un autre inscrit.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt, {{CPAM des Pyrénées-Orientales}}, à {{Perpignan}}. Agent : [[PERSONNE:Jordi Puig]]. Assuré : M. [[PERSONNE:Miguel Ángel Ferrer]], [[ADRESSE:9 rue des Mimosas, 66000 Perpignan]]. Absent. Devant la maison, une voiture immatriculée en Espagne : [[IMMATRICULATION:4827 LMB]]. [[PERSONNE:Jordi]] : « il est peut-être chez sa mère à {{Figueres}} ». Avis de passage.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite du logement en bail glissant à {{Montluçon}}, {{Bien-Assis}}. M. [[PERSONNE:Damien Lafarge]], {{44 ans}}, sorti d'addiction, [[ADRESSE:21 rue Pablo Picasso, 03100 Montluçon]]. Bailleur : {{Évoléa}}. Tout est propre. Sur le balcon, {{un olivier}} en pot et un calendrier : « sobre depuis {{8 mois}} ». L'éducateur, [[PERSONNE:Samuel Dutour]], lui serre la main longtemps.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite du CCAS de {{Clermont}}, {{Saint-Jacques}}, tour de {{18 étages}}. Mme [[PERSONNE:Odile Besseyre]], {{76 ans}}, [[ADRESSE:9 boulevard Lafayette, 63000 Clermont-Ferrand]]. Des piles de journaux jusqu'au plafond. L'AS, [[PERSONNE:Mélissa]], ne dit rien sur le désordre, parle du chat, {{Minou}}. On repart avec un rdv dans {{15 jours}} et la promesse de « trier un peu ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf du Finistère}}, {{Quimper}}, {{Kermoysan}}. Contrôleur : [[PERSONNE:Erwan Le Floch]]. Mme [[PERSONNE:Nolwenn Quéré]], [[ADRESSE:12 allée de Cornouaille, 29000 Quimper]], {{RSA}}. Vérif des relevés du {{Crédit Mutuel de Bretagne}}, compte [[IBAN:FR76 1558 9635 1102 3487 1654 065]]. Conforme. Elle nous propose des crêpes, [[PERSONNE:Erwan]] refuse par principe, moi j'accepte par faiblesse.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS de {{Valence}}. M. [[PERSONNE:Vasyl Melnyk]], ukrainien, protection temporaire, APS n° [[IDENTIFIANT:2604781359]]. Chauffeur de bus à {{Kharkiv}}, il veut faire reconnaître son permis. Sa voiture a encore sa plaque ukrainienne, [[IMMATRICULATION:AX 4821 KE]], l'assurance va poser problème. L'éducatrice, [[PERSONNE:Clarisse]], appelle la préfecture. Musique d'attente : {{20 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam de {{Vaulx-en-Velin}}. Mme [[PERSONNE:Yasmine Kaci]], née [[PERSONNE:Boudiaf]], {{37 ans}}, n'a plus accès à son compte {{ameli}}. L'agente tape son numéro, [[NIR:2 88 01 69 256 733 72]] : deux fiches, l'une au nom de jeune fille, l'autre au nom d'épouse. Fusion demandée. « Vous êtes née à Vaulx ? » « Oui, à la maison, même ». Délai : {{1 mois}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Briançon}}, mardi {{14h}}. {{2 patients}}. Un seul médecin de garde pour tout le secteur, {{60 km}} à la ronde. L'agente me dit qu'en été avec les touristes, c'est fois trois.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS de {{Lyon}}, mairie du {{9e}} ({{Vaise}}). Aide financière pour Mme [[PERSONNE:Blandine Chevrot]], {{2 enfants}}, facture de cantine en retard. Virement de {{120 €}} sur son compte {{La Banque Postale}} : [[IBAN:FR92 2004 1010 1212 3456 7W02 953]]. L'agente, [[PERSONNE:Pauline]], lui conseille aussi de demander le tarif au {{quotient familial}} à la cantine. Elle ne savait pas que ça existait.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme FT {{Occitanie}}, le {{1er}} du mois. Pic d'appels : actualisation. {{Sept conseillers}}, {{400 appels}} en attente à {{9h05}}. Le superviseur passe derrière chacun avec des chocolats. « C'est la tradition du 1er ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Bas-Rhin}}, {{22h}}. Jeune femme, [[PERSONNE:Lena Schneider]], {{22 ans}}, mise à la porte par ses parents ce soir. Née le [[DATE_NAISSANCE:18.04.2003]]. L'écoutant, [[PERSONNE:Marc]], trouve une place au {{Foyer Marie-Madeleine}} pour la nuit. Elle demande si elle peut venir avec sa guitare. Oui.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel Caf. M. [[PERSONNE:Thierry Lebon]] déclare le décès de sa mère, allocataire n° [[N_ALLOCATAIRE:0492816]]. Il veut savoir ce qu'il doit rembourser. Le conseiller présente ses condoléances, vérifie : rien à rembourser, l'{{APL}} s'arrête à la fin du mois. M. [[PERSONNE:Lebon]] : « bon, une chose de moins ». Voix cassée.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam de la Loire}}, plateforme. Mme [[PERSONNE:Cindy Vernay]] appelle pour l'{{ALD}} de son fils [[PERSONNE:Mattéo]], né le [[DATE_NAISSANCE:30/11/2014]], diabète de type 1. Le formulaire du diabétologue n'a pas été reçu. La conseillère lui demande un mail pour lui renvoyer le bon formulaire : [[EMAIL:cindy.vernay42@gmail.com]]. Elle épelle son nom lettre par lettre : [[PERSONNE:V-E-R-N-A-Y]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences de {{Purpan}}, {{Toulouse}}, standard. Un médecin traitant, le Dr [[PERSONNE:Sabadie]], appelle pour adresser une patiente, Mme [[PERSONNE:Fabienne Daraud]], IPP [[IDENTIFIANT:31A0098817]]. Il veut parler à l'urgentiste. L'agent transfère. {{8 min}} d'attente pour le docteur aussi, ça le fait rire.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "FT {{Lyon}} {{Gerland}}. [[PERSONNE:Jade Nguyen]], {{24 ans}}, graphiste, montre son portfolio sur Instagram : [[IDENTIFIANT:@jade.dessine]]. Identifiant [[ID_FRANCE_TRAVAIL:3870214A]]. Le conseiller, [[PERSONNE:Romain Giraud]], avoue qu'il n'y connaît rien en graphisme, mais il connaît une agence à {{Confluence}} qui cherche. Il appelle devant elle.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "CCAS de {{Brioude}}, tel. M. [[PERSONNE:Gaston Pélissier]], {{90 ans}}, appelle « pour rien, pour parler ». L'agente, [[PERSONNE:Martine]], lui parle {{10 minutes}}. Elle note qu'il faudrait un passage de {{Monalisa}} (bénévoles contre l'isolement). Il donne son numéro pour qu'on le rappelle : [[TELEPHONE:04 71 50 23 64]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences d'{{Émile-Muller}}, {{Mulhouse}}. Un Suisse, M. [[PERSONNE:Luca Brunner]], accident de vélo sur la piste du canal. Habite {{Bâle}}. Sa voiture est restée au parking de départ, plaque [[IMMATRICULATION:BS 48217]], sa femme viendra la chercher. Carte d'assurance suisse n° [[IDENTIFIANT:80756 01234 56789]]. L'agente galère avec le formulaire « étranger hors UE ».",
    ),
]

NOTES_7 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf du Nord}}, accueil de {{Lille}}, {{Wazemmes}}. Mme [[PERSONNE:Camille Deleplanque]], {{29 ans}}, première demande de {{RSA}} après une fin de CDD. L'agente, [[PERSONNE:Samia]], saisit le numéro de sécu depuis la carte : [[NIR:2 96 03 59 350 421 93]] (« née à Lille ? » « au {{CHR}}, oui »). RIB {{Crédit Agricole}} : [[IBAN:FR76 1670 6050 1253 9281 7460 010]]. N° alloc créé : [[N_ALLOCATAIRE:7741025]]. {{35 min}} en tout. Elle dit que c'est la première fois qu'elle « demande quelque chose à l'État ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Seine-Saint-Denis}}, {{7h}}. Premier appel de la journée à {{7h00}} pile. L'écoutante me dit que certains appellent à 7h chaque matin, depuis des mois, pour être les premiers. Pas de place quand même. Elle dit « à demain » et c'est vrai.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS de {{Marseille}}, mairie des {{13e et 14e}}. Mme [[PERSONNE:Nadia Benmansour]] vient pour une aide à la cantine de ses {{3 enfants}}. L'agent, M. [[PERSONNE:Ferracci]], remplit le dossier. Elle donne son portable : [[TELEPHONE:06 11 93 02 78]]. Et celui de son mari, « mais il répond jamais » : [[TELEPHONE:07 52 40 66 19]]. M. [[PERSONNE:Ferracci]] ne note que le sien.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam de {{Paris}}, accueil du {{14e}}. M. [[PERSONNE:Bernard Lévy-Marchal]], {{76 ans}}, veut mettre à jour sa carte. Il donne son numéro « par cœur, depuis {{1970}} » : [[NIR:149077511420760]]. Né le [[DATE_NAISSANCE:2 juillet 1949]], « à {{Port-Royal}}, la maternité, juste à côté ». L'agente, [[PERSONNE:Océane]], lui met la carte à jour sur la borne. Il n'en revient pas que ça prenne {{30 secondes}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{France Travail}} {{Saint-Pierre}} ({{La Réunion}}), au tel. M. [[PERSONNE:Jean-Noël Fontaine]] appelle de {{Cilaos}} : pas de bus pour venir au rdv. Identifiant [[ID_FRANCE_TRAVAIL:9741302 R]]. La conseillère, [[PERSONNE:Priscilla]], passe le rdv en visio ; lien envoyé sur [[EMAIL:jn.fontaine974@gmail.com]]. Lui : « et si ça coupe dans les lacets ? ». Elle rit.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "CCAS de {{Caen}}, tel. Un après-midi d'appels sur le {{plan grand froid}} : « le gymnase est ouvert ? » oui, à partir de {{19h}}. {{9 appels}}, toujours la même question, posée par des voisins, des commerçants, une boulangère. La ville se parle.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf de l'Isère}}, plateforme. M. [[PERSONNE:Antoine Pellissier-Rostaing]] appelle pour sa {{prime d'activité}}. Il veut une réponse par mail et l'épelle à sa façon : « [[EMAIL:antoine tiret pellissier arobase gmx point fr]] ». N° alloc [[N_ALLOCATAIRE:3028814]]. Le conseiller lui dit qu'il peut tout faire sur l'appli ; il répond qu'il est « contre les applis ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en appartement diffus, {{Rouen}}, {{Hauts-de-Rouen}}. M. [[PERSONNE:Moussa Cissé]] et son fils [[PERSONNE:Adama]], {{16 ans}}. Adresse : [[ADRESSE:14 rue Pierre de Coubertin, 76000 Rouen]]. L'éducatrice, [[PERSONNE:Pauline Lemarchand]], vérifie la scolarité du fils : inscrit au lycée, absent {{12 jours}} ce trimestre. Le père ne savait pas. Silence. [[PERSONNE:Adama]] regarde ses baskets.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Bayonne}}, {{fêtes de Bayonne}}, {{2h}} du matin. Tout le monde en blanc et rouge. Un jeune homme, [[PERSONNE:Iñaki Etxeberria]], coupure au bras (verre). Né le [[DATE_NAISSANCE:11/11/2002]]. Ses copains ont garé leur voiture sur la place des pompiers, plaque espagnole [[IMMATRICULATION:7351 KHT]], le vigile les fait déplacer. Le foulard rouge a servi de garrot.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, formation d'une nouvelle conseillère en double écoute. Sa tutrice lui écrit des mots-clés sur des post-its pendant l'appel : « {{IJ}} », « {{subrogation}} », « {{délai de carence}} ». Au 5e appel elle n'en a plus besoin.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite du CCAS du {{Chambon-sur-Lignon}}. M. et Mme [[PERSONNE:Eyraud]], [[PERSONNE:Marcel]] et [[PERSONNE:Suzanne]], {{88}} et {{86 ans}}, [[ADRESSE:lieu-dit Les Barandons, 43400 Le Chambon-sur-Lignon]]. La neige bloque le chemin {{3 mois}} par an. Demande : téléassistance + portage de repas. L'agente, [[PERSONNE:Joëlle]], note tout sur un carnet à spirale. [[PERSONNE:Suzanne]] nous offre de la verveine du jardin.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Marseille}}, {{Saint-Antoine}}. [[PERSONNE:Bilal Rahmani]], {{21 ans}}, hésite entre l'armée et conducteur de bus à la {{RTM}}. Identifiant [[ID_FRANCE_TRAVAIL:1365092U]]. Il montre sa chaîne {{YouTube}} de mécanique, [[IDENTIFIANT:@bilalgarage13]]. Le conseiller, [[PERSONNE:Olivier Sanchez]], regarde {{2 vidéos}}, impressionné, et parle d'un CAP en alternance.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS à {{Calais}}. M. [[PERSONNE:Filmon Tesfay]], érythréen, {{24 ans}}, a renoncé à traverser. Demande d'asile en France, récépissé n° [[IDENTIFIANT:6209911482]]. Il montre sur son téléphone une photo de sa mère à {{Asmara}}. Le travailleur social, [[PERSONNE:Grégory Delattre]], explique la procédure avec un interprète tigrinya au téléphone.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf de l'Hérault}}, {{Montpellier}}, {{Antigone}}. Affiche à l'entrée : « Les rendez-vous, c'est sur {{caf.fr}} ». En dessous quelqu'un a écrit au stylo « et ceux qui ont pas internet ? ». Personne ne l'a enlevée. L'agent d'accueil me dit : « c'est pas faux ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS de {{Tours}}, {{Sanitas}}. Mme [[PERSONNE:Sylviane Moreau-Pichon]], {{66 ans}}, retraitée, dette de loyer chez {{Tours Habitat}}. Réf. locataire [[IDENTIFIANT:TH-044719]]. L'agente, [[PERSONNE:Hélène Baudry]], calcule avec elle un reste à vivre : {{312 €}} par mois. Elle demande si elle peut garder son abonnement {{Canal+}}. L'agente : « on en reparle ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de l'{{Isère}}, {{20h30}}. Mme [[PERSONNE:Svetlana Petrova]], née le [[DATE_NAISSANCE:1er mai 1974]], appelle en sortant des urgences de l'hôpital {{Michallon}}, rien pour dormir. L'écoutant, [[PERSONNE:Youssef]], trouve une place à {{Échirolles}}. Il la rappelle pour confirmer sur le [[TELEPHONE:06 58 31 47 92]]. Elle ne décroche pas. Il réessaie {{3 fois}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CGSS de Guyane}}, accueil de {{Cayenne}}. Queue dehors dès {{6h}}. Mme [[PERSONNE:Rosiane Jean-Louis]], brésilienne mariée à un Guyanais, carte de séjour n° [[IDENTIFIANT:9730481526]], demande son affiliation. L'agent parle portugais. Dossier complet du premier coup, ce qui arrive « une fois par semaine » d'après lui.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf de la Somme}}, {{Amiens}}, quartier {{Étouvie}}. Contrôleur : [[PERSONNE:Ludovic Carpentier]]. Mme [[PERSONNE:Jessica Dumont]], [[ADRESSE:27 avenue de la Paix, 80080 Amiens]]. Doute sur une activité non déclarée : vente de voitures sur {{Leboncoin}}. Devant, une {{Clio}} avec une affiche « À VENDRE », plaque [[IMMATRICULATION:FL428MV]]. Elle : « c'est celle de ma mère ». [[PERSONNE:Ludovic]] demande la carte grise. Elle la cherche {{10 minutes}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "CCAS de {{Vénissieux}}, au téléphone. M. [[PERSONNE:Ange Mendy]] appelle pour son rdv de domiciliation, il ne peut pas venir : il a trouvé une mission d'intérim à {{Corbas}}. L'agent, [[PERSONNE:Lounès]], décale à la semaine prochaine, {{17h}}. Numéro : [[TELEPHONE:07 66 12 04 38]]. « Bon courage pour la mission », il dit en raccrochant.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences du {{CHU de Nîmes}} ({{Carémeau}}). Un homme appelle pour sa mère, Mme [[PERSONNE:Paulette Arnal]], {{93 ans}}, qui a appelé le {{15}} elle-même. Il veut savoir si elle est arrivée. Oui. Il donne son numéro : [[TELEPHONE:04 66 28 71 53]]. Il s'excuse de ne pas pouvoir venir, il est à {{Lyon}} pour le travail.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appartement du CHRS à {{Toulouse}}, au {{Mirail}}, entre deux locataires. Murs repeints par les résidents eux-mêmes (atelier peinture). Couleur choisie : vert pomme. L'éducateur : « on a voté, {{4 voix}} contre {{3}} pour le beige ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel FT {{Clermont-Ferrand}}. Mme [[PERSONNE:Morgane Chassaing]] a trouvé un CDI chez {{Limagrain}} et veut se désinscrire. Identifiant [[ID_FRANCE_TRAVAIL:6318047 H]]. La conseillère, [[PERSONNE:Corinne Fayolle]], la félicite et lui explique qu'elle peut garder des droits. « Je veux juste plus jamais actualiser ! » 😂",
    ),
    (
        "cpam",
        "accueil_physique",
        "Cpam du {{Havre}}. M. [[PERSONNE:Dimitri Lecoq]] veut activer l'{{appli carte Vitale}}. Nouvelle adresse mail : [[EMAIL:dim.lecoq76@icloud.com]]. L'agent, [[PERSONNE:Jean-Philippe]], l'aide pour la reconnaissance faciale. {{3 essais}}, la lumière du guichet est trop forte. Ils finissent dans le couloir, près de la fenêtre. Ça marche.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf du Nord}}, plateforme de {{Valenciennes}}. Mme [[PERSONNE:Sandrine Lefebvre]] change de banque et lit son nouvel IBAN sans respirer : [[IBAN:FR7616275003000812345670195]]. N° alloc [[N_ALLOCATAIRE:6102937]]. Le conseiller la renvoie vers l'espace perso ; elle : « j'ai pas d'ordinateur, j'ai un téléphone avec l'écran cassé ». Il lui envoie un formulaire papier.",
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS de {{Mulhouse}}, {{Bourtzwiller}}. Mme [[PERSONNE:Hatice Demir]], née le [[DATE_NAISSANCE:15/08/1960]], veut la carte de transport {{Soléa}} gratuite des seniors, à partir de {{65 ans}}. L'agent fait le calcul : il lui manque {{12 jours}}. Elle négocie. L'agent, [[PERSONNE:Kevin Meyer]], tient bon : « revenez le 16, je vous la fais en premier ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Cantal}}, {{Aurillac}}. Appel d'un jeune couple, [[PERSONNE:Kevin]] et [[PERSONNE:Laura]], avec un bébé, dans leur voiture depuis {{2 nuits}} sur le parking du {{Leclerc}}. Plaque notée pour la maraude : [[IMMATRICULATION:DY-381-QF]]. La maraude part tout de suite. L'écoutante me dit : « dans le Cantal, ça va vite, tout le monde se connaît ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite du CCAS d'{{Avignon}}, {{Monclar}}. Mme [[PERSONNE:Rosa Martins Ferreira]], {{71 ans}}, [[ADRESSE:6 allée des Cyprès, 84000 Avignon]]. Demande d'aide pour une chaise de douche. Son petit-fils, [[PERSONNE:Diego]], traduit du portugais. Il est garé devant, plaque portugaise [[IMMATRICULATION:45-TR-82]]. L'AS lui demande s'il peut passer plus souvent. Il dit oui, elle dit « il dit toujours oui ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour, {{Dunkerque}}. Pendant {{1 h}} : {{14 douches}}, {{6 machines}} à laver, {{22 cafés}}. Une bénévole recoud un sac à dos. Un homme dort sur une chaise, on le laisse. À la radio : {{Nostalgie}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf de la Gironde}}, {{Bordeaux}}, {{Bastide}}. M. [[PERSONNE:Jean-Baptiste Ndong]], gabonais, étudiant, {{APL}}. Titre de séjour étudiant n° [[IDENTIFIANT:3302178845]]. N° alloc [[N_ALLOCATAIRE:4417602]]. L'agente, [[PERSONNE:Laure]], explique qu'il faut l'attestation de loyer du {{CROUS}}. Il l'a sur son téléphone, elle la scanne depuis l'écran.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Metz}}, {{Borny}}. Mme [[PERSONNE:Aïcha Mebrouk]], {{45 ans}}, ancienne aide à domicile, mal de dos, reconversion secrétariat. Identifiant [[ID_FRANCE_TRAVAIL:5716320N]]. Le conseiller, [[PERSONNE:Frédéric Muller]], l'inscrit à une formation {{Word}}/{{Excel}} à l'{{AFPA}}. Convocation envoyée sur [[EMAIL:aicha.mebrouk57@gmail.com]]. Elle demande si elle aura « un diplôme avec un tampon ». Oui.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Cpam de {{Paris}}, plateforme. Mme [[PERSONNE:Li Mei Zhang]], restauratrice dans le {{13e}}, appelle pour son mari, [[PERSONNE:Zhang Wei]], en arrêt. Elle veut qu'on lui écrive à [[EMAIL:zhang.limei@163.com]]. La conseillère ne peut rien dire sans l'accord du mari. Il est juste à côté, il dit « oui oui » dans le combiné. Ça suffit, apparemment. Rappel prévu au [[TELEPHONE:01 45 82 36 09]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "CCAS de {{Saint-Pierre}} ({{Saint-Pierre-et-Miquelon}}), tel. M. [[PERSONNE:Yannick Detcheverry]], pêcheur à la retraite, appelle pour l'aide au fioul de l'hiver. Il laisse son numéro : [[TELEPHONE:+508 41 27 63]]. L'agente, [[PERSONNE:Gaëlle Briand]], dit qu'ici tout le monde se connaît, mais elle note quand même. Dehors, {{-12°C}} ressentis.",
    ),
]

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7


def main() -> None:
    notes = build(NOTES)
    if len(notes) != 240:
        raise ValueError(f"expected 240 notes, got {len(notes)}")
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
