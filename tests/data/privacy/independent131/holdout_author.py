"""Independent evaluation corpus n° 131: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple written by hand, with inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` is a string to keep. ``parse`` strips the
marks and computes the offsets (Python string indices, end exclusive). Ids ``ind131-001`` …
``ind131-240`` follow the writing order. ``split`` draws dev / holdout from the ids and the
cells only (``random.Random(131)``), and ``main`` writes ``dev.jsonl`` and ``holdout.jsonl``.

Standard library only, deterministic: ``python3 holdout_author.py`` rewrites both files
byte-identically.
"""

import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind131"
SEED = 131
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


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        label, value, kept = m.group(1), m.group(2), m.group(3)
        if kept is None:
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
        else:
            value = kept
            if kept not in keep:
                keep.append(kept)
        if not value or value != value.strip():
            raise ValueError(f"bad marked value {value!r} in {marked[:60]!r}")
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray {token!r} in {text[:60]!r}")
    return text, entities, keep


def build_notes():
    """Parse every note, in writing order, with its id."""
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


def split(cells):
    """Draw dev / holdout ids from ``{(site_kind, channel): [ids]}`` only."""
    rng = random.Random(SEED)
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


def main():
    notes = build_notes()
    cells = defaultdict(list)
    for note in notes:
        cells[(note["site_kind"], note["channel"])].append(note["id"])
    dev_ids, holdout_ids = split(cells)
    by_id = sorted(notes, key=lambda note: note["id"])
    write(HERE / "dev.jsonl", [note for note in by_id if note["id"] in dev_ids])
    write(HERE / "holdout.jsonl", [note for note in by_id if note["id"] in holdout_ids])
    print(f"{len(notes)} notes: {len(dev_ids)} dev, {len(holdout_ids)} holdout")


# The notes, in writing order (ids ind131-001 … ind131-240).
NOTES_1 = [
    (
        "ccas",
        "accueil_physique",
        "Mairie de {{Crocq}}, permanence {{France Services}} du mardi. Mme [[PERSONNE:Marguerite Tixier]], {{84 ans}}, veuve depuis {{février}}, vient pour la carte grise du {{Kangoo}} de son mari ([[IMMATRICULATION:DV-318-QH]]). Sur l'{{ANTS}} il faut un compte {{FranceConnect}}, elle n'a ni mail ni smartphone. L'agente ([[PERSONNE:Nadège]]) lui crée une adresse [[EMAIL:marguerite.tixier23@laposte.net]] devant elle, « vous la noterez dans votre carnet ». {{40 min}} pour une démarche qui en papier prenait {{10 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme tél {{MSA}} à {{Tulle}}. Appel de M. [[PERSONNE:Vialle]], éleveur de limousines à {{Meymac}} : sa {{prime d'activité}} a sauté. Le conseiller ([[PERSONNE:Thierry]]) demande le n° de sécu, le monsieur le lit lentement sur sa carte vitale : [[NIR:1 63 07 19 275 052 91]]. Né à {{Ussel}} en [[DATE_NAISSANCE:juillet 63]] confirme-t-il. Souci = bénéfice agricole {{2023}} pas remonté. Rappel prévu {{jeudi}}. {{12 min}} d'appel dont {{4 min}} de musique d'attente 🎵",
    ),
    (
        "caf",
        "accueil_physique",
        "Agence {{MSA}} {{Guéret}}, {{9h10}}. M. [[PERSONNE:Robert Chaumeil]], ancien exploitant à {{Saint-Sulpice-les-Champs}}, né à {{Aubusson}} le [[DATE_NAISSANCE:14/03/1958]]. Retraité depuis l'an dernier, il ne comprend pas le montant (« {{912 €}} pour {{42 ans}} de boulot »). L'agente, Mme [[PERSONNE:Lafarge]], ressort le relevé de carrière : les trimestres d'aide familial avant {{1980}} ne sont pas comptés. N° sécu tapé : [[NIR:158032300811263]]. Dossier renvoyé au service retraite, RDV dans {{3 semaines}}. Il repart avec un papier et « on verra bien ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Limoges}} {{Beaubreuil}}. Jeune de {{22 ans}} venu s'inscrire, il avait déjà un compte du temps de {{Pôle emploi}}. Identifiant retrouvé : [[ID_FRANCE_TRAVAIL:4129873M]]. La conseillère [[PERSONNE:Samia Bouzid]] lui fait refaire son mot de passe {{3 fois}}. Il dit « c'est mon cousin [[PERSONNE:Yanis]] qui avait tout fait ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{CH de Guéret}}, {{14h40}}. Agriculteur, {{57 ans}}, coup de pied de vache sur le tibia, arrivé avec sa femme dans le {{Berlingo}} plein de boue. IOA ([[PERSONNE:Cédric]]) : « vous êtes à la {{MSA}} ? carte vitale ? » Il n'a que sa carte {{Groupama}}. Nom saisi à l'écran : [[PERSONNE:LAMY Gérard]], né le [[DATE_NAISSANCE:2 août 1967]]. Attente annoncée {{3 h}}. Il veut repartir, « les bêtes attendent pas ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, plateau de {{Châteauroux}}. Une dame appelle pour sa carte vitale perdue au marché d'{{Issoudun}}. Nom, prénom : « [[PERSONNE:Huguette Bonnin]], [[PERSONNE:B-O-deux N-I-N]] ». Date de naissance : le [[DATE_NAISSANCE:vingt-deux mai quarante-neuf]]. N° de sécu : [[NIR:2 49 05 36 044 118 19]]. Nouvelle carte commandée, mais la photo c'est le problème, pas d'ordi. Formulaire papier envoyé au [[ADRESSE:7 rue des Tanneurs, 36100 Issoudun]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Dordogne}}, nuit. Appel d'un homme, [[PERSONNE:Florin Ionescu]], {{34 ans}}, saisonnier aux fraises vers {{Vergt}}, qui dort dans sa voiture (plaque roumaine [[IMMATRICULATION:BV 21 FLR]]) sur le parking d'{{Intermarché}}. Plus de place au {{CHRS}} de {{Périgueux}}. L'écoutante ([[PERSONNE:Léa]]) note son tél [[TELEPHONE:07 58 21 94 36]] pour le rappeler si une place se libère. Il parle bien français, « j'ai appris avec {{Netflix}} ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Brive}}, salle d'attente : {{7 personnes}} à {{8h45}}, {{1 seul agent}} à l'accueil. Distributeur de tickets en panne, on s'arrange « à l'ancienne ». Affiche sur le {{chèque énergie}} à moitié décollée. La {{fontaine à eau}} est vide.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place {{MSA}}, ferme près de {{Ribérac}}. Contrôleur : [[PERSONNE:Bruno Magne]]. On vérifie la situation de Mme [[PERSONNE:Fernandes]] ([[PERSONNE:Maria do Céu]]), déclarée isolée pour le {{RSA}}. Elle sort ses papiers d'une boîte à biscuits {{LU}} : carte vitale [[NIR:271099913902774]] (née au {{Portugal}} en [[DATE_NAISSANCE:1971]]), relevés {{Crédit Agricole}}, bail. Le contrôleur regarde les bottes dans l'entrée (du {{44}} ?). Elle : « c'est à mon fils [[PERSONNE:Rui]] ». Ambiance tendue, {{1 h 15}} sur place.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appels sortants {{France Travail}} {{Vierzon}} : le conseiller rappelle les inscrits qui n'ont pas actualisé. Sur {{10 appels}}, {{3 décrochent}}. Un monsieur croit qu'on l'appelle pour le radier. Messagerie pleine x2. Pause café {{10h30}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{France Services}} {{Aubusson}}. Un voisin, [[PERSONNE:Didier Pradeau]], accompagne Mme [[PERSONNE:Nicaud]], {{91 ans}}, pour sa déclaration d'impôts en ligne. Il a son numéro fiscal sur un post-it : [[IDENTIFIANT:30 17 458 263 119]]. Mot de passe oublié → réinitialisation par mail… sur l'adresse du petit-fils, [[EMAIL:k.nicaud87@gmail.com]], qui vit à {{Bordeaux}}. L'agent ([[PERSONNE:Loïc]]) : « c'est tous les jours comme ça en avril-mai ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Tél accueil urgences {{CHU}} de {{Limoges}} ({{Dupuytren}}). Une fille appelle pour son père arrivé en ambulance ce matin : « [[PERSONNE:Lucien Barbier]], né le [[DATE_NAISSANCE:03/11/1938]] ». Aucune info médicale par tél, juste « il est pris en charge, {{box 12}} ». Elle laisse son numéro pour que le médecin rappelle : [[TELEPHONE:06 71 44 08 92]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Châteauroux}}, accueil de jour. [[PERSONNE:Karim]] (résident, {{41 ans}}) demande à l'éduc, [[PERSONNE:Virginie Perrot]], si son courrier de la {{CAF}} est arrivé. Rien dans le casier. Il est domicilié ici depuis {{mars}}. Il montre son téléphone fissuré : « si on m'appelle je vois même pas le numéro » 😅",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{France Services}} {{Ussel}}, {{bureau 2}}. M. [[PERSONNE:Faucher]], {{80 ans}}, veut la {{complémentaire santé solidaire}}. Sur {{ameli}}, identifiant = n° de sécu : [[NIR:1 44 11 19 275 068 03]]. Il ne se souvient pas du mot de passe, code provisoire envoyé par courrier chez lui, lieu-dit [[ADRESSE:Chadebec, 19200 Saint-Exupéry-les-Roches]]. Sa fille [[PERSONNE:Corinne]] viendra avec lui la prochaine fois. Il a apporté sa carte mutuelle {{Harmonie}}, n° adhérent [[IDENTIFIANT:045122987]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme {{Caf}} de la {{Creuse}}. Une aide à domicile ({{ADMR}}) appelle pour une bénéficiaire, Mme [[PERSONNE:Peyrot]] : « j'ai son numéro d'allocataire, [[N_ALLOCATAIRE:2318465]] ». Le conseiller refuse de parler du dossier sans la personne. On entend la dame au fond : « dis-leur que c'est d'accord ! ». Haut-parleur, accord donné, ça passe. {{9 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences d'{{Ussel}}, dimanche {{11h}}. Salle d'attente : un chasseur avec la main bandée, une dame âgée en fauteuil avec sa voisine, un enfant qui a avalé une pièce de {{2 €}}. Un seul médecin de garde, le suivant arrive de {{Clermont}} à {{14h}}. L'IOA trie, trie, trie.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile {{CCAS}} de {{Bourganeuf}} avec l'assistante sociale [[PERSONNE:Pascale Dumont]]. Couple [[PERSONNE:Jarraud]], elle {{86 ans}}, lui {{89}}, au hameau de [[ADRESSE:La Chassagne, 23400 Saint-Amand-Jartoudeix]]. Pas de chauffage central, un poêle à bois, le bois livré par le fils. Demande d'aide pour la facture {{EDF}} : réf. client [[IDENTIFIANT:6001 284 957]]. M. [[PERSONNE:Jarraud]] répète « on ne veut pas aller à l'{{EHPAD}} ». Le chien, {{Pataud}}, aboie tout du long.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Bergerac}}. [[PERSONNE:Mihaela Ștefănescu]], {{29 ans}}, vendanges finies à {{Monbazillac}}, veut s'inscrire. Le conseiller ([[PERSONNE:Jérôme Lacombe]]) galère : le site refuse le « Ș », on tape [[PERSONNE:Stefanescu]] 🤷. Identifiant créé : [[ID_FRANCE_TRAVAIL:5238107T]]. Elle avait un contrat {{TESA}} et ne sait pas ce que c'est. Tél : [[TELEPHONE:+40 745 218 903]] (roumain).",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail avec l'agent enquêteur {{CPAM}}, [[PERSONNE:Alain Besse]], secteur {{Brive}}. Adresse sur l'ordre de mission : [[ADRESSE:14 avenue Thiers, 19100 Brive-la-Gaillarde]]. On sonne 2 fois, personne. La voisine : « [[PERSONNE:Kevin]] ? il est au garage ». Avis de passage laissé. {{15 min}} de route pour {{3 min}} sur place.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Limoges}}, accueil sur RDV. Étudiante, [[PERSONNE:Inès Rakotomalala]], née le [[DATE_NAISSANCE:9 février 2001]] à {{Limoges}}, {{APL}} coupée depuis son changement de résidence {{Crous}}. N° de sécu demandé pour retrouver le dossier : [[NIR:2 01 02 87 085 331 85]]. L'agente : « votre nouvelle adresse c'est bien [[ADRESSE:33 rue Louis Armand, appt 214, 87100 Limoges]] ? » Oui. Le bail n'a pas été transmis par le bailleur, à relancer.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en logement diffus ({{CHRS}} de {{Tulle}}) avec l'éducatrice [[PERSONNE:Sonia Chastang]]. Famille afghane, M. et Mme [[PERSONNE:Ahmadi]], {{3 enfants}}, appartement au [[ADRESSE:5 rue de la Barrière, 19000 Tulle]]. Le fils aîné, [[PERSONNE:Farid]], traduit. Moisissure dans la chambre des petits. Récépissé de titre de séjour n° [[IDENTIFIANT:1907241583]], expire dans {{15 jours}}, RDV préfecture toujours pas obtenu.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "On est dans le bus {{France Services}} garé sur la place de {{Saint-Marc-à-Loubaud}}. La secrétaire de mairie appelle pour prévenir qu'il y aura « au moins quatre » personnes cet aprem pour des {{cartes grises}}. Le bus passe ici un {{jeudi}} sur deux. Réseau 4G : {{1 barre}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Bourges}}, accueil. M. [[PERSONNE:Ousmane Traoré]] attend depuis {{45 min}} pour une attestation de droits. N° sécu sur son courrier : [[NIR:1 90 12 99 335 214 61]]. L'agente ([[PERSONNE:Hélène]]) l'imprime en {{2 min}}. Il rigole : « 45 minutes pour 2 minutes ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Bergerac}} (hôpital {{Samuel Pozzi}}). Couple de Britanniques, les [[PERSONNE:Hughes]], installés à {{Eymet}} depuis {{2006}}. Lui, [[PERSONNE:Graham]], a fait un malaise au golf. Elle parle pour lui, franglais : « we have {{AXA}}… ou {{Allianz}} ? ». Adresse donnée : [[ADRESSE:La Pièce du Moulin, 24500 Eymet]]. L'IOA note tout à la main, le logiciel a planté.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Issoudun}}, atelier CV. {{6 inscrits}}, {{2 absents}}. CV modèle projeté au mur : « [[PERSONNE:Julie Martin]] – [[TELEPHONE:06 12 34 56 78]] – [[EMAIL:julie.martin@mail.fr]] ». La conseillère, [[PERSONNE:Anne-Sophie]], insiste sur une adresse mail « sérieuse ». Un participant demande s'il faut mettre sa photo. Réponse : « non, sauf si elle est bien ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Creuse}} : {{19h-23h}}, {{11 appels}}. {{4 demandes}} d'hébergement, {{2 places}} dispo à {{Guéret}}, aucune à {{La Souterraine}}. Un appel pour ne rien dire, un pour demander l'heure du bus. L'écoutante note tout dans le logiciel, « même le silence ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{MSA Dordogne-Lot-Garonne}}, permanence à {{Sarlat}}. Apicultrice, [[PERSONNE:Solène Mazeau]], veut changer de compte pour les prestations familiales. Elle dicte le nouvel IBAN : [[IBAN:FR76 1027 8360 1000 0451 2879 033]] ({{Crédit Mutuel}}). L'agent ([[PERSONNE:Patrick]]) explique que le RIB doit être à son nom, pas au nom du {{GAEC}}. « Mais c'est moi le GAEC ! »",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Une femme appelle pour sa mère, {{93 ans}}, qui vit à {{Sarran}} (« comme {{Chirac}} ! »). Elle donne : [[PERSONNE:Yvonne Delmas]], née le [[DATE_NAISSANCE:1er octobre 1931]]. Le conseiller ne peut rien faire sans la mère au bout du fil. Conférence à trois improvisée, la mère : « allô ? allô ? c'est qui ? ». {{17 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Périgueux}}, domiciliation. Nouvelle demande : [[PERSONNE:Dmytro Kovalenko]], ukrainien, {{52 ans}}. L'agente écrit « [[PERSONNE:Kovalenco]] », il corrige en montrant son passeport. Attestation de domiciliation n° [[IDENTIFIANT:DOM-24-0318]]. Délai pour la carte {{CMU}} : « on verra ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard urgences {{Tulle}}. Le fils d'un patient appelle depuis l'{{Australie}} (il est {{3h}} du matin chez lui). Son père, [[PERSONNE:Raymond Puydebois]], a chuté dans la grange à {{Lagraulière}}. L'agent ne sait pas quoi dire, transfère à l'infirmière ([[PERSONNE:Audrey]]). Le fils laisse son mail pour avoir des nouvelles : [[EMAIL:puydebois.s@bigpond.com]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Vierzon}}. Arrivée d'une femme et de sa fille de {{6 ans}}, orientées par le {{SIAO}} du {{Cher}}, dossier [[IDENTIFIANT:SIAO18-2024-0457]]. Mme [[PERSONNE:Benhamou]] a fui le domicile, elle ne veut pas que son ancienne adresse soit notée. L'intervenant ([[PERSONNE:Matthieu]]) la rassure. La petite, [[PERSONNE:Lina]], joue avec un doudou lapin qui s'appelle {{Caramel}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. Un homme lit son identifiant à voix haute : « [[ID_FRANCE_TRAVAIL:zéro six quatre huit neuf deux un, B comme Bernard]] ». Le conseiller répète « [[ID_FRANCE_TRAVAIL:0648921B]] ». Il appelle parce que son {{ARE}} n'est pas tombée. Réponse : le paiement part le {{5}}, arrive sur le compte 2-3 jours après.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mairie de {{Chambon-sur-Voueize}}, permanence du {{CCAS}}. Mme [[PERSONNE:Chambon]] (oui, comme la commune, « on me la fait à chaque fois ») demande un bon pour l'{{épicerie sociale}}. L'adjointe, [[PERSONNE:Josiane Roudier]], la connaît depuis l'école. Bon de {{30 €}} signé sur un coin de bureau.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} quartier {{Saint-Jean}} à {{Châteauroux}}, contrôleur [[PERSONNE:Frédéric Guillot]]. Objet : vie maritale supposée. Mme [[PERSONNE:Sandrine Lopes]], [[ADRESSE:12 allée des Tilleuls, apt 31, 36000 Châteauroux]]. Deux brosses à dents, un rasoir. Elle : « c'est mon frère, il passe ». Le contrôleur note sans commenter. Elle montre le bail {{OPAC 36}} à son seul nom. {{50 min}}.",
    ),
]

NOTES_2 = [
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Guéret}}. Mme [[PERSONNE:Aurélie Montagnac]], {{44 ans}}, femme d'éleveur à {{Bénévent-l'Abbaye}}, veut se former comme aide-soignante. « J'ai jamais eu de CV, j'ai toujours été à la ferme. » Identifiant : [[ID_FRANCE_TRAVAIL:3390452K]]. Mail : [[EMAIL:aurelie.montagnac@orange.fr]]. Le conseiller, [[PERSONNE:Nicolas Bordas]], parle {{Transitions Pro}} et {{CPF}}. Elle note tout au dos d'une facture de la coop.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{France Services}} {{Sarlat}}, guichet {{MSA}} (santé). [[PERSONNE:Youssef El Amrani]], saisonnier marocain venu par l'{{OFII}}, chez un producteur de fraises à {{Saint-Cyprien}}. Pas encore de carte vitale. N° de sécu sur l'attestation : [[NIR:1 88 04 99 350 107 76]]. Né au {{Maroc}} en [[DATE_NAISSANCE:avril 1988]], ça colle. L'agente, [[PERSONNE:Christine Vergnolle]], explique la carte vitale avec {{Google Traduction}} sur son téléphone. Il demande si les remboursements peuvent aller sur le compte de sa femme à {{Beni Mellal}}. Non.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} du {{Cher}}, plateforme. Jeune père, [[PERSONNE:Anthony Marchal]], appelle pour la {{prime à la naissance}} : « ma copine a accouché la semaine dernière ». Il veut changer de banque et dicte son RIB : [[IBAN:FR76 1870 7000 1232 1178 4520 915]]. La conseillère : « il faut le faire sur {{caf.fr}}, je ne peux pas le saisir par téléphone ». Il soupire. {{7 min}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} d'{{Issoudun}} après signalement d'un voisin. Mme [[PERSONNE:Gisèle Auclair]], {{78 ans}}, vit seule au [[ADRESSE:22 rue du Faubourg Saint-Denis, 36100 Issoudun]]. Le couloir est rempli de journaux et de boîtes de {{Ricoré}} vides. Elle nous offre un café quand même. L'agente ([[PERSONNE:Émilie]]) propose le portage de repas, refus : « je cuisine encore ». RDV dans {{15 jours}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Châteauroux}}, samedi {{23h30}}. Un homme alcoolisé chante du {{Johnny}} en boucle dans le couloir. Deux agents de sécurité. L'IOA garde son calme : « c'est tous les samedis, on a le répertoire complet ». {{9 patients}} en attente, {{1 brancard}} libre.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Passage de l'équipe mobile du {{CHRS}} sur l'aire d'accueil de {{Bergerac}}. Famille [[PERSONNE:Winterstein]], installée [[ADRESSE:aire de la Pélissière, place 14]]. Caravane, camionnette [[IMMATRICULATION:FK-207-MN]] et une vieille {{Peugeot}} encore en plaque [[IMMATRICULATION:4521 TV 24]]. Le grand-père, dit « [[PERSONNE:Pépète]] », raconte qu'ils viennent ici depuis {{1975}}. L'éducateur, [[PERSONNE:Julien Faure]], vérifie les papiers pour la scolarité des {{4 enfants}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Bus {{France Services}} à {{Royère-de-Vassivière}}, {{10h}}. M. [[PERSONNE:Sébastien Couturier]], {{38 ans}}, bûcheron, doit refaire sa demande de permis sur l'{{ANTS}}. Numéro de demande : [[IDENTIFIANT:24F8K7R2M1]]. Il donne son portable, [[TELEPHONE:06 83 12 57 40]], pour le SMS de validation, mais pas de réseau ici → on descend sur le parking du bas pour le recevoir 😂. L'agent, [[PERSONNE:Mehdi]], dit que c'est « la routine ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{MSA Berry-Touraine}}, agence de {{Châteauroux}}. Couple d'éleveurs de chèvres à {{Valençay}}, M. et Mme [[PERSONNE:Desbordes]], viennent demander le {{RSA}} : revenu agricole négatif après la sécheresse. N° {{MSA}} : [[N_ALLOCATAIRE:0361287]]. Elle a tout dans un classeur rouge. L'agente, [[PERSONNE:Corinne Thibault]] : « vous avez plutôt droit à la {{prime d'activité}} ». Lui ne dit rien, il regarde par la fenêtre.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{France Travail}} {{Brive}}, plateforme. Une femme demande une formation de cariste. Elle épelle son mail : « [[EMAIL:nathalie point rougier arobase hotmail point fr]] ». Le conseiller ([[PERSONNE:Stéphane]]) relit : [[EMAIL:nathalie.rougier@hotmail.fr]]. Elle : « non, [[PERSONNE:ROUGIER]], [[PERSONNE:R-O-U-G-I-E-R]] ». OK. Formation {{CACES}} à {{Tulle}} en {{mars}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, matinée. Temps d'attente affiché au mur : {{18 min}}. Le conseiller enchaîne {{14 appels}} en {{2 h}}. Sujets : arrêt maladie, carte vitale, remboursement dentiste, une dame qui veut résilier sa mutuelle (« c'est pas nous madame »). Personne ne donne son nom en premier, il faut toujours le demander.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} de {{Bergerac}}, {{17h}}. [[PERSONNE:Jimmy]], {{45 ans}}, arrive avec son chien {{Rocky}}. Chiens interdits dans les chambres, il dormira dans le local à vélos avec lui. L'éduc, [[PERSONNE:Claire Sauvanet]], négocie, pas de solution. Lui : « sans Rocky je reste dehors ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Vierzon}} : la pharmacie de garde appelle pour une ordonnance illisible. Puis l'{{EHPAD Les Tilleuls}}, pour savoir si un résident peut rentrer ce soir. Puis un faux numéro. {{3 appels}} en {{5 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mairie de {{Felletin}}. [[PERSONNE:Caroline Meunier]] fait la pré-demande de CNI de sa mère, {{88 ans}}, sur son téléphone. Numéro de pré-demande : [[IDENTIFIANT:4HX7K2PQ9W]], noté au stylo sur sa main 😬. La secrétaire de mairie ([[PERSONNE:Brigitte]]) explique qu'il n'y a pas de station biométrique ici, il faut aller à {{Aubusson}}, RDV dans {{6 semaines}}. La mère : « à mon âge je pourrai être morte ». Silence.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{MSA}} chez un éleveur de canards près de {{Belvès}}, M. [[PERSONNE:Thierry Lasserre]], exploitant individuel (SIRET perso [[IDENTIFIANT:441 872 653 00017]]). Vérif des ressources pour la {{prime d'activité}}. N° PACAGE : [[IDENTIFIANT:024118745]]. Il sort les factures de la coopérative, les relevés, le RIB : [[IBAN:FR76 1240 6000 2581 2034 7651 019]]. Contrôleuse : [[PERSONNE:Nathalie Lacoste]], très pédagogue. Les canards font un boucan pas possible. {{2 h}} sur place.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Périgueux}}. M. [[PERSONNE:Alain Roussarie]], né en [[DATE_NAISSANCE:1966]], licencié de l'usine de {{Thiviers}}. Il veut savoir s'il peut partir en « carrière longue ». La conseillère : « je ne suis pas la {{Carsat}} ». Il laisse son fixe : [[TELEPHONE:05 53 62 18 47]]. Ses mains tremblent un peu quand il remplit le formulaire.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} de {{Limoges}}. Mme [[PERSONNE:Fatoumata Diallo]] veut rattacher son bébé à sa carte vitale. N° du bébé sur l'attestation : [[NIR:1 23 06 87 085 512 07]] (né en [[DATE_NAISSANCE:juin 2023]] à {{Limoges}}). L'agent, [[PERSONNE:Rémi Chazal]] : « normalement c'est automatique ». Ça n'a pas marché. Re-saisie, {{20 min}}. Le bébé dort dans l'écharpe.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de l'{{Indre}}, {{21h}}. Femme avec {{2 enfants}} ({{4 et 7 ans}}), mise dehors par son conjoint à {{Argenton-sur-Creuse}}. Elle donne son nom, [[PERSONNE:Jessica Moreau]], et le numéro d'une amie : [[TELEPHONE:07 81 66 29 03]]. Mise à l'abri à {{Châteauroux}}, hôtel {{Première Classe}}, {{chambre 8}}. Le taxi est payé par le {{115}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Sarlat}}. Mme [[PERSONNE:Odette Lavaud]], amenée par son voisin ([[PERSONNE:Gilles]]) depuis le hameau de [[ADRESSE:Lasfond, 24250 Saint-Cybranet]]. Née le [[DATE_NAISSANCE:seize juin mil neuf cent trente-quatre]], elle l'annonce fièrement, en entier. Tombée en donnant à manger aux poules. Le voisin n'a pas sa carte vitale, « elle est dans la boîte à sucre ». L'IOA : on se débrouillera.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mairie de {{Boussac}}, accueil téléphonique. {{4 appels}} en une heure : horaires de la déchetterie, un certificat de vie pour une caisse de retraite au {{Portugal}}, un chien perdu, et quelqu'un qui veut parler au maire « personnellement ». La secrétaire reconnaît tout le monde à la voix.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Périgueux}}. Père seul, [[PERSONNE:Mathieu Grellety]], {{2 enfants}}, son {{ASF}} est suspendue. Numéro allocataire lu sur le courrier : [[N_ALLOCATAIRE:24 51 973]]. Il avait répondu par mail… à une adresse qui n'existe pas. Il montre sa boîte : [[EMAIL:mat.grellety24@gmail.com]]. L'agente, [[PERSONNE:Sabrina Nouri]], transmet en interne. En partant : « merci, vous êtes la première qui m'écoute ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}}, permanence de {{Saint-Yrieix-la-Perche}}. [[PERSONNE:Agnieszka Nowak]], polonaise, cueilleuse de pommes aux {{Vergers de la Perche}}, fin de saison le {{31 octobre}}. Inscription faite : [[ID_FRANCE_TRAVAIL:6172045R]]. Elle voudrait rester pour la taille cet hiver. Le conseiller, [[PERSONNE:Laurent Mazaud]], cherche des offres en {{AOP Pomme du Limousin}}. Elle parle anglais, lui un peu, ils rient beaucoup.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle des indemnités journalières à {{Vierzon}} avec [[PERSONNE:Marc Olivier]], agent assermenté. Mme [[PERSONNE:Rachida Haddad]], [[ADRESSE:8 rue Karl Marx, 18100 Vierzon]], en arrêt depuis {{3 mois}}. Elle est là, en pyjama, à côté d'un {{olivier}} en pot dans le salon. Tout est en règle. Le contrôleur s'excuse presque.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Limoges}}, aide alimentaire. {{12 colis}} préparés. M. [[PERSONNE:Abdoulaye Sow]] vient chercher le sien, l'agent ([[PERSONNE:Pierre-Yves]]) coche sur la liste papier, à côté de « [[PERSONNE:SOW A.]] » écrit en rouge : dernier colis avant renouvellement, il faut refaire le dossier avec l'assistante sociale.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Guéret}}, repas du soir {{18h45}}. {{14 résidents}}. Hachis parmentier, yaourt. Télé allumée sur {{France 3}}. Un résident fait la vaisselle sans qu'on lui demande, l'éducateur dit que c'est « son rituel ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques de {{Limoges}} ({{HME}}). Enfant de {{3 ans}}, fièvre, la mère, [[PERSONNE:Kelly Boisseau]], arrive de {{Bellac}}. L'agent d'accueil crée le dossier : IPP [[IDENTIFIANT:P872104563]], prénom de l'enfant [[PERSONNE:Nolan]]. Pas de carte vitale, juste une photo de l'attestation sur son téléphone. Ça passe.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{MSA du Limousin}}, appel d'une veuve d'exploitant pour la pension de réversion. Elle donne son numéro en marquant une pause à chaque groupe : « [[NIR:deux, quarante-six, zéro un, vingt-trois, zéro quatre-vingt-seize, zéro trente et un, clé quarante-sept]] ». Née à {{Guéret}}. Son mari, [[PERSONNE:Henri Bujadoux]], est décédé en {{novembre}}. La conseillère ([[PERSONNE:Karine]]) parle du formulaire sur {{info-retraite.fr}} ; réponse : « j'ai pas internet, j'ai le téléphone ». Envoi papier.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{France Travail}} {{Bourges}}, rappel de RDV. Le conseiller compose le [[TELEPHONE:02 48 70 15 63]], tombe sur la mère du demandeur : « [[PERSONNE:Dylan]] dort ». Il laisse un message et redonne l'identifiant pour l'appli : [[ID_FRANCE_TRAVAIL:2851736Z]]. Le RDV de {{9h}} passe à {{14h}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} de {{Sarlat}} pour une aide facultative. Couple néerlandais, [[PERSONNE:Joost]] et [[PERSONNE:Marieke van den Berg]], retraités, dans une longère au lieu-dit [[ADRESSE:Le Pech, 24200 Sainte-Nathalène]]. Lui malade, elle épuisée. Pas de mutuelle française. L'agente, [[PERSONNE:Lucie Bousquet]], note tout en anglais approximatif et rit : « sorry for my {{English}} ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{France Services}} {{Eymoutiers}}. [[PERSONNE:Sylvie Péricaud]] aide sa mère ({{86 ans}}, née à {{Limoges}}) à créer son compte {{ameli}}. N° de sécu de la mère : [[NIR:2 38 12 87 085 209 09]]. Adresse mail utilisée, celle de la fille : [[EMAIL:sylvie.pericaud@free.fr]]. La conseillère numérique ([[PERSONNE:Adèle]]) explique la double authentification ; la mère : « la double quoi ? ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appartement relais du {{CHRS}} de {{Guéret}}. [[PERSONNE:Mamadou Camara]], {{24 ans}}, réfugié, a repeint sa chambre en bleu {{marine}}. Il montre fièrement son contrat d'apprentissage à la {{Boulangerie Marsaud}}. L'éducatrice, [[PERSONNE:Anne Lagrange]], vérifie le frigo, le compteur, les factures. Tout est nickel.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences {{Guéret}}, tél. Une femme appelle pour son mari, amené par le {{SMUR}} après une chute de tracteur à {{Chénérailles}}. « C'est [[PERSONNE:Jean-Claude Brunet]], on est aux [[ADRESSE:Combes, 23130 Chénérailles]] ». L'agent confirme seulement qu'il est arrivé. Elle n'a pas le permis, c'est lui qui conduit. Elle laisse le [[TELEPHONE:05 55 62 31 08]].",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Tulle}}, {{13h30}} : réouverture, {{5 personnes}} déjà devant la porte. Tickets {{A12}}, {{A13}}… Une télé passe en boucle un clip sur {{caf.fr}}. Le vigile connaît tout le monde par son prénom.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Vierzon}}. [[PERSONNE:Océane Petitjean]], {{20 ans}}, veut l'aide au permis. Le conseiller, [[PERSONNE:Franck Dupuis]], demande si elle a une voiture : la {{Twingo}} de sa grand-mère, [[IMMATRICULATION:CX 412 LM]]. Carte grise au nom de la grand-mère, [[PERSONNE:Paulette Petitjean]]. Il faudra une attestation de prêt.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{France Services}} {{Argenton-sur-Creuse}}. M. [[PERSONNE:René Aufrère]], {{82 ans}}, n'a jamais reçu son {{chèque énergie}}. Facture {{EDF}}, réf. client [[IDENTIFIANT:3002 815 447]], adresse [[ADRESSE:La Grande Métairie, 36200 Le Pêchereau]]. L'agente, [[PERSONNE:Marion]], voit que l'adresse fiscale est restée l'ancienne ferme, à {{Cuzion}}. Réclamation en ligne, {{25 min}}.",
    ),
]

NOTES_3 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} du {{Cher}}, accueil de {{Bourges}}. Mme [[PERSONNE:Laetitia Rabier]], {{3 enfants}}, vient déclarer son nouveau compte après un interdit bancaire. N° alloc [[N_ALLOCATAIRE:1804526]]. IBAN {{LCL}} : [[IBAN:FR76 3000 2005 5000 0015 7841 246]]. L'agente ([[PERSONNE:Nadia]]) vérifie que le RIB est bien au nom de l'allocataire. Oui. Le versement de {{juin}} parti sur l'ancien compte est perdu ? « non, il va revenir ». Elle pleure un peu, de soulagement.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Permanence {{France Travail}} à la {{France Services}} d'{{Ussel}}. [[PERSONNE:Emre Yıldız]], {{31 ans}}, ouvrier de scierie, accompagné de son beau-frère [[PERSONNE:Hakan]] qui traduit du turc. Identifiant : [[ID_FRANCE_TRAVAIL:7034518F]]. Le conseiller, [[PERSONNE:Guillaume Lachaud]], explique la fin de CDD. Numéro pour le rappeler : [[TELEPHONE:06 24 73 90 15]]. Ils repartent avec {{3 feuilles}} agrafées.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Bourges}}, {{18h}}. Jeune livreur en scooter, [[PERSONNE:Kylian Mercier]], {{19 ans}}, renversé sur la rocade. Les pompiers donnent la plaque du scooter pour l'assurance : [[IMMATRICULATION:GH-725-AB]]. Il s'inquiète surtout pour son téléphone et sa commande {{Uber Eats}}. Sa mère arrive en pyjama sous son manteau.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Corrèze}}. Un homme dort dans son fourgon à {{Égletons}}, sur le parking de la gare. Il donne son nom, [[PERSONNE:Pascal Verdier]], et sa plaque « pour que les gendarmes l'embêtent pas » : [[IMMATRICULATION:EL-553-TR]]. Il refuse l'hébergement, il veut juste un repas chaud. L'écoutant ([[PERSONNE:Antoine]]) lui indique les {{Restos du Cœur}} d'{{Ussel}}, ouverts le {{mardi}}. Son tél : [[TELEPHONE:06 45 09 81 27]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Permanence {{MSA}} / {{CPAM}} à la {{France Services}} de {{Bort-les-Orgues}}. {{3 personnes}} le matin, toutes pour {{ameli}} : une carte vitale à mettre à jour, un compte bloqué, une demande de {{C2S}}. La borne de mise à jour des cartes vitales est en panne depuis {{janvier}}. L'agent dit l'avoir signalé « six fois ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{MSA}} {{Limousin}}, plateforme prestations familiales. Une mère de {{3 enfants}}, femme d'exploitant à {{Neuvic}}, appelle pour le {{complément familial}}. Elle s'appelle [[PERSONNE:Amandine Lestrade]], num allocataire MSA [[N_ALLOCATAIRE:1902764]]. Elle a envoyé les justificatifs depuis l'adresse du {{GAEC}}, [[EMAIL:gaec.lestrade@wanadoo.fr]]. Le conseiller ([[PERSONNE:Yannick]]) ne trouve rien : « il faut passer par votre espace privé ». Elle : « j'ai pas de code ». {{11 min}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Bergerac}}, ligne d'accueil. M. [[PERSONNE:Gérard Lafon]] appelle pour sa voisine, Mme [[PERSONNE:Pouget]], {{90 ans}}, qui n'a plus de chauffage. Il donne l'adresse, [[ADRESSE:41 rue de la Résistance, 24100 Bergerac]], et son tél à lui : [[TELEPHONE:05 53 57 22 81]]. L'agente ([[PERSONNE:Fanny]]) déclenche une visite demain matin. « Vous êtes un bon voisin. » Lui : « on fait ce qu'on peut ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{CPAM}} de la {{Corrèze}}, téléphone. Mme [[PERSONNE:Stéphanie Bouyssou]] veut changer le RIB de ses remboursements. N° de sécu : [[NIR:279081903144787]]. Elle dicte banque, guichet, compte, clé : « [[IBAN:30003 01820 00050312876 68]] ». Le conseiller : « il me faut l'IBAN complet, ça commence par FR ». Elle recommence : [[IBAN:FR76 3000 3018 2000 0503 1287 668]]. Puis : il faut de toute façon l'envoyer par la messagerie {{ameli}}. 🙄",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite avec la secrétaire de mairie et l'élue aux affaires sociales de {{Saint-Sébastien}} ({{Creuse}}). M. [[PERSONNE:Lucien Aupetit]], {{87 ans}}, seul au lieu-dit [[ADRESSE:Les Vergnes, 23160 Saint-Sébastien]]. Sa voiture ([[IMMATRICULATION:BZ-090-FF]]) est dans le fossé depuis une semaine, il ne conduit plus. Du bois pour l'hiver, pas de fixe. L'élue, Mme [[PERSONNE:Dufour]], propose la téléassistance. Il rit : « pour appeler qui ? ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Limoges}}, bureau des admissions. [[PERSONNE:Alpha Oumar Bah]], {{27 ans}}, guinéen, débouté du droit d'asile. Il montre son passeport : n° [[IDENTIFIANT:R0452187]]. L'éducatrice, [[PERSONNE:Manon Delage]], explique que sans titre de séjour l'hébergement est limité. Il demande s'il peut garder son vélo dans la chambre. Oui.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Vierzon}}, contrôleuse [[PERSONNE:Isabelle Jacquet]]. Allocataire n° [[N_ALLOCATAIRE:1823307]], M. [[PERSONNE:Kamel Bensaïd]], déclaré seul. Logement de {{40 m²}}, un seul lit, un seul bol dans l'évier. Contrôle favorable, {{20 min}}. Il demande si ça va arrêter les courriers. « Non, les courriers, ça n'arrête jamais. »",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{France Travail}} {{Tulle}}, appel entrant. [[PERSONNE:Lucas Vaysse]], ramassage des noix à {{Meyssac}} jusqu'en {{novembre}}, veut savoir si ses heures comptent pour ses droits. Identifiant : [[ID_FRANCE_TRAVAIL:1947263C]]. La conseillère ([[PERSONNE:Julie]]) vérifie : le contrat {{TESA}} n'est pas encore remonté. Lui : « c'est un petit producteur, il fait tout à la main ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle {{MSA}} (santé) d'un arrêt de travail : agriculteur à {{Saint-Angel}}, M. [[PERSONNE:Christophe Mouret]], arrêté pour l'épaule. Adresse : [[ADRESSE:Le Theil, 19200 Saint-Angel]]. Il n'est pas là : sa femme dit qu'il est « juste allé voir les vaches ». On le trouve dans le pré, bras en écharpe, à distribuer le foin d'une main. Le contrôleur, [[PERSONNE:Hervé Chassagne]], soupire. Rapport à faire.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences {{Ussel}}, nuit, standard. {{2h10}} : quelqu'un veut savoir si la pharmacie de garde de {{Meymac}} est ouverte. {{3h40}} : une dame entend du bruit dans son grenier. {{4h05}} : un gendarme prévient d'un accident sur l'{{A89}}. L'agente de nuit tricote entre deux appels.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{France Services}} {{Bourganeuf}}. [[PERSONNE:Florence Cantagrel]] vient pour sa voisine, [[PERSONNE:Simone Marsaud]], hospitalisée. Elle a le numéro allocataire ([[N_ALLOCATAIRE:2309187]]) et le code confidentiel sur un papier (!). L'agent, [[PERSONNE:Baptiste]], refuse de se connecter sans mandat. Elle a aussi le RIB de Mme [[PERSONNE:Marsaud]], « au cas où » : [[IBAN:FR76 2004 1010 1307 4125 8730 378]]. Rangé, pas utilisé.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Cher}}, {{22h15}}. Un homme qui ne veut pas donner son nom demande juste s'il reste de la place au foyer de {{Bourges}}. Oui, {{2 lits}}. Il raccroche sans rien dire. L'écoutante : « il viendra, ou pas ». Elle note « homme, la quarantaine, accent du {{Nord}} ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mairie de {{Nexon}}, espace {{France Services}}. M. [[PERSONNE:Daniel Nouhaud]], éleveur retraité, vend son quad et son vieux tracteur. Quad : [[IMMATRICULATION:GA-118-XE]]. Le tracteur est encore en ancienne plaque, [[IMMATRICULATION:731 AFK 87]]. L'agente, [[PERSONNE:Élodie]], explique la déclaration de cession sur l'{{ANTS}}. Lui : « il a {{50 ans}}, il a pas de carte grise, il a une carte rose » 😂",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Châteauroux}}, atelier réseaux sociaux. [[PERSONNE:Thomas Legras]] montre son profil {{LinkedIn}}, pseudo [[IDENTIFIANT:@thomas-legras-36]]. La conseillère, [[PERSONNE:Myriam Benkirane]], conseille une photo « sans lunettes de soleil ». {{8 participants}}, dont {{2}} sans smartphone.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Périgueux}}. Famille [[PERSONNE:Bouzidi]] pour la {{C2S}}. Le père, [[PERSONNE:Rachid]], né en {{Algérie}} en [[DATE_NAISSANCE:mars 1985]], n° [[NIR:1 85 03 99 352 041 19]], les {{4 enfants}} sont sur sa carte. L'agente, [[PERSONNE:Marie-Hélène Faure]], demande les ressources des {{12 derniers mois}}. Il a tout sur une clé {{USB}}, elle n'a pas le droit de brancher de clé. Retour la semaine prochaine.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme {{Caf}} {{Haute-Vienne}}, {{14h-16h}}. {{22 appels}} traités. Le plus long : {{31 min}} (une séparation, deux dossiers à scinder). Le plus court : {{40 secondes}} (« c'est bien la Caf ? »). Le conseiller a un post-it « RESPIRE » collé sur son écran.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à l'hôtel avec le {{CHRS}} de {{Périgueux}} : {{Ibis Budget}}, {{chambre 212}}. Mme [[PERSONNE:Grace Mbemba]] et ses {{2 enfants}} y sont depuis {{4 mois}}. Pas de cuisine : bouilloire et micro-ondes. L'éducatrice, [[PERSONNE:Laure Castaing]], apporte des tickets service. Le petit, [[PERSONNE:Nathan]], montre son cahier d'école.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Ussel}}. Ouvrier de scierie bulgare, [[PERSONNE:Stoyan Petrov]], doigt entaillé. Son chef d'équipe, [[PERSONNE:Jean-Luc Bordas]], l'a amené. Pas de carte vitale, carte d'identité bulgare n° [[IDENTIFIANT:645218730]]. L'agent d'accueil se demande comment saisir « [[PERSONNE:Стоян]] ». Numéro du chef : [[TELEPHONE:06 18 44 62 90]]. Accident du travail à déclarer à la {{MSA}} (scierie = régime agricole ? personne ne sait).",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mairie de {{La Courtine}}, tél. La fille de Mme [[PERSONNE:Faugeras]] appelle de {{Lyon}} : sa mère a reçu une amende pour une voiture vendue il y a {{2 ans}}. La secrétaire ([[PERSONNE:Nicole]]) explique que la mairie ne fait plus les cartes grises depuis {{2017}}, « tout est sur l'{{ANTS}} ». La fille : « mais ma mère a {{92 ans}} ». RDV pris au bus {{France Services}} de {{vendredi}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de l'{{Indre}}, {{Châteauroux}}. M. [[PERSONNE:Jordan Pinaud]], {{AAH}} en attente. N° allocataire [[N_ALLOCATAIRE:0784512]]. Dossier {{MDPH}} [[IDENTIFIANT:36-2024-001276]] : accord notifié, mais la Caf n'a rien reçu. L'agent ([[PERSONNE:Sébastien]]) appelle la MDPH sur une ligne directe « que personne ne connaît ». Réglé en {{10 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Permanence {{CPAM}} à la {{France Services}} de {{La Souterraine}}. M. [[PERSONNE:Marcel Dufayet]], né le [[DATE_NAISSANCE:6 février 1941]] à La Souterraine même, a perdu sa carte vitale « dans la paille ». N° de sécu sur un vieux courrier : [[NIR:1 41 02 23 176 023 03]]. Adresse : [[ADRESSE:La Croix du Breuil, 23300 Saint-Maurice-la-Souterraine]]. L'agent ([[PERSONNE:Jonathan]]) commande une nouvelle carte, photo prise sur place avec la tablette. Il se recoiffe avant.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Tulle}}. [[PERSONNE:Benoît Chastrusse]], {{46 ans}}, arrête son élevage de veaux sous la mère, veut devenir chauffeur de car. SIRET de l'exploitation (en nom propre) : [[IDENTIFIANT:842 317 906 00015]] ; il faut la cessation d'activité pour ouvrir les droits. Mail : [[EMAIL:b.chastrusse@orange.fr]]. Le conseiller, [[PERSONNE:Olivier Peyrat]], parle de la {{Région Nouvelle-Aquitaine}} qui finance le permis D.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Haute-Vienne}}. Jeune femme, [[PERSONNE:Chloé Ribière]], {{18 ans}} depuis {{octobre}}, sortie de l'{{ASE}}. Née le [[DATE_NAISSANCE:14/10/2006]]. Elle appelle avec le téléphone d'un ami : [[TELEPHONE:06.52.18.37.74]]. Mise à l'abri à {{Limoges}}, foyer {{Adoma}}, {{chambre 3}}. L'écoutante ([[PERSONNE:Sarah]]) prévient le {{SIAO}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} de {{Bourges}} chez M. [[PERSONNE:Yves Thébault]], en fauteuil, [[ADRESSE:3 impasse des Roses, 18000 Bourges]]. Dossier {{MDPH}} n° [[IDENTIFIANT:18-2023-004518]] pour un monte-escalier. L'assistante sociale, [[PERSONNE:Agathe Renaud]], mesure la largeur des portes au mètre ruban. Il a planté des {{roses}} partout dans le jardin, « pour aller avec l'adresse ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{MSA}} {{Ussel}}, guichet du jeudi. Que des retraités ce matin. L'agente connaît les prénoms, demande des nouvelles des vaches, de la récolte, du petit-fils parti à {{Clermont}}. Une dame apporte des {{cèpes}} pour tout le bureau 🍄. Le guichet ferme à {{12h}}, il est {{12h40}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Périgueux}}, {{2h}}. Patient agité, [[PERSONNE:Steve]], {{35 ans}}, ramené par la police. L'IOA, [[PERSONNE:Nathalie Brousse]], reste à distance. Il crie le prénom de sa mère, « [[PERSONNE:Ginette]] ! ». Un agent de sécurité s'assoit à côté de lui et parle rugby ({{CA Périgueux}}). Ça le calme.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. [[PERSONNE:Karima Ouali]] appelle pour son père ({{76 ans}}) qui vit à {{Issoudun}} : remboursement de lunettes bloqué, la mutuelle dit que c'est la {{Sécu}} et la Sécu dit que c'est la mutuelle. Mutuelle {{Groupama}}, n° adhérent [[IDENTIFIANT:11 4572 9863]]. La conseillère explique la démarche ; la fille donne son mail pour recevoir le récap : [[EMAIL:karima.ouali@yahoo.fr]]. {{14 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}, fin de journée. {{3 conseillers}} sur la plateforme au lieu de {{6}}. Attente jusqu'à {{25 min}}. Beaucoup d'appels sur l'actualisation qui « bug ». Un conseiller répète la même phrase tout l'après-midi : « déconnectez-vous et reconnectez-vous ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{MSA}} des logements de saisonniers, verger de pommes près d'{{Objat}}. L'exploitant, M. [[PERSONNE:Francis Pouch]], loge {{6 saisonniers}} dans deux mobil-homes. Voitures garées devant : une espagnole [[IMMATRICULATION:4821 KLM]], une bulgare [[IMMATRICULATION:CA 4721 BH]], une polonaise [[IMMATRICULATION:WE 4K218]]. Le contrôleur, [[PERSONNE:Sylvain Meynard]], vérifie extincteurs, sanitaires, surfaces. Un saisonnier, [[PERSONNE:Ivan]], montre son lit avec fierté.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Limoges}}, {{Val de l'Aurence}}. [[PERSONNE:Ibrahima Ndiaye]], {{26 ans}}, identifiant [[ID_FRANCE_TRAVAIL:8265041H]], vient pour un contrat d'engagement jeune. La conseillère, [[PERSONNE:Audrey Lamaud]], lui donne RDV {{jeudi 9h}}. Il demande qu'on l'appelle plutôt au [[TELEPHONE:07 69 21 40 58]], l'autre puce est « en {{Espagne}} ».",
    ),
]

NOTES_4 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Brive}}, RDV de {{10h20}}. Mme [[PERSONNE:Émilie Chauvignat]], séparée depuis {{août}}, {{2 enfants}} nés en [[DATE_NAISSANCE:2012]] et [[DATE_NAISSANCE:2015]]. Elle veut un dossier à son nom : le n° alloc actuel est celui de l'ex, [[N_ALLOCATAIRE:1976342]]. Son RIB à elle : [[IBAN:FR76 1680 6001 1066 1047 2839 512]]. L'agente, [[PERSONNE:Delphine Roche]], explique la garde alternée et le partage des allocs. Compliqué. Elle prend des notes sur son téléphone, EN MAJUSCULES.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Aubusson}}. [[PERSONNE:Maëlle Jourdain]], {{33 ans}}, licière (tapisserie !), fin de contrat à la {{Cité internationale de la tapisserie}}. Identifiant : [[ID_FRANCE_TRAVAIL:4418630W]]. Sur le formulaire elle écrit son mail comme ça, contre les spams : « [[EMAIL:maelle.jourdain [at] proton.me]] ». Le conseiller, [[PERSONNE:Romain Léger]] : peu d'offres dans la tapisserie, « vous êtes une espèce rare ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Guéret}}. Résidente de l'{{EHPAD}} de {{Bonnat}}, amenée pour une chute, avec sa fiche de liaison : « [[PERSONNE:ROUGERON Germaine]], née le [[DATE_NAISSANCE:12/09/1929]], {{GIR 2}} ». Personne ne l'accompagne. L'IOA, [[PERSONNE:Fabrice]], lui tient la main en remplissant l'écran. Elle demande « c'est quand qu'on mange ? ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour, {{Bourges}}, {{8h}}. Café, douches, machine à laver. {{11 personnes}} avant {{9h}}. Liste d'attente pour la douche sur un tableau blanc, effacée au fur et à mesure. Un homme recharge {{3 téléphones}} sur la même multiprise.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Tulle}}. M. [[PERSONNE:Didier Soulier]], né à {{Tulle}} en [[DATE_NAISSANCE:octobre 1970]], dépose un arrêt de travail papier, son médecin « fait pas l'électronique ». N° sécu : [[NIR:1 70 10 19 272 061 71]]. L'agent ([[PERSONNE:Cyril]]) scanne. Il voulait aussi savoir pourquoi ses {{IJ}} arrivent en retard : l'attestation de salaire n'a pas été envoyée par l'employeur, {{Transports Delmas}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mairie de {{Treignac}}, tél. Mme [[PERSONNE:Lachèze]] appelle pour qu'on l'aide avec les impôts « sur l'internet ». Elle lit son numéro fiscal : « [[IDENTIFIANT:quatorze, soixante-douze, zéro trente-neuf, huit cent cinquante et un, six cent soixante-deux]] ». La secrétaire ([[PERSONNE:Véronique]]) : « venez jeudi, il y a le bus {{France Services}} ». Elle laisse son numéro, [[TELEPHONE:05 55 98 14 72]], « au cas où le bus ne vient pas ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme {{Caf}}. Un homme donne son numéro allocataire chiffre par chiffre, « [[N_ALLOCATAIRE:3, 1, 5, 6, 8, 0, 4]] », puis sa date de naissance : « le [[DATE_NAISSANCE:4 du 7 88]] ». La conseillère ([[PERSONNE:Aïcha]]) : c'est pour une {{APL}} qui a baissé de {{40 €}}. Explication : les ressources de {{N-2}}. Il ne comprend pas pourquoi 2 ans avant. Personne ne comprend.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme {{France Travail}} {{Indre}}. Mme [[PERSONNE:Sandra Guillemin]] n'arrive plus à se connecter : identifiant [[ID_FRANCE_TRAVAIL:9027314S]], elle a changé de mail. Ancien : [[EMAIL:sandra.guillemin36@sfr.fr]] (boîte fermée). Nouveau : [[EMAIL:guillemin.sandra@gmail.com]]. Le conseiller fait la modif, elle reçoit le code, victoire 🎉",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Dordogne}}, {{20h}}. Couple de saisonniers portugais, [[PERSONNE:Nuno]] et [[PERSONNE:Sara Teixeira]], vendanges à {{Saussignac}}, dorment dans leur voiture (plaque portugaise [[IMMATRICULATION:AX-45-RT]]). Ils ne veulent pas être séparés, or le foyer est hommes / femmes. L'écoutante ([[PERSONNE:Marine]]) trouve une chambre d'hôtel à {{Bergerac}} pour {{2 nuits}}. Tél : [[TELEPHONE:+351 912 448 306]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite à domicile du service social de la {{CPAM}} à {{Saint-Junien}}. M. [[PERSONNE:Patrice Debord]], amputé, sortie d'hôpital, [[ADRESSE:18 rue Jean Teilliet, 87200 Saint-Junien]]. Pas de douche adaptée. L'assistante sociale, [[PERSONNE:Véronique Goursaud]], remplit une demande d'aide financière. Sa femme parle pour lui ; lui regarde le {{Tour de France}} à la télé.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences {{Bourges}}, appels de l'après-midi : {{12}}, dont {{5}} de familles qui veulent des nouvelles, {{3}} de médecins traitants, {{2}} du {{SAMU}}, {{2}} erreurs (« c'est pas la maternité ? »). Consigne affichée : PAS D'INFO MÉDICALE PAR TÉLÉPHONE.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Châteauroux}}, domiciliation : {{230 personnes}} domiciliées. Les courriers sont rangés dans des bannettes par ordre alphabétique. L'agente dit que le lundi c'est « la {{Caf}}, les impôts et les amendes ». Affiche : « Prochaine distribution {{Restos du Cœur}} : {{mardi 14h}} ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Permanence {{France Travail}} à {{Sarlat}}. [[PERSONNE:Ludivine Castagné]], née le [[DATE_NAISSANCE:30 avril 1990]], saisonnière en conserverie de foie gras de {{septembre}} à {{décembre}}, chaque année. Identifiant : [[ID_FRANCE_TRAVAIL:5561087P]]. La conseillère, [[PERSONNE:Sophie Lamarque]], explique le rechargement des droits. Elle connaît déjà tout mieux que nous.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Logement diffus du {{CHRS}} à {{Aubusson}}. Famille [[PERSONNE:Haidari]] (afghane), [[ADRESSE:9 rue Vieille, 23200 Aubusson]], 2e étage sans ascenseur. La mère, [[PERSONNE:Zahra]], montre le radiateur électrique qui ne chauffe pas. L'éducateur, [[PERSONNE:Kévin Marchadier]], appelle le bailleur ({{Creusalis}}) devant nous. Répondeur.",
    ),
    (
        "caf",
        "accueil_physique",
        "Agence {{MSA}} de {{Bergerac}}. Viticulteurs à {{Monbazillac}}, [[PERSONNE:Jean-Marc]] et [[PERSONNE:Claudine Sentenac]], viennent pour la {{prime d'activité}} après la grêle. N° {{MSA}} [[N_ALLOCATAIRE:2407719]]. Ils ont séparé comptes pro et perso, RIB perso : [[IBAN:FR76 1240 6000 4187 4300 2156 725]]. L'agente ([[PERSONNE:Laurence]]) parle aussi de la cellule d'accompagnement des agriculteurs en difficulté. Elle : « on n'est pas en difficulté, on est à sec ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{MSA}} santé, plateforme. Un agriculteur de {{Bort-les-Orgues}}, [[PERSONNE:Alain Vergne]], appelle pour son {{ALD}} : « mon numéro c'est [[NIR:1 61 05 19 028 014]], la clé je sais plus ». La conseillère le retrouve avec le nom et la date de naissance, [[DATE_NAISSANCE:12 mai 1961]]. L'ALD a expiré, le médecin doit refaire le protocole. Lui : « encore ! ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Bourges}}, permanence {{Cap emploi}}. M. [[PERSONNE:Jérémy Aubry]], {{RQTH}}, dossier {{MDPH}} n° [[IDENTIFIANT:18-2022-011873]]. Mal de dos, ne peut plus porter. La conseillère, [[PERSONNE:Hind Mouline]], cherche des postes d'accueil. Il veut rester dans le {{Cher}}, « pas plus loin que {{Saint-Florent}} ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CH de Brive}}. Écran dans la salle d'attente : « Temps d'attente estimé : {{4 h 20}} ». Les gens le prennent en photo. Un monsieur : « c'est plus long que le {{Paris-Brive}} ». Distributeur de boissons vide. {{23 personnes}} assises, {{4}} debout.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Guéret}}. [[PERSONNE:Sylvain]], résident depuis {{8 mois}}, a trouvé un CDI à l'abattoir. Il montre sa fiche de paie à l'éduc, [[PERSONNE:Morgane Delpy]], tout fier. L'adresse dessus, c'est encore celle du CHRS. Prochaine étape : dossier {{Creusalis}}. Il dit « je veux un jardin ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Accueil tél. du {{CCAS}} de {{Limoges}}, {{9h-10h}}. {{16 appels}}. Top 3 : aide alimentaire, facture d'eau, logement d'urgence. L'agente renvoie beaucoup vers le {{115}} et la {{Maison du Département}}. Elle dit « on est le bureau des pleurs », sans méchanceté.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{MSA Berry-Touraine}} au hameau du [[ADRESSE:Grand Chézeau, 36140 Aigurande]]. Mme [[PERSONNE:Valérie Plantin]], au {{RSA}}, chambres d'hôtes non déclarées ? Elle : « c'est ma cousine qui vient l'été ». N° {{MSA}} [[N_ALLOCATAIRE:3620518]]. Le contrôleur, [[PERSONNE:Alexandre Bigot]], a les annonces {{Airbnb}} sur son téléphone. Elle se tait. Long silence. {{1 h 30}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme {{France Travail}} {{Creuse}}. Un éleveur appelle pour embaucher un salarié agricole au {{GAEC des Combrailles}}. Puis il demande… pour son fils, [[PERSONNE:Quentin]], inscrit sous [[ID_FRANCE_TRAVAIL:3082951D]] : « il peut travailler chez nous et garder le chômage ? ». La conseillère, [[PERSONNE:Anaïs Charbonnier]], explique le cumul. Long.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{France Services}} {{Châteaumeillant}}. [[PERSONNE:Évelyne Rabaté]], {{71 ans}}, née à {{Châteaumeillant}}, veut télécharger son attestation de droits sur {{ameli}}. Identifiant = n° de sécu [[NIR:253091805807296]], mail [[EMAIL:evelyne.rabate@orange.fr]]. Mot de passe bloqué après {{3 essais}}. L'agente ([[PERSONNE:Laure]]) lance « mot de passe oublié », le code arrive par courrier « sous {{5 jours}} ». Elle rit : « je l'aurai à {{Noël}} ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de l'{{Indre}}. Un ado de {{16 ans}} dit qu'il a été mis dehors. L'écoutante ([[PERSONNE:Pauline]]) : mineur = pas le 115, c'est l'{{ASE}}. Elle le garde en ligne et appelle l'astreinte du {{Département}} sur l'autre téléphone. Il s'appelle [[PERSONNE:Enzo]]. {{40 min}} d'appel.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} de {{Brive}} pour une demande d'aide-ménagère. Mme [[PERSONNE:Ginette Labrousse]] (« je suis de [[DATE_NAISSANCE:38]] ») vit [[ADRESSE:6 rue Majour, 19100 Brive-la-Gaillarde]]. Appartement impeccable. Elle montre les photos de son mari, [[PERSONNE:Roger]], ancien cheminot. L'agent, [[PERSONNE:Hugo Sarrazin]], remplit la grille {{AGGIR}} en douceur.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Guéret}}. [[PERSONNE:Jade Lemaire]], {{23 ans}}, arrivée de {{Lille}}, veut devenir salariée agricole (vaches laitières). Identifiant : [[ID_FRANCE_TRAVAIL:7710642G]]. Le conseiller parle de l'{{ANEFA}} et du {{service de remplacement}}. Portable : [[TELEPHONE:06 09 27 48 13]]. Elle n'a pas de voiture. Problème n° 1 en {{Creuse}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Bergerac}}, période de vendanges. [[PERSONNE:Paweł Kowalczyk]], sécateur dans la paume. Pas de carte vitale : passeport polonais [[IDENTIFIANT:EK 4827153]] et carte européenne d'assurance maladie. La cheffe d'équipe du château, [[PERSONNE:Corinne Lalande]], donne son portable : [[TELEPHONE:06 30 58 14 92]]. L'IOA parle anglais, lui polonais, ça finit en dessins.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Bourges}}, espace numérique : {{4 ordinateurs}}, {{2}} en panne, {{1}} occupé par un monsieur qui fait son CV. Le volontaire en {{service civique}} aide une dame à scanner un avis d'imposition avec son téléphone. « Penchez pas la feuille ! »",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Châteauroux}}. M. [[PERSONNE:Armen Grigoryan]], demandeur d'asile arménien, vient pour la {{PUMa}}. Attestation de demande d'asile, n° {{AGDREF}} [[IDENTIFIANT:3602158947]]. L'agente ([[PERSONNE:Manon]]) : il manque la domiciliation. Il l'a, mais au {{CADA}} de {{Déols}}, et elle n'est plus à jour. Renvoi. Il dit « merci madame » trois fois.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Bus {{France Services}} à {{Bénévent-l'Abbaye}}, place de l'église. [[PERSONNE:Jacqueline Parrain]], {{79 ans}}, pré-demande de carte d'identité. Née le [[DATE_NAISSANCE:27 décembre 1945]] à {{Mourioux}}. L'agent ([[PERSONNE:Mehdi]]) remplit, elle signe sur la tablette « comme au bureau de poste ». N° de pré-demande [[IDENTIFIANT:8JD4RTS27P]], imprimé pour elle.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{France Travail}}, campagne d'appels automatiques : un robot appelle les demandeurs pour confirmer leur RDV. Le conseiller écoute les réponses vocales en fin de journée : « oui », « non », « c'est qui ? », un chien qui aboie. Taux de confirmation : {{38 %}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Périgueux}}. [[PERSONNE:Mélissa]], {{22 ans}}, montre à l'éduc ([[PERSONNE:Thomas Rivière]]) les messages d'un ex sur {{Instagram}}, compte [[IDENTIFIANT:@dydy_24_off]]. On parle de plainte, elle hésite. L'éducateur imprime les captures « au cas où ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{MSA Dordogne-Lot-Garonne}}, tél. [[PERSONNE:Huguette Mespoulède]], veuve d'un agriculteur de {{Villefranche-du-Périgord}}, change de banque parce que « la {{Poste}} a fermé ». N° adhérent {{MSA}} [[N_ALLOCATAIRE:0187364]]. Elle dicte par blocs : « [[IBAN:FR76 20041 01007 13398406271 04]] ». La conseillère relit deux fois 💪",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Limoges}}, job dating logistique : {{40 candidats}}, {{5 entreprises}} dont {{Legrand}} et {{Madrange}}. Files d'attente devant chaque table. Un recruteur : « on prend tous ceux qui ont le permis ».",
    ),
]

NOTES_5 = [
    (
        "caf",
        "accueil_physique",
        "{{MSA}} {{Guéret}}, matinée, noté au fil de l'eau :\n- {{9h02}} M. [[PERSONNE:Peyrichoux]], cotisations, repart fâché\n- {{9h15}} Mme [[PERSONNE:Lemoine]] + sa fille, alloc logement, n° [[N_ALLOCATAIRE:2331876]]\n- {{9h40}} jeune couple, [[PERSONNE:Killian]] et [[PERSONNE:Manon Deschamps]], prime de naissance\n- {{10h05}} [[PERSONNE:Marcel]] (l'agente l'appelle par son prénom), attestation pour la banque\n- {{10h30}} Mme [[PERSONNE:Da Costa]], n° [[N_ALLOCATAIRE:2309945]], {{RSA}} suspendu\n{{5 personnes}}, {{1 agente}}, pas de pause.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}} - appel d'un mr tres enervé, convoc pas recu, radié pour absence. Il donne son identifiant : [[ID_FRANCE_TRAVAIL:6620419L]], nom [[PERSONNE:Benhaddou]]. La conseillere ([[PERSONNE:Gaelle]]) voit que le courrier est parti a une ancienne adresse. Il redonne son num [[TELEPHONE:0786142253]] et sa nouvelle adresse [[ADRESSE:17 bis rue de la Gare 18100 Vierzon]]. Recours possible, elle explique. Il se calme un peu. {{22 min}}",
    ),
    (
        "urgences",
        "accueil_physique",
        "URGENCES {{CHÂTEAUROUX}} {{16H}}. SATURATION. {{34 PATIENTS}} DANS LE SERVICE POUR {{18 BOX}}. Brancards dans le couloir, une dame de {{95 ans}} là depuis {{hier soir}}. Le cadre passe, dit « plan blanc ? » à quelqu'un au téléphone. J'écris en majuscules parce que j'écris vite et que je suis un peu secoué.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Creuse}}. Une femme, [[PERSONNE:Nadine Chabrat]], {{58 ans}}, vit dans une caravane au [[ADRESSE:camping municipal de Bourganeuf, emplacement 7]] depuis {{2 ans}}. Le camping ferme le {{15 octobre}}, elle ne sait pas où aller. Pas de voiture, une chatte ({{Minette}}). L'écoutant ([[PERSONNE:Romain]]) fait une fiche {{SIAO}}, n° [[IDENTIFIANT:SI23-0912]]. Rappel demain.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Bourges}}. Mme [[PERSONNE:Leila Mansouri]] vient pour l'orthodontie de sa fille, [[PERSONNE:Yasmine]], {{12 ans}} : devis de {{2 400 €}}, quelle prise en charge ? L'agent ([[PERSONNE:Florian]]) explique le forfait, conseille de voir la mutuelle. Elle veut le récap par mail : [[EMAIL:leila.mansouri18@outlook.fr]]. « Le dentiste, c'est le luxe », elle dit.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{France Services}} {{Terrasson}}. La belle-fille, [[PERSONNE:Sandrine Faure]], fait le changement d'adresse en ligne de ses beaux-parents, [[PERSONNE:Maurice]] et [[PERSONNE:Yvette Faure]], qui quittent la ferme ([[ADRESSE:Les Granges, 24120 Pazayac]]) pour un appartement au bourg ([[ADRESSE:2 place du Foirail, 24120 Terrasson-Lavilledieu]]). Sur {{service-public.fr}}, un seul formulaire pour la {{Caf}}, les impôts, {{EDF}}… mais pas la {{MSA}} ni la banque. L'agente ([[PERSONNE:Nora]]) : « ça, c'est le piège ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Limoges}}, quartier des {{Portes Ferrées}}. Allocataire : [[PERSONNE:Jessica Dos Santos]], n° [[N_ALLOCATAIRE:1679204]], déclare {{0 €}} de ressources depuis {{6 mois}}. Elle fait des ménages « un peu, pas déclaré ». Le contrôleur, [[PERSONNE:Yann Le Bihan]], explique l'auto-entreprise, le {{CESU}}. Elle a peur de tout perdre. Lui : « on régularise, on ne punit pas ». Je ne sais pas si c'est vrai.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Mme [[PERSONNE:Océane Brunaud]] dicte son numero de secu, le conseiller tape [[NIR:2 92 01 18 033 251 22]], erreur de clé → elle redit plus lentement : [[NIR:2 92 01 18 033 215 22]]. Inversion de chiffres. Objet : remboursement d'une consult {{SOS Médecins}}. Tout est ok, juste en attente. {{6 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Petit {{CHRS}} d'{{Ussel}}, {{6 places}}. [[PERSONNE:Patrick Lagarde]], {{61 ans}}, ancien ouvrier agricole, {{chambre 4}}. Il a perdu son logement de fonction quand la ferme a été vendue. Il parle des vaches de son ancien patron, M. [[PERSONNE:Coudert]], comme de ses enfants. Le travailleur social ([[PERSONNE:Nicolas]]) cherche une place en résidence autonomie.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Bergerac}}. Mme [[PERSONNE:Martine Lafaye]], née le [[DATE_NAISSANCE:19/06/1972]], ex-conjointe collaboratrice sur l'exploitation de son mari à {{Issigeac}}, divorcée. « {{25 ans}} de travail et pas un bulletin de paie. » Identifiant créé : [[ID_FRANCE_TRAVAIL:2073518N]]. Pas de droits au chômage. Le conseiller ([[PERSONNE:Damien]]) parle de {{VAE}}. Elle : « valider quoi ? les vaches ? ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} de la {{Dordogne}}, plateforme. M. [[PERSONNE:Bernard Cluzeau]], {{AAH}}, n° alloc [[N_ALLOCATAIRE:2486215]], n'a pas reçu son versement. La conseillère voit un contrôle en cours (pièce manquante : avis d'imposition). Il n'a pas d'imprimante. Elle propose un rappel par un collègue de l'accueil de {{Périgueux}} : « votre numéro ? » — [[TELEPHONE:05 53 08 47 16]]. Il répète deux fois « c'est un fixe, hein ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences d'{{Aubusson}}, tél. Un voisin a trouvé M. [[PERSONNE:Villatte]] par terre dans sa cour, au [[ADRESSE:Mas du Bost, 23200 Saint-Alpinien]]. L'agente lui dit d'appeler le {{15}}, pas les urgences. Lui : « mais vous êtes à {{8 km}} ! ». Elle transfère au {{SAMU}}. Après coup : « ici les gens appellent l'hôpital comme ils appellent le voisin ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite mairie + {{CCAS}} de {{Nontron}} pour un logement signalé insalubre, lieu-dit [[ADRESSE:Le Puy Chabrol, 24300 Nontron]]. Locataire : [[PERSONNE:Dominique Vignaud]], {{64 ans}}, seul. Propriétaire : un cousin, [[PERSONNE:Jean-Paul Vignaud]], qui « passera ». Toit qui fuit, seau dans la cuisine, fils électriques à nu. L'adjoint au maire, [[PERSONNE:Serge Mazière]], prend des photos pour l'{{ARS}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Tournée avec une conseillère du service social de la {{CPAM}} de la {{Creuse}} : {{3 visites}} prévues, {{1}} annulée (la personne est à l'hôpital), {{1}} porte close, {{1}} faite. {{140 km}} dans la journée. Elle dit que la moitié de son temps, c'est la voiture. Sandwich sur le parking de l'{{Intermarché}} de {{Bourganeuf}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Châteauroux}}, zone d'attente. Écran : « Bienvenue chez {{France Travail}} », puis des offres qui défilent : cariste, aide à domicile, boucher, {{1 800 €}} brut. Un monsieur lit à voix haute pour sa femme. {{Wifi}} gratuit, mais le code est sur une affiche tombée derrière le radiateur.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite technique d'un appartement du {{CHRS}} de {{Vierzon}} avant une nouvelle entrée : matelas changé, frigo dégivré, {{2 ampoules}} à remplacer. Le travailleur social fait l'état des lieux avec une fiche de {{4 pages}}. « Il faut que ce soit mieux que ce qu'ils ont connu. »",
    ),
    (
        "caf",
        "accueil_physique",
        "{{France Services}} {{Ussel}}. [[PERSONNE:Nathalie Boudy]] aide sa voisine roumaine, [[PERSONNE:Ionela Marin]], à se connecter sur {{caf.fr}} : identifiant = n° allocataire [[N_ALLOCATAIRE:2194706]] + code postal {{19200}}. Le mot de passe est arrivé sur [[EMAIL:ionela.marin.88@yahoo.com]]… dans les spams. L'agent ([[PERSONNE:Loïc]]) montre où ils sont. [[PERSONNE:Ionela]] : « ah, c'est la poubelle ». Oui.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Permanence {{MSA}} à {{Bourganeuf}}, travailleuse sociale + conseillère santé. Un éleveur ovin, [[PERSONNE:Frédéric Chabrol]], {{49 ans}}, vient « pour un papier » et finit par parler de la {{FCO}}, des brebis mortes, de sa femme partie. Elle parle de l'aide au répit, du numéro {{Agri'écoute}}. Il laisse son portable : [[TELEPHONE:06 74 25 19 83]]. Je sors de la pièce à sa demande ⚠️",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Haute-Vienne}}, {{17h}}. Un homme sort aujourd'hui de la maison d'arrêt de {{Limoges}}, il appelle d'une cabine (!) devant. [[PERSONNE:Mickaël Tessier]], n° d'écrou [[IDENTIFIANT:28417]] : il le donne spontanément, « c'est mon seul numéro ». Le {{SPIP}} devait prévoir un hébergement, rien. L'écoutante ([[PERSONNE:Justine]]) trouve une place à l'accueil de nuit.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Tulle}}. M. [[PERSONNE:Lucas Monteil]], facture d'eau de {{380 €}} après une fuite sur le compteur. Réf. client {{SAUR}} : [[IDENTIFIANT:401 227 836]]. L'agente, [[PERSONNE:Catherine Bleygeat]], écrit au fournisseur pour un écrêtement. Il a réparé la fuite lui-même avec du scotch « et de la prière ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Ussel}}. [[PERSONNE:Ahmad Al-Hassan]], {{38 ans}}, réfugié syrien, ancien pharmacien à {{Alep}}, vit à {{Meymac}}. ID [[ID_FRANCE_TRAVAIL:1126750V]]. Il veut faire reconnaître son diplôme. La conseillère, [[PERSONNE:Émilie Bourdarias]], ne sait pas à qui s'adresser, cherche sur {{Google}}. Mail : [[EMAIL:ahmad.alhassan.pharma@gmail.com]]. Tél : [[TELEPHONE:07 53 91 26 48]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CHU}} de {{Limoges}}, {{19h}}. Motard, [[PERSONNE:Jordan Faucher]], {{27 ans}}, chute sur la {{D941}} vers {{Saint-Léonard}}. Les pompiers ont noté la plaque de la moto : [[IMMATRICULATION:FT-902-RL]]. Sa copine, [[PERSONNE:Léna]], arrive en larmes avec son casque à lui. L'agente d'accueil lui donne un verre d'eau avant toute question.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{MSA Berry-Touraine}} au [[ADRESSE:Domaine des Brosses, 18160 Lignières]]. Exploitante céréalière, Mme [[PERSONNE:Hélène Charpentier]], {{prime d'activité}} pour elle, le mari salarié ailleurs. On compare les relevés : compte joint [[IBAN:FR76 1480 6000 1872 0159 3480 073]] au {{Crédit Agricole Centre Loire}}. Tout colle. Le contrôleur, [[PERSONNE:Patrice Morin]], finit par parler météo et prix du blé. {{45 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{CPAM}} de l'{{Indre}}, tél. Une voisine appelle pour M. [[PERSONNE:Denis Patureau]], {{83 ans}}, qui n'a jamais reçu sa nouvelle carte vitale. Elle donne l'adresse : [[ADRESSE:La Métairie Neuve, 36400 Montgivray]]. Le conseiller voit que le courrier est revenu : il manquait « [[ADRESSE:La Métairie Neuve]] », il y avait juste « {{36400 Montgivray}} ». Il corrige. Elle : « chez nous le facteur connaît, mais pas la machine ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{FT}} {{Vierzon}}, appel. [[PERSONNE:Kevin Duchêne]], radié, conteste. Identifiant [[ID_FRANCE_TRAVAIL:0395162J]]. La conseillère, [[PERSONNE:Nadia Harrouche]], demande la date de naissance pour vérifier : « [[DATE_NAISSANCE:2 novembre 99]] ». Le RDV manqué : il était à l'hôpital. Justificatif à déposer sur l'espace. « J'ai pas d'espace, j'ai un téléphone cassé. »",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Limoges}}, atelier cuisine du mercredi. {{5 résidents}}, une bénévole. Clafoutis aux cerises (« c'est le {{Limousin}} ici »). Dispute pour savoir si on garde les noyaux. Tout le monde goûte à {{16h}}, même l'observateur (moi).",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Châteauroux}}. Jeune couple, [[PERSONNE:Dylan Aubert]] et [[PERSONNE:Cassandra]], bébé née le [[DATE_NAISSANCE:3 mars]], {{prime à la naissance}} pas versée. N° allocataire [[N_ALLOCATAIRE:0826137]]. L'agente, Mme [[PERSONNE:Roux]], voit que la déclaration de grossesse n'a jamais été transmise. Le bébé, [[PERSONNE:Lyana]], dort dans le cosy.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mairie de {{Dun-le-Palestel}}, tél. {{3 appels}} en {{20 min}} pour savoir quand passe le bus {{France Services}}. La secrétaire répond pareil à chaque fois : « le {{2e mardi}}, sur la place, de {{9h}} à {{12h}} ». Elle a scotché l'horaire à côté du téléphone. Un quatrième appel pour les encombrants.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Limoges}}, {{8h30}}, ouverture. File dehors sous la pluie, {{12 personnes}}. Le vigile fait entrer par groupes de {{4}}. La borne demande la carte vitale pour donner un ticket ; ceux qui l'ont perdue (et c'est pour ça qu'ils viennent) ne peuvent pas. L'agent d'accueil fait des tickets à la main.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Permanence {{France Travail}} à {{Dun-le-Palestel}}. [[PERSONNE:Théo Bonnefoy]], {{19 ans}}, {{CAP}} maçon. Il vient en scooter ([[IMMATRICULATION:FW-318-GC]]), {{25 km}} par les petites routes. Identifiant [[ID_FRANCE_TRAVAIL:8831527A]]. La conseillère lui trouve un stage à {{La Souterraine}} chez {{Maçonnerie Bonnaud}}. Lui : « pourquoi pas, si le scooter tient ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Tulle}}, dimanche, saison de chasse. Chasseur blessé au bras par un plomb, [[PERSONNE:Jean-Louis Mouzat]], {{66 ans}}. Les gendarmes demandent son permis de chasser : n° [[IDENTIFIANT:19-0417-8823]]. Son copain de battue, « [[PERSONNE:Bébert]] », attend dans la salle en gilet orange fluo. L'IOA : « c'est le troisième de la saison ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Corrèze}}, nuit de neige. {{Plan grand froid}} déclenché, gymnase ouvert à {{Tulle}}, {{20 lits}} de camp. {{6 appels}} en {{2 h}}, {{4 personnes}} acheminées par la {{Croix-Rouge}}. L'écoutant en est à son cinquième café.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. M. [[PERSONNE:Hamid Belkacem]] veut résilier sa {{C2S}}, il a trouvé un travail avec mutuelle d'entreprise. Le conseiller vérifie l'identité : date de naissance [[DATE_NAISSANCE:17 août 1983]], code postal {{87100}}. Fait. Il est surpris : « je pensais que c'était plus dur de sortir que d'entrer ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mairie d'{{Aubusson}}, permanence {{CCAS}}. Aide au chauffage : Mme [[PERSONNE:Paulette Mérigot]], {{77 ans}}, chauffage au fioul, cuve vide en {{novembre}}. Réf. client chez {{Pichon Fioul}} : [[IDENTIFIANT:CLT-230-5512]]. Adresse : [[ADRESSE:Le Mont, 23200 Saint-Maixant]]. L'agente ([[PERSONNE:Sabine]]) appelle directement le livreur, elle le connaît.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{FT}} {{Bourges}}. [[PERSONNE:Clara Nguyen]], {{24 ans}}, master d'histoire, « rien dans le {{Cher}} ». Son mail de fac [[EMAIL:clara.nguyen@etu.univ-orleans.fr]] va fermer, nouveau : [[EMAIL:nguyen.clara.pro@gmail.com]]. Le conseiller, [[PERSONNE:Vincent Moulin]], parle des concours de la fonction publique. Elle a déjà tout regardé. Tél [[TELEPHONE:06 31 77 20 94]].",
    ),
]

NOTES_6 = [
    (
        "caf",
        "accueil_physique",
        "{{France Services}} de {{Sarlat}} ({{4 rue Fénelon}}). [[PERSONNE:Audrey Delpech]] a imprimé le cerfa {{10840*07}} pour l'aide au logement au lieu de faire en ligne. L'agente, [[PERSONNE:Stéphanie]], le fait en ligne avec elle : n° alloc [[N_ALLOCATAIRE:2403158]], RIB [[IBAN:FR76 1240 6000 1730 4528 9174 482]], bail signé avec {{Dordogne Habitat}}. {{35 min}}. Le papier part au recyclage.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Vierzon}}, {{10h}}. Mme [[PERSONNE:Colette Rigaud]], {{81 ans}}, adressée par son médecin, le Dr [[PERSONNE:Benali]], avec une lettre. IPP créé : [[IDENTIFIANT:P180452219]]. Le fils, [[PERSONNE:Philippe]], remplit les papiers pendant qu'elle répète qu'elle va bien. L'IOA, [[PERSONNE:Stéphane Roy]], la passe en {{tri 3}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Cher}}. [[PERSONNE:Aminata Koné]], {{2 enfants}}, mise dehors par sa colocataire à {{Saint-Amand-Montrond}}. Tél : [[TELEPHONE:07 44 18 62 05]]. L'écoutante ([[PERSONNE:Cécile]]) trouve une place : hôtel {{Campanile}} de {{Bourges}}, {{chambre 115}} (« comme nous ! »). Taxi à {{21h}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Bergerac}}. Mme [[PERSONNE:Samira Toumi]] apporte le jugement du juge aux affaires familiales, RG [[IDENTIFIANT:24/00318]], pour prouver la séparation et demander une aide d'urgence. Le père des enfants, M. [[PERSONNE:Lebrun]], ne paie pas la pension. L'agente ([[PERSONNE:Isabelle]]) l'oriente vers l'{{ARIPA}} de la {{Caf}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{MSA}} santé, tél. Un employeur de {{Saint-Pardoux-la-Rivière}} appelle pour son saisonnier roumain, [[PERSONNE:Andrei Dumitru]], né en [[DATE_NAISSANCE:mars 1995]] en {{Roumanie}}, toujours sans carte vitale. N° attribué : [[NIR:1 95 03 99 114 318 87]]. La conseillère ([[PERSONNE:Nathalie]]) ne peut parler qu'à l'assuré. L'employeur passe le téléphone à [[PERSONNE:Andrei]], qui dit juste « da, oui ». Ça suffit.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Limoges}} centre. [[PERSONNE:Romane Bertrand]], {{27 ans}}, postule à l'offre n° {{183KLPM}} (aide-soignante au {{CHU}}). Identifiant [[ID_FRANCE_TRAVAIL:4502378E]]. La conseillère, [[PERSONNE:Marie Lathière]], relit sa lettre de motivation : « vous avez mis “Madame, Monsieur” deux fois ». On rit.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme {{Caf}} de la {{Corrèze}}, {{lundi}}. Pic d'appels après le versement du {{5}} : tout le monde veut savoir « pourquoi moins ». Réponse type : réforme des {{APL}}, ressources actualisées. Le conseiller a un script mais improvise. {{19 appels}} avant {{11h}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle {{CPAM}} des transports sanitaires, {{Issoudun}}. On vérifie qu'un taxi conventionné a bien transporté Mme [[PERSONNE:Armelle Buisson]] les jours facturés. Elle habite [[ADRESSE:4 rue Pierre Brossolette, 36100 Issoudun]]. Elle sort son agenda : « le mardi et le jeudi, pour les séances ». Le taxi : {{Taxis Berrichons}}, véhicule [[IMMATRICULATION:GK-604-ZP]]. Contrôleuse : [[PERSONNE:Jocelyne Pasquet]]. Rien à redire.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Châteauroux}}. [[PERSONNE:Hicham Ouazzani]], saisonnier marocain, cueillette d'asperges dans le {{Boischaut}}. Contrat fini, l'employeur a gardé son passeport « pour le mettre en sécurité ». Il connaît le numéro par cœur : [[IDENTIFIANT:RF4821937]]. L'éducatrice, [[PERSONNE:Amandine Rousseau]], appelle l'{{inspection du travail}}. Il garde son téléphone à la main : [[TELEPHONE:+212 6 61 47 20 38]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite de la mairie de {{Bugeat}} chez Mme [[PERSONNE:Renée Chassaing]], {{90 ans}}, troubles de mémoire, seule au hameau de [[ADRESSE:Vieilleville, 19170 Bugeat]]. Son fils, [[PERSONNE:Claude]], vit au {{Canada}} ; le maire lui écrit par mail : [[EMAIL:claude.chassaing@videotron.ca]]. Dans le frigo, {{3 yaourts}} périmés et une boîte de {{Ricoré}}. Dossier {{APA}} à lancer.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{MSA}} chez des producteurs de noix près de {{Terrasson}}. M. et Mme [[PERSONNE:Laval]], n° MSA [[N_ALLOCATAIRE:2450831]], déclarent un revenu faible. Dans la cour, un pick-up neuf, [[IMMATRICULATION:EB-274-KH]]. Le contrôleur, [[PERSONNE:Guy Fronty]], demande. « Leasing, au nom du {{GAEC}}. » Vérifié sur les papiers. Pas de fraude, juste un pick-up. {{1 h}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{France Travail}} {{Guéret}}, appel transféré par le standard (poste {{4127}}). [[PERSONNE:Céline Marsac]], femme d'éleveur à {{Gouzon}}, voudrait un mi-temps à la coopérative. ID [[ID_FRANCE_TRAVAIL:6107284Y]]. La conseillère, [[PERSONNE:Stéphanie Barret]], bute sur son statut {{MSA}} de conjointe collaboratrice : compatible ? « Faut demander à la MSA. » Ping-pong classique.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Guéret}}, soirée. Vu passer entre {{19h}} et {{22h}} : 1 chute de vélo, 2 personnes âgées tombées, 1 doigt dans une fendeuse à bois, 1 douleur thoracique (direct en box), 1 ado ivre, 1 morsure de chien. L'IOA : « une soirée normale en {{Creuse}} ». {{1 médecin}}, {{2 IDE}}, {{1 AS}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{France Services}} de {{Saint-Léonard-de-Noblat}} (la ville de {{Poulidor}}, l'agent me le dit trois fois). Mme [[PERSONNE:Annie Bonnaud]], née le [[DATE_NAISSANCE:8 avril 1958]] ici même, veut activer l'appli carte vitale. N° sécu : [[NIR:2 58 04 87 161 042 86]]. Il faut une CNI valide pour la vérification vidéo ; la sienne est périmée depuis {{2019}}. Échec. L'agent ([[PERSONNE:Théo]]) note son mail pour la relancer : [[EMAIL:annie.bonnaud58@orange.fr]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Équipe mobile du {{CHRS}} de {{Guéret}} sur un terrain privé à {{Saint-Fiel}} : trois caravanes de la famille [[PERSONNE:Reinhardt]]. Camionnettes [[IMMATRICULATION:DA-641-JJ]] et [[IMMATRICULATION:CS-118-PV]]. Le propriétaire du terrain, M. [[PERSONNE:Gaudon]], les tolère « jusqu'à la moisson ». La mère, [[PERSONNE:Sabrina]], demande une domiciliation pour les allocs. Le petit chien, {{Pupuce}}, est le vrai chef.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mairie de {{Meymac}}, tél. M. [[PERSONNE:Roland Chastagnol]], {{75 ans}}, veut l'aide de la secrétaire pour créer son espace {{impots.gouv}} : il a le numéro fiscal et le « numéro d'accès en ligne » de son avis, [[IDENTIFIANT:4172036]]. La secrétaire ([[PERSONNE:Mireille]]) ne fait pas ça par téléphone : RDV à la {{France Services}} d'{{Ussel}}. Il laisse son numéro : [[TELEPHONE:05 55 95 13 08]].",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Limoges}}, accueil. Trois écrans : file d'attente, « Faites vos démarches sur {{caf.fr}} », météo. {{11 personnes}} en attente à {{14h05}}. Un papa change une couche sur le banc, il n'y a pas de table à langer. L'agente d'accueil dit qu'ils l'ont demandée « il y a {{3 ans}} ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{CPAM}} de l'{{Indre}}, plateforme. M. [[PERSONNE:Laurent Gaulier]], né à {{Issoudun}}, en arrêt maladie, {{IJ}} versées sur un compte clôturé. N° sécu : [[NIR:176063608812752]]. Nouvel IBAN : [[IBAN:FR76 3006 6100 2100 0204 8731 571]] ({{CIC}}). Le conseiller le saisit en direct, exceptionnellement, « vu la situation ». Lui : « vous me sauvez le mois ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Bergerac}}. [[PERSONNE:Saïd Abdallah]], {{22 ans}}, arrivé de {{Mayotte}}, date de naissance lue sur le formulaire : [[DATE_NAISSANCE:2002-09-14]]. Identifiant : [[ID_FRANCE_TRAVAIL:0917365X]]. Il cherche dans la vigne ou le tabac. Le conseiller, [[PERSONNE:Hugo Lachaise]], trouve {{3 offres}}, toutes sans logement. « Le logement, c'est le vrai problème ici. »",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences {{Brive}}, tél. Une mère appelle : sa fille, [[PERSONNE:Lou Vergnaud]], née le [[DATE_NAISSANCE:21/01/2009]], a été amenée après un malaise dans le car scolaire. L'agent ne peut presque rien dire par téléphone, il prend son numéro : [[TELEPHONE:06 62 80 47 13]]. La mère arrive {{25 min}} plus tard, essoufflée.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Brive}}, nuit. Un veilleur seul de {{22h}} à {{7h}}, une ronde toutes les {{2 h}}. Un résident ne dort pas, ils jouent aux cartes dans la cuisine. Le veilleur : « la nuit, c'est là qu'ils parlent ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{MSA}} {{Limousin}}, tél. [[PERSONNE:Catherine Aymard]] appelle pour sa mère, veuve d'exploitant : {{allocation de solidarité aux personnes âgées}}. N° MSA de la mère : [[N_ALLOCATAIRE:1928375]]. La mère, à côté, donne son accord. Formulaire envoyé par mail à la fille : [[EMAIL:cath.aymard@laposte.net]]. La conseillère ([[PERSONNE:Béatrice]]) prévient : récupération sur succession. Silence au bout du fil.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{France Services}} de {{Montignac-Lascaux}}. [[PERSONNE:Baptiste Rey]], {{24 ans}}, saisonnier au camping, s'est fait voler son portefeuille. Il a une photo de sa CNI : n° [[IDENTIFIANT:D7KH32RP5]]. L'agente ([[PERSONNE:Laetitia]]) l'aide à faire la pré-plainte en ligne puis la pré-demande de CNI. Tél : [[TELEPHONE:06 58 03 27 61]]. Il repart avec {{3 papiers}} et sans portefeuille.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite de prévention {{MSA}} (santé) chez un ancien exploitant, M. [[PERSONNE:Albert Manaud]], {{88 ans}}, au lieu-dit [[ADRESSE:Chez Pinaud, 87250 Bessines-sur-Gartempe]]. Chutes à répétition, des tapis partout. La conseillère, [[PERSONNE:Agnès Dumas]], propose la téléassistance et un {{Bilan Prévention}}. Il accepte tout sauf d'enlever les tapis : « c'est ma femme qui les a faits ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Dordogne}}. Une Anglaise, [[PERSONNE:Susan Clarke]], {{67 ans}}, séparée ; la maison à {{Lalinde}} était au nom de l'ex-mari. Français hésitant. Elle dort dans sa voiture depuis {{3 nuits}}. L'écoutante passe à l'anglais. Mail pour envoyer la liste des associations : [[EMAIL:sue.clarke1957@btinternet.com]].",
    ),
    (
        "caf",
        "accueil_physique",
        "{{MSA}} {{Tulle}}. Couple de retraités agricoles, [[PERSONNE:Léon]] et [[PERSONNE:Germaine Chassagnac]] : ferme vendue, location au bourg, [[ADRESSE:12 rue du Docteur Valette, 19800 Corrèze]]. Demande d'allocation logement. RIB {{Banque Populaire}} : [[IBAN:FR76 1090 7000 0123 4190 8765 242]]. L'agente ([[PERSONNE:Chantal]]) : « c'est la première fois que vous payez un loyer ? » Lui : « à {{78 ans}}, oui ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Périgueux}}, atelier « préparer son entretien ». {{7 personnes}}. Jeu de rôle : la conseillère joue le recruteur, très crédible. Une dame fond en larmes à « parlez-moi de vous ». Pause. Elle reprend. Tout le monde applaudit.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Brive}}. M. [[PERSONNE:Jacques Mons]] n'a plus de médecin traitant : le Dr [[PERSONNE:Lascaux]] est parti à la retraite. L'agent ([[PERSONNE:Bastien]]) cherche sur la liste, aucun médecin ne prend de nouveaux patients à {{Brive}}. Demande notée pour la cellule d'accès aux soins. Lui : « je vais mourir en attendant ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile du {{CCAS}} de {{Châteauroux}}, qui s'arrête sur le palier : la personne ne veut pas ouvrir. L'assistante sociale parle à travers la porte {{5 minutes}}, glisse sa carte dessous. « La prochaine fois, peut-être. » On repart. Elle dit que ça arrive {{une fois sur quatre}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Périgueux}}. Un homme sans papiers dit s'appeler « [[PERSONNE:Momo]] », pas d'autre nom. Plaie à la jambe. L'agent crée un dossier provisoire « X ». L'IOA, [[PERSONNE:Julie Rebière]] : on soigne d'abord. Un bénévole de la {{Croix-Rouge}} qui le connaît dit qu'il s'appelle en fait [[PERSONNE:Mohamed Benali]], « mais il préfère [[PERSONNE:Momo]] ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}} : la musique d'attente est la même depuis des années, m'explique le conseiller. Il la fredonne. Entre deux appels, il montre le tableau de bord : {{42 appels}} en attente sur la région, temps moyen {{12 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Guéret}}. [[PERSONNE:Franck Deverines]], résident, a récupéré sa voiture à la fourrière ({{160 €}}). Immat : [[IMMATRICULATION:DF-528-LB]]. Sans voiture, pas de travail : il fait des remplacements à la laiterie de {{Felletin}}. L'éduc ([[PERSONNE:Morgane]]) a avancé l'argent sur un fonds d'urgence.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{MSA}} {{Dordogne}}, plateforme, bilan du jour au tableau : {{312 appels}} reçus, {{71 %}} décrochés. Pics à {{9h}} et {{14h}}. Thème n° 1 : les appels de cotisations de {{septembre}}. Les conseillers ont un code couleur sur le tableau blanc.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Vierzon}}. M. [[PERSONNE:Pierre Giraudon]], tailleur de pierre à la retraite, vient pour une aide à l'énergie. Facture {{ENGIE}}, réf. client [[IDENTIFIANT:004 582 196 331]]. L'agente, [[PERSONNE:Rose Ndongo]], monte le dossier {{FSL}}. Il lui offre une petite {{rose}} taillée dans la {{pierre}}, il en a toujours une dans la poche 🌹",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Périgueux}} : accueil uniquement sur RDV depuis {{2022}}. Un monsieur sans RDV insiste, l'agent l'aide quand même {{5 min}} à la borne. « On n'est pas des robots. » Le RDV se prend sur {{ameli}} ou au {{3646}}. Le monsieur n'a ni l'un ni l'autre.",
    ),
]

NOTES_7 = [
    (
        "caf",
        "accueil_physique",
        "{{France Services}} de {{Guéret}}, {{14h}}. Longue séance. Une aide à domicile de l'{{ADMR}}, [[PERSONNE:Maryse Parrot]], accompagne M. [[PERSONNE:Gaston Bardet]], {{85 ans}}, veuf depuis {{mai}}, qui n'a jamais touché un ordinateur. Il faut déclarer à la {{Caf}} qu'il vit seul et mettre le RIB du compte à son seul nom. Pas de mail : l'agent, [[PERSONNE:Kader]], utilise celui de la nièce, [[EMAIL:lucie.bardet.23@gmail.com]]. N° alloc [[N_ALLOCATAIRE:2318804]], IBAN [[IBAN:FR76 1950 6000 3174 0258 1639 008]], acte de décès scanné avec le téléphone de l'agent. M. [[PERSONNE:Bardet]] regarde l'écran sans rien dire, puis : « elle faisait tout, ma femme ». [[PERSONNE:Maryse]] lui pose la main sur l'épaule. {{55 min}}. L'agent dit que des RDV comme ça, il en a {{3 par semaine}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CHU}} de {{Limoges}}, accueil administratif. Mme [[PERSONNE:Marie-Thérèse Nicot]], née le [[DATE_NAISSANCE:29/02/1944]], arrivée par le {{SAMU}} depuis {{Rochechouart}}. Son mari donne la carte mutuelle : {{Harmonie Mutuelle}}, n° [[IDENTIFIANT:7741 2580 36]]. L'agente saisit, vérifie, imprime les étiquettes. {{6 min}}. Il demande où est le café, et glisse qu'avec un [[DATE_NAISSANCE:29 février]] sa femme n'a eu que {{20 anniversaires}} « et demi ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Vierzon}}. [[PERSONNE:Fatima Zahra Idrissi]], {{33 ans}}, titre de séjour à renouveler, n° [[IDENTIFIANT:1802457319]]. Préfecture de {{Bourges}} : RDV uniquement en ligne, jamais de créneau. L'éducateur, [[PERSONNE:Rodolphe]], se connecte à {{minuit}} pour en attraper un. Sa sœur, en {{Belgique}}, suit le dossier par mail : [[EMAIL:idrissi.khadija@skynet.be]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mairie de {{Bourganeuf}}, tél. Mme [[PERSONNE:Maria Gonçalves]], {{81 ans}}, arrivée du {{Portugal}} en {{1968}}, appelle pour le certificat de vie de sa caisse de retraite portugaise. Elle lit son numéro de pensionnée sur la lettre : [[IDENTIFIANT:P-140 2287 55]]. La secrétaire, [[PERSONNE:Chantal Lavaud]] : « passez avec la lettre, on tamponne ». Elle : « obrigada, merci, merci ». Tél : [[TELEPHONE:05 55 64 21 37]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{MSA}} santé, plateforme. [[PERSONNE:Nathalie Aumaître]], femme d'éleveur à {{Saint-Vaury}}, demande la {{complémentaire santé solidaire}} pour la famille. Identification : n° sécu [[NIR:2 75 02 23 096 088 40]], née le [[DATE_NAISSANCE:11 février 1975]] à {{Guéret}}. Le conseiller ([[PERSONNE:Jérôme]]) fait la simulation : C2S avec participation, de {{8 à 30 €}} par mois et par personne selon l'âge. Elle calcule à voix haute, puis : « on va réfléchir ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{France Travail}} {{Haute-Vienne}}, plateforme. Un demandeur dicte son identifiant avec des espaces : « [[ID_FRANCE_TRAVAIL:552 9013 K]] ». Il s'appelle [[PERSONNE:Grégory Lanoë]] et veut changer de conseiller, « il me comprend pas ». La conseillère ([[PERSONNE:Sonia]]) explique qu'il faut écrire via l'espace personnel. Il donne quand même son mail perso : [[EMAIL:greg.lanoe87@laposte.net]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences de {{Guéret}}, standard, dimanche matin. La plupart des appels : « est-ce qu'il y a un médecin de garde ? ». Réponse : appeler le {{116 117}}. Personne ne connaît. L'agente épelle : « un-un-six, un-un-sept ». Elle me dit : « si j'avais un euro à chaque fois ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme {{Caf}} du {{Cher}}. Mme [[PERSONNE:Morgane Pelletier]], allocataire n° [[N_ALLOCATAIRE:1872043]], n'a pas reçu ses allocs. Le conseiller voit un changement de RIB fait il y a {{10 jours}}… vers un compte lituanien, [[IBAN:LT43 3250 0246 1073 8512]]. Elle n'a jamais fait ça. Compte piraté. Blocage, procédure, dépôt de plainte. Elle pleure ; lui reste calme et répète les étapes {{3 fois}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un appartement du {{CHRS}} de {{Bourges}}, [[ADRESSE:27 avenue de la Libération, appt 12, 18000 Bourges]]. [[PERSONNE:Denis]] et [[PERSONNE:Sandrine Hamelin]], en couple, sortis de la rue après {{2 ans}}. Des rideaux, une plante, une photo de leur chien {{Pirate}}, mort l'hiver dernier. La travailleuse sociale, [[PERSONNE:Julie Moreau]], fait le point budget : {{47 €}} pour finir le mois.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{France Services}} de {{Felletin}}. M. [[PERSONNE:Jean Lachenaud]], né à {{Felletin}} en [[DATE_NAISSANCE:novembre 1950]], part {{3 mois}} chez sa fille au {{Portugal}} et veut la carte européenne d'assurance maladie. Sur {{ameli}} : n° sécu [[NIR:1 50 11 23 079 017 03]], mail [[EMAIL:jlachenaud@wanadoo.fr]]. Carte envoyée au lieu-dit [[ADRESSE:Le Puy du Chier, 23500 Felletin]] sous {{15 jours}}. Il part dans {{10}}. L'agente ([[PERSONNE:Annick]]) fait un certificat provisoire.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Tulle}}, jeudi. Affiche : « Bourse au permis de conduire : {{30 h}} de bénévolat contre {{800 €}} d'aide ». {{3 jeunes}} viennent se renseigner en même temps. L'agent explique tout debout dans le hall, comme un guide de musée. Ils repartent avec le dossier ; un seul demande un stylo.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Bus {{France Services}} à {{Saint-Dizier-Leyrenne}}, permanence {{France Travail}} une fois par mois. [[PERSONNE:Anthony Bourdeau]], {{25 ans}}, laisse tourner le moteur de sa voiture devant le bus (la batterie !). Plaque : [[IMMATRICULATION:CY-087-ND]]. Identifiant : [[ID_FRANCE_TRAVAIL:7219046M]]. Il cherche dans le bâtiment, vers {{Guéret}} ou {{Bourganeuf}}, « pas plus loin, l'essence ». Portable : [[TELEPHONE:06 47 93 05 21]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Sarlat}}, août. Famille néerlandaise en camping-car : le fils, [[PERSONNE:Daan]], {{9 ans}}, est tombé d'un rocher à {{La Roque-Gageac}}. Le père, [[PERSONNE:Pieter de Vries]], donne la plaque du camping-car pour le parking : [[IMMATRICULATION:V-482-KD]]. Carte européenne, OK. Tél : [[TELEPHONE:+31 6 41 27 93 58]]. L'IOA parle anglais avec l'accent du {{Périgord}}, ça marche très bien.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{MSA}} en {{Creuse}} : éleveur de brebis, [[PERSONNE:Fabien Lecomte]], qui vit dans un mobil-home sur ses terres, au lieu-dit [[ADRESSE:Les Rebeyrolles, 23250 Soubrebost]], en attendant de retaper la maison. Au {{RSA}}, n° MSA [[N_ALLOCATAIRE:2377615]]. La contrôleuse, [[PERSONNE:Laurence Tardieu]], vérifie surtout l'adresse réelle et le nombre de brebis ({{120}}). Il offre du fromage. Elle refuse poliment : « déontologie » 😅",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Bergerac}}, fin septembre. Les vendangeurs arrivent : {{4 nouvelles demandes}} en {{2 jours}}, toutes d'hommes seuls. Liste d'attente sur un cahier. Le chef de service soupire : « tous les ans, et tous les ans on n'a pas assez de lits ». Le cahier a des taches de vin.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Châteauroux}}. M. [[PERSONNE:Marc Vandenbroucke]], belge, {{62 ans}}, retraité installé à {{Ardentes}}, pension d'invalidité belge et affiliation en {{France}}. N° sécu : [[NIR:1 62 04 99 131 205 62]]. Il veut ses remboursements sur son compte en {{Belgique}} : [[IBAN:BE35 0634 4172 8537]]. L'agente ([[PERSONNE:Sylvie]]) : compte SEPA, c'est possible. Il ne la croit pas, elle le lui montre à l'écran.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} à {{Sancerre}} chez un ouvrier viticole accidenté, [[PERSONNE:Jérôme Girault]], [[ADRESSE:8 rue du Rempart des Dames, 18300 Sancerre]], avec sa compagne, [[PERSONNE:Aline]], et un bébé. L'assistante sociale, [[PERSONNE:Marion Thévenet]], monte un dossier d'aide à l'équipement (lit bébé). Par la fenêtre, des vignes jusqu'à l'horizon. Lui : « je les vois, je peux plus y aller ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{France Travail}} {{Dordogne}}, service entreprises. Un château de {{Pécharmant}} cherche {{15 vendangeurs}} pour le {{15 septembre}}. SIRET de la {{SCEA}} : {{412 908 377 00018}}. La conseillère, [[PERSONNE:Agathe Pradier]], publie l'offre en direct. Le régisseur, M. [[PERSONNE:Bonfils]], veut « des gens qui tiennent la semaine ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Vierzon}}, {{3h du matin}}. Calme plat. L'agent d'accueil range des formulaires, l'IOA fait ses transmissions. {{2 patients}} endormis en box. Une horloge fait un bruit énorme. Je comprends mieux l'expression « nuit blanche ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{CPAM}} {{Haute-Vienne}} : visite d'une conseillère {{PRADO}} (retour à domicile après hospitalisation) chez Mme [[PERSONNE:Jeanne Dubreuil]], [[ADRESSE:5 allée des Bruyères, 87240 Ambazac]]. Infirmière libérale prévue, kiné pas trouvé. La fille ([[PERSONNE:Sandrine]]) donne son numéro : [[TELEPHONE:06 81 24 70 39]]. La conseillère note tout sur une tablette sans réseau, elle synchronisera « en descendant ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Périgueux}}. Étudiant, [[PERSONNE:Noah Lefèvre]], né le [[DATE_NAISSANCE:7 juillet 2005]], première demande d'{{APL}} pour un studio près de la fac. N° alloc attribué : [[N_ALLOCATAIRE:2471936]]. Mail : [[EMAIL:noah.lefevre05@icloud.com]]. L'agent ([[PERSONNE:Franck]]) explique que ses parents doivent peut-être le retirer de leur dossier. Il appelle sa mère devant nous, en haut-parleur : « Maman, t'as un numéro d'allocataire ? ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Creuse}}, {{23h10}}. Une femme, [[PERSONNE:Sophie Mazet]], appelle à voix basse depuis sa salle de bain : violences, ferme isolée, [[ADRESSE:La Villatte, 23320 Saint-Vaury]]. L'écoutante ([[PERSONNE:Inès]]) garde la ligne et prévient les gendarmes sur l'autre poste. Portable : [[TELEPHONE:07 66 30 12 84]]. Gendarmes sur place en {{25 min}}, mise à l'abri à {{Guéret}}. Tout le monde se tait après.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Périgueux}}, tél. Une association demande s'il reste des places sur le registre du {{plan canicule}}. Puis une pharmacie, pour une dame qui ne peut pas payer ses médicaments. L'agente prend note, promet de rappeler. {{2 appels}}, {{25 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. M. [[PERSONNE:José Carvalho]], maçon, né au {{Portugal}} en [[DATE_NAISSANCE:juillet 1968]], n° sécu [[NIR:168079913940258]]. Il veut ses remboursements sur son compte portugais, chez {{Millennium BCP}} : [[IBAN:PT50 0033 0000 4567 2198 4034 2]]. Le conseiller : « c'est possible, il faut un RIB à votre nom, envoyé par la messagerie ». « Je l'ai déjà envoyé trois fois. » Recherche… trouvé, jamais traité. Excuses.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Guéret}}. Bûcheron, [[PERSONNE:Yannick Tabaraud]], tronçonneuse dans la cuisse, garrot posé par son collègue. Né à {{Aubusson}} en [[DATE_NAISSANCE:1972]], il récite de mémoire son numéro {{MSA}} : [[NIR:1 72 10 23 008 156 27]]. Il plaisante avec les pompiers. Sa femme arrive : « je t'avais dit ». Son tél à elle : [[TELEPHONE:06 70 52 19 86]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{France Travail}} {{Bourges}}, appel sortant. [[PERSONNE:Laura Delorme]], inscrite sous [[ID_FRANCE_TRAVAIL:3417820B]], née le [[DATE_NAISSANCE:05/05/1987]] (vérification d'identité). Le conseiller propose une formation d'agent de sécurité. « Moi ? Mais je fais {{1 m 55}} ! » Ils rient. Elle accepte l'info collective de {{lundi}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Châteauroux}}. Une femme appelle pour son oncle, [[PERSONNE:Michel Aucouturier]], « né le [[DATE_NAISSANCE:12 janvier 1952]], vous l'avez ? ». Oui, il est en salle de déchocage, pas d'info. Elle insiste, l'agente transfère au cadre. Rappel prévu au [[TELEPHONE:02 54 27 66 13]].",
    ),
    (
        "caf",
        "accueil_physique",
        "{{MSA}} {{Bergerac}}. Famille de tabaculteurs, [[PERSONNE:Stéphane]] et [[PERSONNE:Aurore Fongauffier]], {{4 enfants}}. Ils arrêtent le tabac après {{3 générations}} et veulent le {{RSA}} en attendant. L'agente, [[PERSONNE:Sandrine Lacoste]], fait les calculs sur papier, puis à la calculette pour vérifier. RIB : [[IBAN:FR76 1240 6000 5260 8139 2740 162]]. Ils repartent avec une liste de pièces longue comme le bras.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} de la {{Creuse}}, tél. La secrétaire de mairie de {{Mainsat}} appelle pour M. [[PERSONNE:Émile Duris]], {{88 ans}}, assis à côté d'elle : il ne comprend pas un courrier de trop-perçu de {{312 €}}. N° alloc [[N_ALLOCATAIRE:2360917]]. Le conseiller parle à M. [[PERSONNE:Duris]], très fort, plusieurs fois. Échéancier à {{20 €}} par mois. Lui : « ah, c'est bien, ça ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mairie de {{Saint-Priest-la-Feuille}}, permanence. [[PERSONNE:Véronique Labesse]] a hérité de la voiture de son père, [[PERSONNE:Raymond Labesse]], né en [[DATE_NAISSANCE:1931]], décédé en {{mars}}. La {{Clio}} : [[IMMATRICULATION:BH-760-TC]]. L'{{ANTS}} demande l'acte du notaire, Me [[PERSONNE:Dumontet]] à {{La Souterraine}}. La secrétaire l'aide à scanner. « Papa n'aimait pas cette voiture. »",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Limoges}}. [[PERSONNE:Kévin Brissaud]], {{29 ans}}, convoqué au tribunal pour une vieille affaire ; son avocate commise d'office, Me [[PERSONNE:Sarah Lévêque]], l'appelle au bureau des éducs. Il note l'heure sur sa main : {{14h}}, {{jeudi}}. L'éducatrice ([[PERSONNE:Ophélie]]) lui prête une chemise pour l'audience. Numéro de l'avocate noté au tableau : [[TELEPHONE:05 55 32 17 80]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite du {{CHRS}} en logement diffus rural : maison louée au hameau du [[ADRESSE:Monteil, 23300 Vareilles]], près de {{La Souterraine}}. Famille tchétchène, [[PERSONNE:Aslan]] et [[PERSONNE:Madina Saidova]], {{3 enfants}} scolarisés au village. Pas de bus, l'école est à {{2 km}}. L'éducateur, [[PERSONNE:Thibault Mérigaud]], a organisé un covoiturage avec la voisine. Les enfants parlent déjà français avec l'accent d'ici.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{CPAM}} {{Vierzon}}. Mme [[PERSONNE:Nino Beridze]], géorgienne, demande l'{{AME}} pour elle et son fils. Passeport n° [[IDENTIFIANT:14BD72038]]. Justificatif de présence de plus de {{3 mois}} : une facture de l'épicerie solidaire. L'agente ([[PERSONNE:Coralie]]) accepte. Mail : [[EMAIL:nino.beridze.ge@gmail.com]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Permanence {{France Travail}} à la {{France Services}} de {{Boussac}}. [[PERSONNE:Maxime Parot]], {{35 ans}}, fils d'agriculteur, arrête l'élevage repris de son père. SIRET de son exploitation individuelle : [[IDENTIFIANT:513 204 687 00021]] (radiation en cours). Identifiant : [[ID_FRANCE_TRAVAIL:9480361H]]. Mail : [[EMAIL:maxime.parot23@gmail.com]]. Le conseiller, [[PERSONNE:Cédric Lavergne]], l'oriente vers une formation de conducteur d'engins. Lui : « je conduis des tracteurs depuis mes {{12 ans}} ». Ça ne compte pas. Dernière note de ma semaine.",
    ),
]


NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7

if __name__ == "__main__":
    main()
