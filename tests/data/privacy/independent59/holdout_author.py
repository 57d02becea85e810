"""Independent evaluation corpus n° 59: 240 hand-written French observation notes.

Each note is a ``(site_kind, channel, text)`` tuple written by hand. In ``text``,
``[[LABEL:value]]`` marks a value to mask and ``{{value}}`` a string to keep. ``parse`` strips
the marks and computes the offsets (Python string indices, end exclusive); ids ``ind59-001`` …
``ind59-240`` follow the writing order. The split is drawn with ``random.Random(59)`` from the
ids and the (site kind, channel) cells only, never from the contents.

Usage: python holdout_author.py   (writes dev.jsonl and holdout.jsonl next to this file)
"""

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind59"
SEED = 59
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
CELLS = {
    ("caf", "accueil_physique"),
    ("caf", "accueil_telephonique"),
    ("caf", "controle_sur_place"),
    ("cpam", "accueil_physique"),
    ("cpam", "accueil_telephonique"),
    ("cpam", "controle_sur_place"),
    ("ccas", "accueil_physique"),
    ("ccas", "accueil_telephonique"),
    ("ccas", "controle_sur_place"),
    ("urgences", "accueil_physique"),
    ("urgences", "accueil_telephonique"),
    ("chrs", "accueil_physique"),
    ("chrs", "accueil_telephonique"),
    ("chrs", "controle_sur_place"),
    ("france_travail", "accueil_physique"),
    ("france_travail", "accueil_telephonique"),
}
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)


def parse(raw):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(raw):
        before = raw[pos : m.start()]
        parts.append(before)
        length += len(before)
        if m.group(1) is not None:
            label, value = m.group(1), m.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {raw!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(raw[pos:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray {token!r} in {raw!r}")
    for ent in entities:
        value = text[ent["start"] : ent["end"]]
        if value != value.strip() or not value:
            raise ValueError(f"bad span {value!r} in {raw!r}")
    return text, entities, keep


def build(notes):
    """Return the parsed notes, with their ids in writing order."""
    out = []
    for i, (site_kind, channel, raw) in enumerate(notes, start=1):
        if (site_kind, channel) not in CELLS:
            raise ValueError(f"note {i}: unknown cell {(site_kind, channel)}")
        text, entities, keep = parse(raw)
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
        dev += ids[:half]
        holdout += ids[half : 2 * half]
        if len(ids) % 2:
            leftovers.append(ids[-1])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev += leftovers[:half]
    holdout += leftovers[half:]
    return set(dev), set(holdout)


def write(path, notes):
    lines = [json.dumps(n, ensure_ascii=False) for n in sorted(notes, key=lambda n: n["id"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# The notes, written by hand in batches (ids follow this order).
# ---------------------------------------------------------------------------------------------

NOTES_01 = [
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Marseille}}, {{21h40}}. Appel d'un monsieur qui dit s'appeler « [[PERSONNE:Tonton]] », appelle du tel d'un pote ([[TELEPHONE:07 53 21 88 40]]). Dort {{gare Saint-Charles}} côté parking depuis {{3 nuits}}. L'écoutante ([[PERSONNE:Sabrina]]) lui demande son vrai nom : « [[PERSONNE:Mesbah]]... [[PERSONNE:Ali Mesbah]] ». Pas de place ce soir. Rappeler demain {{8h}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude {{Samu social}} {{Nice}}, départ {{20h}} du local. 1er arret sous les arcades {{place Garibaldi}} : [[PERSONNE:Jeannot]] et sa chienne {{Kira}}, on le connait deja (l'educ [[PERSONNE:Mathis]] le suit depuis l'hiver). Il a encore perdu son tel 😩. Donne le num de sa soeur pour qu'on le joigne : [[TELEPHONE:06 61 47 02 93]]. Café + soupe + couverture.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Aix-en-Provence}}, ticket {{B27}}, attente {{35 min}}.\nDame seule avec 2 enfants ({{6}} et {{9 ans}}), Mme [[PERSONNE:Carvalho]], sa {{prime d'activité}} a baissé de {{140 €}} d'un coup.\nL'agent, M. [[PERSONNE:Ouedraogo]], regarde l'écran : « vous avez déclaré un salaire de {{1 380}} en mars, c'est ça qui fait baisser ». Elle : « mais c'était les heures sup de {{Noël}} !! »\nn° alloc [[N_ALLOCATAIRE:2841736]]. Il imprime le détail du calcul, elle repart pas convaincue.",
    ),
    (
        "urgences",
        "accueil_physique",
        "URGENCES {{Hôpital Nord}}, IOA = [[PERSONNE:Coralie]]. Arrive un homme ramené par les pompiers, trouvé allongé devant le {{Carrefour}} {{Grand Littoral}}. Pas de papiers sur lui. Il dit s'appeler « [[PERSONNE:Mouss]] », né le [[DATE_NAISSANCE:12 avril]], en [[DATE_NAISSANCE:84]] ou [[DATE_NAISSANCE:85]] il sait plus. Enregistré sous le nom [[PERSONNE:Mouss]] en attendant, IPP [[IDENTIFIANT:8004512776]]. [[PERSONNE:Coralie]] : « on en a 3 ou 4 par semaine comme ça ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Marseille}}, antenne {{Belle de Mai}}. Domiciliation : Mme [[PERSONNE:Florica Stoica]] vient chercher son courrier, n° de domiciliation [[IDENTIFIANT:D13-2024-0871]]. 2 lettres dont une de la {{Cpam}}. L'agente [[PERSONNE:Nathalie]] lui lit la lettre (elle lit pas bien le français) : c'est pour la {{C2S}}, il manque un justificatif de ressources. Elle vit dans un squat au [[ADRESSE:14 rue Clovis Hugues]] avec sa fille et son gendre, mais le courrier va au CCAS.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}} → renvoyé agence {{Toulon Mayol}}. Conseiller : [[PERSONNE:Kevin Lombardi]]. Le demandeur donne son identifiant : « [[ID_FRANCE_TRAVAIL:4127853 K]] ». Il a raté son rdv du {{14}} parce que le courrier est arrivé après. [[PERSONNE:Kevin]] : « je vous remets un rdv {{mardi 9h30}}, ok ? » Le gars demande si ça va couper son {{ARE}}. Non. Appel {{6 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Nice}}, accueil sur rdv uniquement. File de {{12 personnes}} à {{8h25}} devant la porte, ouverture {{8h30}}. Beaucoup viennent pour une carte {{Vitale}} perdue. La borne {{Ameli}} est en panne depuis lundi (affiche scotchée sur la porte). Agent de sécurité sympa qui oriente en 3 langues 👍",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} des {{Alpes-Maritimes}}. Femme avec 2 petits ({{4 ans}} et {{18 mois}}), appelle avec le tel d'une dame au {{McDo}} {{Jean-Médecin}}. Elle donne : [[PERSONNE:Aïcha Benyahia]], née le [[DATE_NAISSANCE:03/02/1996]], enfants [[PERSONNE:Yanis]] et [[PERSONNE:Lina]]. Son mari l'a mise dehors ce matin. Numéro de la dame : [[TELEPHONE:+33 6 29 84 17 55]]. L'écoutant ([[PERSONNE:Gilles]]) fait une mise à l'abri : hôtel {{B&B}} {{Saint-Laurent-du-Var}}, {{chambre 214}}, pour {{3 nuits}}. Il lui donne le {{3919}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme tel {{Caf}} {{13}}, j'écoute avec un 2e casque. M. [[PERSONNE:Nguyen Van Tho]], n° allocataire [[N_ALLOCATAIRE:0731924]]. Il épelle son mail lettre par lettre : [[EMAIL:tho.nguyen59@orange.fr]]. Veut changer de compte, lit son IBAN : [[IBAN:FR76 3000 3018 7000 0509 1736 251]]. La conseillère : « pour le RIB faut passer par l'espace perso, moi je peux pas le modifier par tel ». Il soupire. {{11 min}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude de nuit, {{Porte d'Aix}} → {{Belsunce}}. On retrouve « la [[PERSONNE:Comtesse]] » ({{70 ans}} passés, toujours son manteau de fourrure) sur son banc en face du {{Monoprix}}. Elle se rappelle de [[PERSONNE:Inès]] (bénévole). Refuse le {{115}} comme d'hab. Dit qu'elle a un fils à {{Toulon}} mais plus de contact. Son vrai nom d'après la fiche : [[PERSONNE:Marie-Josée Ferracci]]. Ok pour aller à la {{PASS}} demain à {{la Conception}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Assurée appelle pour ses {{IJ}} pas versées. [[PERSONNE:Océane Delattre]], née à {{Lille}} en [[DATE_NAISSANCE:novembre 92]], vit à {{La Ciotat}} depuis {{2 ans}}. Donne son NIR : [[NIR:2 92 11 59 350 421 29]]. Le conseiller ([[PERSONNE:Rachid]]) voit que l'employeur n'a pas envoyé l'attestation de salaire, arrêt depuis le {{3 mars}}. « Rappelez votre employeur madame, nous on peut rien faire sans ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences {{Pasteur 2}} {{Nice}}, secrétariat, ligne extérieure. Une femme cherche son frère [[PERSONNE:Sofiane Haddad]], ramené hier soir par le {{SAMU}}. La secrétaire ([[PERSONNE:Véro]]) demande la date de naissance : « le [[DATE_NAISSANCE:30 août 1990]] ». Confirme juste qu'il est en {{UHCD}}, rien d'autre par tel. La sœur laisse son num : [[TELEPHONE:06.72.18.40.09]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour {{Marseille}} {{1er}}, {{9h}}. {{40 couverts}} au petit déj. Douches : liste d'attente sur un tableau blanc, {{14 noms}} avant {{9h15}}. L'équipe dit que c'est pire depuis la fermeture du {{gymnase}} en janvier. Bagagerie pleine. Un monsieur fait la lessive de tout le monde, ils l'appellent le chef de la laverie 😂",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Nice}}, standard aide alimentaire. Un monsieur de {{76 ans}}, M. [[PERSONNE:Giordano]], pension de réversion {{912 €}}, veut un colis. L'agent lui demande l'adresse : [[ADRESSE:22 avenue Borriglione, 06100 Nice]]. Inscrit pour {{jeudi 14h}} à l'épicerie sociale de {{Saint-Roch}}. Fixe : [[TELEPHONE:04 93 51 27 68]]. Il parle longtemps de sa femme [[PERSONNE:Yvette]], partie en {{2022}}. L'agent le laisse parler.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Vitrolles}}. Jeune de {{19 ans}}, [[PERSONNE:Enzo]], vient s'inscrire. La conseillère, Mme [[PERSONNE:Ait Ouali]], lui crée son espace. Mail : [[EMAIL:enzo.mrtnz13@gmail.com]], créé devant nous car il avait que son snap ([[IDENTIFIANT:@enz0_mrtz]]). Identifiant donné à la fin : [[ID_FRANCE_TRAVAIL:6203914F]]. Elle lui explique le {{CEJ}}, jusqu'à {{528 €}} par mois. Il demande « et faut venir tous les jours ?? »",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{22h15}}, {{115}}. « C'est encore moi, [[PERSONNE:Djibril]] » : l'écoutante le reconnaît, il appelle tous les soirs. Tel [[TELEPHONE:0758412396]] (celui d'un pote, le sien volé). Dort dans le {{parc Longchamp}} près des grilles. Elle retrouve sa fiche {{SI-SIAO}} n° [[IDENTIFIANT:SIAO13-2023-118457]]. Une place {{UHU}} {{Madrague-Ville}} ce soir, il doit y être avant {{23h}}. Il dit merci 4 fois.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place {{Caf}}, {{Martigues}}, quartier {{Canto-Perdrix}}. Contrôleur : [[PERSONNE:Pascal Orsini]] ({{12 ans}} de maison). Chez Mme [[PERSONNE:Lopes]], [[ADRESSE:bât. C, 3 allée des Tamaris, 13500 Martigues]]. Contrôle de la déclaration de vie seule ({{ASF}} + {{RSA}}). Il regarde la salle de bain (1 brosse à dents), demande qui est le monsieur sur les photos → son frère. Une voiture en bas, [[IMMATRICULATION:FK-318-LT]] : elle dit c'est celle du voisin. Il note tout. {{1h10}} sur place.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt maladie à domicile, {{Hyères}}. Sorties autorisées {{9h-11h}} et {{14h-16h}}. On arrive à {{16h20}} : personne. L'agent laisse un avis de passage dans la boîte. Il dit que 1 sur 3 est absent, souvent juste chez le médecin ou à la pharmacie. Pas de sanction directe, une convocation.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Pasteur 2}}, accueil admin. Mme [[PERSONNE:Rostas]] ([[PERSONNE:Lenuța]]) revient pour la 3e fois ce mois, douleurs au ventre. Pas de carte {{Vitale}}, {{AME}} expirée. La secrétaire [[PERSONNE:Fabienne]] retrouve le dossier par nom + ddn [[DATE_NAISSANCE:11.09.1979]]. Le tel sur la fiche c'est celui d'un cousin, [[TELEPHONE:+40 745 318 226]] (roumain). Orientation {{PASS}} après la consult.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec l'assistante sociale du {{CCAS}}, [[PERSONNE:Hélène Kevorkian]]. Mme [[PERSONNE:Bastide]], {{89 ans}}, seule, [[ADRESSE:17 traverse de la Martine, 13012 Marseille]], dans une vieille {{bastide}} coupée en 4 appartements. Son fils [[PERSONNE:Gérard]] passe le dimanche. Demande de {{portage de repas}} + {{téléassistance}}. Elle sort sa carte mobilité inclusion (n° [[IDENTIFIANT:CMI-13-0458732]]) « au cas où ça serve ». Frigo quasi vide.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Aubagne}}. Dame de {{55 ans}} vient mettre à jour sa carte {{Vitale}} (encore son nom de jeune fille dessus). L'agente [[PERSONNE:Laëtitia]] tape le NIR qu'elle dicte : [[NIR:269101300507778]]. Née ici en [[DATE_NAISSANCE:octobre 69]]. Nom d'usage [[PERSONNE:Sanchez]], de naissance [[PERSONNE:Autran]]. {{5 min}}, réglé.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude {{Croix-Rouge}} {{Nice}}, {{23h}}, {{Promenade des Anglais}} côté {{Lenval}}. Un couple sous une tente sur les galets : [[PERSONNE:Kamel]] et [[PERSONNE:Jess]]. Là depuis {{juillet}}. [[PERSONNE:Kamel]] dit qu'il a une place en pension de famille « en {{septembre}} normalement », son référent c'est M. [[PERSONNE:Baudoin]] à l'{{ALC}}. [[PERSONNE:Jess]] a un tel, [[TELEPHONE:07 81 20 36 54]], mais plus de crédit. On note.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}}, accueil {{Marseille Nord}}. M. [[PERSONNE:Said Ahmed Mohamed]] apporte l'acte de naissance de son bébé [[PERSONNE:Nassim]], né le [[DATE_NAISSANCE:2 février]], pour l'ajouter au dossier ({{APL}} + {{PAJE}}). Num alloc : [[N_ALLOCATAIRE:3016548]]. L'agente [[PERSONNE:Mireille]] scanne. Ticket {{A12}}, {{8 min}} au guichet. Il demande la {{prime de naissance}} : trop tard, fallait déclarer la grossesse.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Nice}}, antenne {{Ariane}}. Matinée calme, {{6 personnes}} en {{2h}}. Surtout des aides pour factures {{EDF}}. L'agent dit que la {{Métropole}} a réduit les bons de transport {{Lignes d'Azur}} 💸",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} femmes, {{Marseille}} {{5e}}. Entretien de [[PERSONNE:Linda]] (éducatrice) avec une résidente, [[PERSONNE:Fatoumata Keita]], {{27 ans}}, arrivée du {{Mali}} en {{2019}}. Récépissé de titre de séjour n° [[IDENTIFIANT:1302847165]] qui expire le {{12/06}}. Rdv préfecture impossible à avoir sur internet. [[PERSONNE:Linda]] : « on va écrire au {{Défenseur des droits}} ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{06}}. Un homme, [[PERSONNE:Giorgi]], épelle son nom : [[PERSONNE:B-E-R-I-D-Z-E]]. Né en... « [[DATE_NAISSANCE:quatre-vingt-huit]] » il dit en cherchant ses mots. Sort de l'{{Archet}} ce matin, pied bandé, il peut pas marcher loin. Tel [[TELEPHONE:06 95 03 48 21]] mais c'est le portable de son voisin de tente. Pas de place, rappeler à {{minuit}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Nice Lingostière}}. Demandeur : [[PERSONNE:Oleksandr Bondarenko]], réfugié ukrainien, interprète = son fils [[PERSONNE:Artem]], {{14 ans}} 😕. Le conseiller [[PERSONNE:Yohan]] vérifie l'identifiant [[ID_FRANCE_TRAVAIL:3058172 B]]. Il était ingénieur à {{Kharkiv}}, cherche n'importe quoi dans le bâtiment. Proposition : atelier {{CV}} + cours de {{FLE}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Timone}} adultes, {{2h du mat}}. {{34 patients}} en salle, {{6 brancards}} dans le couloir. Un monsieur très alcoolisé chante du {{Jul}} 🎤, l'agent de sécu le fait sortir fumer. Délai affiché : {{5h}}. Les IOA tournent à 2.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Tel {{Caf}} du {{Var}}. [[PERSONNE:Chloé Martinez]], n° [[N_ALLOCATAIRE:1847290]], a changé de banque (chez {{Nickel}} maintenant). Elle lit l'IBAN : [[IBAN:FR76 1659 8000 0140 0782 1152 068]]. La conseillère ([[PERSONNE:Samia]]) : « c'est noté mais mettez quand même le RIB en ligne sinon ça bloque ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Marseille}} {{3e}}. Dossier {{AME}} déposé par un homme accompagné d'une bénévole de {{Médecins du Monde}}. [[PERSONNE:Abdelkader Ziani]], né le [[DATE_NAISSANCE:7 novembre 1964]] à {{Alger}}, domicilié au {{CCAS}}. Passeport algérien n° [[IDENTIFIANT:184732650]]. Il a un vieux numéro de sécu d'il y a {{20 ans}}, quand il travaillait sur les chantiers : [[NIR:1 64 11 99 352 047 06]]. L'agent le retrouve, droits fermés depuis {{2009}}. Du coup c'est pas l'AME, c'est la {{PUMa}} à rouvrir ?? Il part demander au chef.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude en camion, {{Les Arnavaux}}. Famille qui vit dans un camping-car sur le parking derrière le {{Metro}}. Plaque [[IMMATRICULATION:1482 VR 13]] (ancien format). Le père, [[PERSONNE:Mirko]], et 3 enfants scolarisés à {{Saint-Louis}}. La mère pas là : à l'{{hôpital Nord}} pour accoucher !! Demande de lait infantile et de couches. L'équipe signale au {{SIAO}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Marseille}}, permanence domiciliation. Je reconnais « [[PERSONNE:Tonton]] » du {{115}} d'hier soir !! Il vient faire sa domiciliation. Vrai nom [[PERSONNE:Ali Mesbah]], né le [[DATE_NAISSANCE:05/05/1971]]. L'agent, [[PERSONNE:Cédric]], lui dit qu'il faut un lien avec la commune (il dit qu'il dort à {{Saint-Charles}} depuis l'été, ça suffit). Pas de tel à lui, il laisse celui du pote : [[TELEPHONE:07 53 21 88 40]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Pasteur 2}}, entrée ambulances. Un VSL bloque la voie, l'agent de sécu ([[PERSONNE:Dédé]] pour tout le monde) note la plaque [[IMMATRICULATION:GH-507-QZ]] et fait appeler le chauffeur. Tension avec un ambulancier privé. Ça dure {{10 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant, conseillère de l'agence {{Marseille Joliette}}. Elle appelle [[PERSONNE:Houria Belkacem]] pour son entrée en formation {{aide-soignante}} à l'{{IFSI}}. Vérifie à l'écran : ddn [[DATE_NAISSANCE:1989-02-14]], ID [[ID_FRANCE_TRAVAIL:5512094H]], tel [[TELEPHONE:06 12 09 77 31]]. Messagerie 2 fois, elle laisse un message et envoie un mail.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Marseille}} à {{19h}} : {{87 appels}} en attente sur le bandeau. {{4 écoutants}}. Attente moyenne {{47 min}}. L'écoutante me dit « ce soir on a {{zéro}} place femme » 😞 Beaucoup raccrochent avant.",
    ),
]


NOTES_02 = [
    (
        "chrs",
        "controle_sur_place",
        "Maraude {{Vieux-Port}}, {{22h30}}. Sous l'{{Ombrière}}, « le [[PERSONNE:Ch'ti]] » (il vient de {{Roubaix}}), {{35 ans}} à peu près, avec son chien {{Sultan}}. Il a rdv mardi à la {{Cpam}} pour sa {{C2S}} mais a perdu la convocation. L'éduc, [[PERSONNE:Yasmine]], note de passer au {{CCAS}} demain. Il nous donne son insta, [[IDENTIFIANT:@chti_du_13]] : « c'est plus simple que le tel, j'en ai jamais plus d'un mois ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Toulon}}. [[PERSONNE:Manon Lefebvre]], {{29 ans}}, première demande d'{{APL}} (1er appart seule au {{Mourillon}}). Pas de n° de sécu sur le dossier, l'agent le lui demande, elle lit sa carte vitale : [[NIR:2 95 12 83 137 089 55]]. Née à Toulon en [[DATE_NAISSANCE:décembre 95]]. L'agent ([[PERSONNE:Stéphane]]) lui fait créer son compte sur la borne, mail [[EMAIL:manon.lfbvr@outlook.fr]]. Bail {{Toulon Habitat Méditerranée}}, loyer {{486 €}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{la Conception}}, {{10h}}. Je revois la « [[PERSONNE:Comtesse]] » de la maraude d'avant-hier, amenée par les pompiers (chute sur le trottoir). L'agente d'accueil, Mme [[PERSONNE:Benhamou]], cherche le dossier, lit l'écran : « [[PERSONNE:FERRACCI Marie-Josée]], née le [[DATE_NAISSANCE:22/09/1958]] à {{Bastia}} ». Elle fait bien plus que {{66 ans}} 😕 Carte vitale dans le sac ! NIR [[NIR:258092B03311870]]. Droits ouverts, {{C2S}} ok. Elle râle parce qu'on lui a enlevé son manteau.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Marseille}}, ligne aide sociale facultative. Une mère appelle pour une aide cantine : [[PERSONNE:Nadia Bensalem]], adresse [[ADRESSE:bât. B2, résidence Les Lauriers, 13013 Marseille]]. N° alloc pour vérifier le QF : [[N_ALLOCATAIRE:4402718]]. QF {{412}}. 3 enfants à l'école de {{Malpassé}}. L'agent ([[PERSONNE:Thierry]]) lui dit de passer avec l'attestation {{Caf}} de moins de {{3 mois}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Nice}}, {{6h45}}, fin de nuit. L'écoutant fait le bilan : {{62 demandes}} non pourvues dont {{11 familles}}. Il dit que l'été c'est pire, les hôtels reprennent les chambres pour les touristes. Il a l'air épuisé ☕☕",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Aix-en-Provence}}, {{Jas de Bouffan}}. M. [[PERSONNE:Thibault Garnier]], ex-cadre, a monté sa micro-entreprise de coaching : SIRET perso [[IDENTIFIANT:84213577400011]]. Il veut savoir s'il garde l'{{ARE}} ({{ARCE}} ou maintien ?). La conseillère, Mme [[PERSONNE:Roux]], ouvre le simulateur. Identifiant : [[ID_FRANCE_TRAVAIL:7740215 C]]. {{40 min}} d'explications, il prend tout en notes sur un carnet {{Moleskine}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, conseillère de la {{Cpam des Alpes-Maritimes}}. Un assuré veut son attestation de droits. Vérif identité : nom [[PERSONNE:Lucchesi]], prénom [[PERSONNE:Antoine]], né le [[DATE_NAISSANCE:14/07/1961]] à {{Grasse}}, NIR [[NIR:1 61 07 06 069 190 83]]. Envoi par courrier au [[ADRESSE:8 chemin des Chênes, 06130 Grasse]]. « Et par mail ? » → [[EMAIL:a.lucchesi@free.fr]]. Fait en {{4 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de nuit {{Nice}}, {{19h30}}, ouverture des portes, {{48 lits}}. L'agent d'accueil, [[PERSONNE:Moussa]], connaît tout le monde par son prénom. Il appelle : « [[PERSONNE:Ilie]] ! [[PERSONNE:Bogdan]] ! [[PERSONNE:Papy]] ! [[PERSONNE:Karim]] le petit ! [[PERSONNE:Karim]] le grand ! » 😄 [[PERSONNE:Papy]] a {{81 ans}}, dort ici depuis {{2017}}. Il me raconte ses {{40 ans}} à la {{SNCF}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Marseille}}, mairie des {{13/14}}. Mme [[PERSONNE:Hagopian]], {{72 ans}}, refait sa demande de logement social, n° unique [[IDENTIFIANT:0130623104587]]. Elle habite [[ADRESSE:45 boulevard Barry, 13013 Marseille]] chez son fils, l'appart est trop petit (elle dort dans le salon). L'agente, [[PERSONNE:Sonia]], lui dit franchement que l'attente moyenne c'est {{5 ans}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de l'{{Archet}}, {{Nice}}. Je reconnais le nom sur le tableau : [[PERSONNE:BERIDZE]], le monsieur du {{115}} d'hier soir ! Revenu pour son pied, pansement pas refait. L'IOA ([[PERSONNE:Julien]]) soupire : « il lui faut un lit pour guérir, pas les urgences ». Né le [[DATE_NAISSANCE:08/03/1988]] d'après la fiche. Pas de sécu, pas d'{{AME}}. Tel noté : [[TELEPHONE:06 95 03 48 21]], toujours celui du voisin de tente.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Cagnes-sur-Mer}}. L'allocataire vit dans un fourgon aménagé, domiciliée au {{CCAS}} pour le {{RSA}}. La contrôleuse, [[PERSONNE:Agnès Pellegrino]], la rencontre sur le parking de l'{{hippodrome}}. {{Renault Master}} blanc, plaque [[IMMATRICULATION:DZ 448 KM]]. Allocataire : [[PERSONNE:Sandrine Muller]], n° alloc [[N_ALLOCATAIRE:5518203]]. Tout est en ordre, elle bosse un peu en saison ({{Cannes}}, plage privée).",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude {{Médecins du Monde}}, campement sous la bretelle de l'{{A7}}, {{Les Crottes}}. Une quinzaine de tentes, familles roumaines surtout. [[PERSONNE:Costel]] traduit pour les autres. Sa femme, [[PERSONNE:Mariana Caldaras]], est enceinte de {{7 mois}}, aucun suivi. Le Dr [[PERSONNE:Akli]] fait un courrier pour la {{PASS}} mère-enfant de l'{{hôpital Nord}}. [[PERSONNE:Costel]] donne son num [[TELEPHONE:+40 731 224 905]] et celui de son cousin en France, [[TELEPHONE:07 44 18 62 30]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Nice}}, borne + guichet. J'ai compté : {{9 personnes sur 10}} repartent avec un papier à renvoyer par courrier. L'agent : « on fait du tri, pas du traitement ». Un monsieur venu de {{l'Ariane}} en {{tram}} pour rien, son dossier est géré à {{Carros}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rdv tel avec une conseillère {{CEJ}}, agence {{Marseille Capelette}}. Le jeune, [[PERSONNE:Lissandro]], {{20 ans}}, a envoyé ses CV depuis le mail de sa mère, [[EMAIL:sabine.gimenez13@laposte.net]] 😅. ID [[ID_FRANCE_TRAVAIL:0981246R]]. Elle lui propose un job dating {{Décathlon}} {{La Valentine}} jeudi. Il dit ok, elle insiste « jeudi [[PERSONNE:Lissandro]], pas vendredi ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{0h20}}. Une jeune femme, [[PERSONNE:Kenza]], chuchote, elle est enfermée dans les toilettes de la gare {{Saint-Charles}}. Elle sait plus son num par cœur : « zéro sept, soixante-trois... attendez » puis [[TELEPHONE:zéro sept, soixante-trois, douze, quarante, cinquante-huit]]. L'écoutante, [[PERSONNE:Marion]], déclenche l'équipe mobile et reste en ligne {{25 min}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences pédiatriques {{Timone}}, appel d'une maman : son fils [[PERSONNE:Ilyes]] a {{39,8}} depuis hier. L'infirmière ([[PERSONNE:Sophie]]) conseille d'appeler le {{15}} ou de venir. « J'ai pas de voiture et il est minuit. » Elle donne son adresse au cas où : [[ADRESSE:résidence Bellevue, bât. 4, 143 rue Félix Pyat, 13003 Marseille]]. Orientée vers {{SOS Médecins}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile {{CCAS}} de {{Saint-Laurent-du-Var}}. M. [[PERSONNE:Raybaud]], {{67 ans}}, vit dans un cabanon au fond d'un terrain agricole, [[ADRESSE:chemin des Vignasses, parcelle 12, 06700 Saint-Laurent-du-Var]]. Pas d'eau chaude, un poêle. Le travailleur social ([[PERSONNE:Benoît]]) parle de signalement {{ARS}}. Lui refuse : « je suis né ici en [[DATE_NAISSANCE:cinquante-sept]], je mourrai ici ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}}, accueil du {{Merlan}}. [[PERSONNE:Samira Touati]] veut faire verser son {{RSA}} sur le compte de sa sœur [[PERSONNE:Leïla]] (le sien est saisi). L'agent ([[PERSONNE:Franck]]) refuse : le compte doit être à son nom. Elle sort finalement un RIB à son nom d'une autre banque : [[IBAN:11306 00085 12006587431 69]]. N° alloc [[N_ALLOCATAIRE:2290147]]. Changement fait, {{2 mois}} de délai possible.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Boutique solidarité, {{14h}}. Atelier CV dans un coin, {{3 personnes}}. Le reste regarde le match {{OM}}–{{PSG}} en replay. Un bénévole me dit qu'ici « personne a de nom de famille, on se connaît par les prénoms et par les chiens » 🐕",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête {{Cpam}} à domicile (condition de résidence pour la {{C2S}}). L'enquêteur, [[PERSONNE:Marc-Antoine Susini]], chez M. [[PERSONNE:Ouali]], [[ADRESSE:3 impasse des Micocouliers, 83600 Fréjus]]. Il doit prouver plus de {{6 mois}} par an en France. Montre factures {{EDF}} (réf client [[IDENTIFIANT:6004 817 253]]), tickets {{Lidl}}, carnet de santé. Né à {{Casablanca}} en [[DATE_NAISSANCE:avril 81]], NIR au dossier [[NIR:1 81 04 99 350 122 16]]. L'enquêteur photographie les tampons du passeport.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Nice}}, domiciliation à {{Saint-Roch}}. [[PERSONNE:Jeannot]] (celui de la maraude à {{Garibaldi}} !) vient avec {{Kira}} chercher son courrier. Lettre de la {{Caf}} : {{RSA}} suspendu, pas rempli la déclaration trimestrielle. L'agent ([[PERSONNE:Laurent]]) la remplit avec lui. N° alloc [[N_ALLOCATAIRE:6120935]]. Vrai nom : [[PERSONNE:Jean-Pierre Audibert]], né le [[DATE_NAISSANCE:13 juin 1972]] à Nice, n° sécu sur l'attestation : [[NIR:172060608823181]]. Toujours pas de tel, on note celui de la sœur, [[TELEPHONE:06 61 47 02 93]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Marseille Saint-Lazare}}, accueil sans rdv. Un monsieur tend son téléphone : appli bloquée. [[PERSONNE:Mamadou Barry]]. L'agente d'accueil, [[PERSONNE:Priscilla]], réinitialise le mot de passe. Identifiant lu à l'écran : [[ID_FRANCE_TRAVAIL:2267390 M]]. Mail de récupération : [[EMAIL:mamadou.barry.224@gmail.com]]. {{7 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Nord}}, {{17h}}. Homme brûlé à la main (réchaud dans le squat). [[PERSONNE:Wassim Jebali]], {{25 ans}}, de {{Sfax}}, revenu en France il y a {{6 mois}}, sans papiers. Il avait vécu à {{Nice}} comme étudiant et a gardé un n° de sécu : [[NIR:1 99 05 99 351 033 82]]. L'agente admin ([[PERSONNE:Josiane]]) vérifie la ddn, [[DATE_NAISSANCE:17/05/1999]] : ok mais droits fermés. Adresse déclarée (le squat) : [[ADRESSE:62 boulevard National, 13003 Marseille]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude {{Nice}}, parking du {{port Lympia}}. Une femme dort dans sa voiture depuis {{3 semaines}}, {{Clio}} grise [[IMMATRICULATION:ES-209-PX]]. [[PERSONNE:Muriel]], {{58 ans}}, aide-soignante, expulsée de son T2 à {{Riquier}}. Elle veut pas du {{115}} : « je vais pas dormir avec des hommes ». L'éducatrice, [[PERSONNE:Clara]], lui donne les horaires de la {{PASS}} et du {{CCAS}}. [[PERSONNE:Muriel]] donne son mail : [[EMAIL:muriel.p06 [at] hotmail.fr]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Tel {{Caf}} {{Alpes-Maritimes}} : {{17 appels}} écoutés en {{1h30}}. Motifs : 6 {{prime d'activité}}, 4 {{APL}}, 3 trop-perçus, le reste divers. Chaque appel entre {{5 et 12 min}}. La conseillère peut pas rappeler les gens, « tout est en entrant ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Un père de famille syrien, [[PERSONNE:Ahmad Al Hamwi]], {{4 enfants}}. Expulsés hier de chez un marchand de sommeil, « au [[ADRESSE:40 ou 42 rue de Lodi]], je sais plus ». Ce soir chez une compatriote, demain rien. Demande {{SIAO}} déjà faite par l'AS de la {{Maison de la solidarité}}, n° [[IDENTIFIANT:SIAO13-2024-032117]]. Tel du père : [[TELEPHONE:+33 7 66 41 09 82]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}}, accueil {{Marseille 8e}}. M. [[PERSONNE:Dupuy-Lacombe]] vient pour un remboursement de lunettes, il mélange Cpam et mutuelle. Mutuelle {{Harmonie}}, adhérent n° [[IDENTIFIANT:48-7731206]]. L'agent ([[PERSONNE:Abdel]]) lui montre que la Cpam a payé sa part ({{0,09 €}} 🙃), le reste c'est la mutuelle. Il rit jaune.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Pasteur 2}}, samedi {{23h}}. Plein de touristes (chutes de trottinette 🛴). Une famille italienne, l'interprète c'est un infirmier de {{Vintimille}}. Attente affichée {{4h}}. Un monsieur dort sur les chaises, l'agent le laisse : « c'est un habitué, il fait pas de mal ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseiller entreprise, agence {{Antibes}}. Un restaurateur de {{Juan-les-Pins}} veut 3 plongeurs pour la saison. Offre n° {{178QHJW}}. Le patron, M. [[PERSONNE:Lambertucci]], donne son portable [[TELEPHONE:06 03 58 91 26]]. SIRET de la SARL : {{83214556700018}}. Le conseiller ([[PERSONNE:Florian]]) promet 10 profils d'ici vendredi.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Marseille}}, standard. Une dame appelle de {{Lyon}} : son frère vivrait à la rue à Marseille, elle sait pas où. [[PERSONNE:Yann Le Gall]], {{52 ans}}, « né en [[DATE_NAISSANCE:72]] ou [[DATE_NAISSANCE:73]] ». L'agent peut rien dire mais prend ses coordonnées à elle, [[TELEPHONE:04 78 62 19 05]] et [[EMAIL:c.legall.lyon@gmail.com]], pour transmettre aux maraudes.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude jeunes, quartier de la {{Bourse}}. 3 gamins ({{16}}-{{17 ans}}) : « [[PERSONNE:Zizou]] », [[PERSONNE:Amine]] et [[PERSONNE:Walid]]. Ils dorment dans l'escalier d'un parking. L'éduc, [[PERSONNE:Sami]], prend le snap de [[PERSONNE:Zizou]] : [[IDENTIFIANT:@zizou.13013]]. Signalement {{ASE}} demain matin. Ils veulent juste des chaussettes et des {{Kinder}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Mme [[PERSONNE:Nowak]] veut changer son RIB pour ses {{IJ}}, elle lit tout l'IBAN : [[IBAN:FR76 1460 7000 7032 1188 4610 257]]. La conseillère : « non madame, je peux pas par téléphone, passez par votre compte {{Ameli}}, rubrique Mes informations ». Elle insiste, ça dure {{9 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}}, {{Marseille}} {{15e}}, {{La Castellane}}. Contrôleur [[PERSONNE:Fabrice]] + moi. Sur la boîte aux lettres 2 noms : [[PERSONNE:KONÉ]] / [[PERSONNE:TRAORÉ]]. Mme [[PERSONNE:Koné]] dit que M. [[PERSONNE:Traoré]] est son ex, parti depuis un an, le nom est resté. [[ADRESSE:Bât. H, 120 bd Henri Barnier, 13015 Marseille]]. 4 enfants, les jumelles nées le [[DATE_NAISSANCE:1er mars 2012]]. N° alloc [[N_ALLOCATAIRE:7034512]]. Il demande bail, factures, attestation d'école. {{45 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} hommes, {{Nice}}. [[PERSONNE:Ousmane Sow]] a enfin un CDI (plonge à {{Monaco}} !). La CESF, [[PERSONNE:Aurélie]], l'aide avec la banque : IBAN reçu par mail, [[IBAN:FR7630004005120001033487119]]. Elle vérifie que le titre de séjour est bien à jour : n° [[IDENTIFIANT:0600482915]], valable jusqu'en {{2027}}. Il est fier, il montre le contrat à tout le monde.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Timone}}, {{14h}}. Mme [[PERSONNE:Stoica]] (vue au {{CCAS}} {{Belle de Mai}} mardi) accompagne sa fille [[PERSONNE:Denisa]], {{17 ans}}, enceinte, saignements. L'agente admin, [[PERSONNE:Gaëlle]], demande la carte {{C2S}} : pas encore reçue. Ddn de la fille : [[DATE_NAISSANCE:2 janvier 2008]]. IPP créé : [[IDENTIFIANT:P2024 117 5893]]. Envoyées en gynéco directement.",
    ),
]


NOTES_03 = [
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{16h30}}. Appel de l'assistante sociale des urgences de la {{Timone}}, Mme [[PERSONNE:Ortiz]] : un patient sort à {{18h}}, [[PERSONNE:Rachid Amrani]], {{61 ans}}, né le [[DATE_NAISSANCE:1er janvier 1964]], sans domicile. Elle demande une place. Ligne directe de l'AS : [[TELEPHONE:04 91 38 52 17]] poste {{4211}}. L'écoutant : pas de place avant {{22h}}, il pourra rappeler lui-même. « Il a pas de téléphone. » Silence.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Draguignan}}. M. [[PERSONNE:Frédéric Lemoine]] cherche un médecin traitant, le sien est parti à la retraite et personne prend de nouveaux patients. L'agente ([[PERSONNE:Corinne]]) : « on a une liste mais elle date un peu ». Elle tape son NIR : [[NIR:176027511856027]]. Lui : « je suis un titi parisien de [[DATE_NAISSANCE:février 76]], du {{18e}}, et ici y a pas de docteurs ! » 😄",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Pasteur 2}}, {{7h}}. Ramené par la sécurité de l'{{aéroport}} : un homme qui dort au {{terminal 1}} depuis des semaines, « le [[PERSONNE:Pilote]] » (il dit qu'il était steward). Vrai nom sur une vieille carte d'identité : [[PERSONNE:Hervé Castellani]], CNI n° [[IDENTIFIANT:050306201847]], né le [[DATE_NAISSANCE:12.01.1960]]. L'agent admin, [[PERSONNE:Kader]], recopie tout à la main car l'écran a planté.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Cannes La Bocca}}. Saisonnier, [[PERSONNE:Jordan Mercier]], vient déclarer la fin de son contrat au {{Martinez}} (l'hôtel). La conseillère, [[PERSONNE:Delphine]], vérifie l'ID [[ID_FRANCE_TRAVAIL:6619027 T]]. Il a perdu ses fiches de paie, elle lui dit de les demander à l'employeur. Tel : [[TELEPHONE:07 69 14 33 02]]. Il repart en {{septembre}} pour la saison de ski à {{Isola 2000}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude du {{Samu social}} {{Marseille}}, tournée {{Joliette}} → {{Arenc}} → {{Saint-Charles}}. {{23 personnes}} rencontrées, {{14 cafés}}, {{9 soupes}}, {{6 duvets}}. 2 refus de contact. 1 personne emmenée à l'{{UHU}}. Le chauffeur connaît chaque recoin, chaque porche. Fini à {{1h40}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} des {{Bouches-du-Rhône}}. Un monsieur âgé appelle pour son {{ALS}}, il répète sa date de naissance en toutes lettres : « le [[DATE_NAISSANCE:vingt-huit février mille neuf cent quarante-neuf]] ». [[PERSONNE:Vincenzo Esposito]]. Le conseiller ([[PERSONNE:Hugo]]) retrouve le dossier par le nom. C'est sa petite-fille qui gère le mail : [[EMAIL:giulia.esposito arobase yahoo.fr]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Marseille}} {{3e}}. [[PERSONNE:Rachid Amrani]] (celui dont l'AS de la {{Timone}} parlait au {{115}} hier) vient pour une domiciliation. Il a sa lettre de sortie : « né le [[DATE_NAISSANCE:01/01/1964]] à {{Oran}} ». L'agente, [[PERSONNE:Marie-Claude]], lui donne rdv dans {{15 jours}} pour l'entretien. Il demande où dormir ce soir. Elle appelle le 115 devant lui : ça sonne dans le vide.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{06}}. [[PERSONNE:Jean-Baptiste Santoni]], {{35 ans}}, né à {{Ajaccio}}, sort de la maison d'arrêt de {{Nice}} ce matin, rien de préparé. Il lit son n° de sécu sur le papier du {{SPIP}} : [[NIR:1 90 01 2A 004 305 50]]. L'écoutante ([[PERSONNE:Célia]]) le saisit dans le {{SI-SIAO}}. Son conseiller SPIP, M. [[PERSONNE:Hadj-Ali]], tel [[TELEPHONE:04 92 00 47 31]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences {{Pasteur 2}} : {{19 appels}} en une heure, surtout des familles qui cherchent quelqu'un. La secrétaire : « je confirme juste si la personne est là, rien d'autre ». Un pharmacien appelle pour une ordonnance illisible 🙃",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite d'un délégué de l'assurance maladie dans un cabinet infirmier à {{Menton}}, cour avec un vieil {{olivier}}. Le DAM, [[PERSONNE:Olivier Brun]], présente à Mme [[PERSONNE:Carré]] ses stats de facturation comparées à la moyenne du {{département}}. Elle donne son n° {{RPPS}} : [[IDENTIFIANT:10004817265]]. Aucun patient nommé. {{50 min}}, ton cordial mais tendu à la fin.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme tel {{France Travail}} {{PACA}}, {{8h30}}-{{10h}} : {{22 appels}}. Actualisation (9), attestation employeur (5), radiation (3), le reste divers. Musique d'attente en boucle, le conseiller la connaît par cœur et la chantonne entre deux appels 🎵",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude {{Nice}}, sous le pont {{Napoléon III}}. La famille [[PERSONNE:Dumitru]] dort dans une voiture immatriculée en {{Italie}}, [[IMMATRICULATION:FT 392 KB]]. Ils font les allers-retours avec {{Vintimille}}. [[PERSONNE:Nicu]], le père, travaille au marché de {{San Remo}}. L'éducatrice, [[PERSONNE:Anaïs]], propose le {{CCAS}} pour la domiciliation. Tel italien : [[TELEPHONE:+39 347 218 6604]].",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Avignon}}. [[PERSONNE:Théo Vidal]], {{27 ans}}, né à Avignon en [[DATE_NAISSANCE:février 98]], vient pour la {{prime d'activité}} (1er CDI dans un entrepôt). L'agente, [[PERSONNE:Rosa]], demande le NIR, [[NIR:1 98 02 84 007 201 67]], puis le RIB : [[IBAN:FR76 1131 5000 0108 3129 4756 011]]. Mail : [[EMAIL:theo.vidal84@gmail.com]]. Dossier ouvert en {{12 min}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} + service hygiène dans un hôtel meublé de {{Noailles}}, {{Hôtel du Levant}}, {{chambre 9}} : Mme [[PERSONNE:Mdahoma]] et ses 3 enfants dans {{12 m²}}. Cafards, fenêtre qui ferme pas. L'AS, [[PERSONNE:Joëlle]], relance la demande {{SIAO}} n° [[IDENTIFIANT:SIAO13-2022-087604]]. Mme [[PERSONNE:Mdahoma]], née aux {{Comores}} en [[DATE_NAISSANCE:juillet 2001]], montre sa carte vitale : [[NIR:2 01 07 99 397 014 13]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de l'{{Hôpital Européen}}, relève de {{7h}}. L'IOA de nuit, [[PERSONNE:Yannick]], transmet à [[PERSONNE:Sarah]] : « le box 3 c'est un monsieur de la rue, [[PERSONNE:Momo]], tu le connais, laisse-le dormir jusqu'à {{9h}} ». Ils rient de la nuit : 3 bagarres et un accouchement dans le sas 😳",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} familles, {{Marseille}} {{14e}}. Arrivée de [[PERSONNE:Cindy Payet]], {{22 ans}}, née le [[DATE_NAISSANCE:9 avril 2003]] à {{Saint-Denis}} de {{La Réunion}}, avec son bébé [[PERSONNE:Kylian]]. Elle a fui son conjoint. L'éducateur ([[PERSONNE:Romain]]) remplit la fiche : NIR [[NIR:2 03 04 97 411 256 35]], n° alloc [[N_ALLOCATAIRE:8203417]], tel [[TELEPHONE:06 92 41 88 07]] (toujours son num de la Réunion).",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{Marseille Vieux-Port}}. Mme [[PERSONNE:Lacroix]], conseillère, reçoit M. [[PERSONNE:Hamid Chérif]], {{48 ans}}, dos cassé par {{20 ans}} de BTP, reconnu {{RQTH}}. Dossier {{MDPH}} n° [[IDENTIFIANT:MDPH13-2019-44718]]. Elle l'oriente vers {{Cap emploi}}. ID [[ID_FRANCE_TRAVAIL:1478302D]]. Il demande si on peut « être handicapé et travailler quand même ». Oui.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. Un jeune appelle pour une vieille dame qui dort devant la pharmacie de la {{rue de Rome}} : « elle s'appelle [[PERSONNE:Mamie Jo]], tout le monde la connaît, elle tousse fort ». L'écoutant demande son nom à lui : [[PERSONNE:Bilal]], tel [[TELEPHONE:06 50 17 94 62]]. Équipe mobile envoyée.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôles {{Caf}}, {{Nice}}. 1re adresse aux {{Moulins}} : personne, avis de passage. 2e à {{L'Ariane}} : entretien {{35 min}}, rien à signaler. Le contrôleur fait {{4 visites}} par jour, {{80 %}} conformes. « Les gens croient qu'on cherche la petite bête, on vérifie surtout qu'ils touchent ce qu'ils doivent. »",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{La Seyne-sur-Mer}}. Mme [[PERSONNE:Aminata Ndiaye]], née à {{Dakar}} le [[DATE_NAISSANCE:19 janvier 1978]], vient pour renouveler sa {{C2S}}. NIR [[NIR:2 78 01 99 341 062 07]]. Elle montre son titre de séjour, n° [[IDENTIFIANT:8301294756]]. L'agent ([[PERSONNE:Patrick]]) photocopie, {{10 min}}. Elle demande pourquoi chaque année il faut tout redonner.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude de jour, squat dans un ancien hôtel, [[ADRESSE:27 boulevard d'Athènes, 13001 Marseille]]. Une trentaine de personnes. On retrouve [[PERSONNE:Kenza]] (l'appel du {{115}} depuis les toilettes de {{Saint-Charles}} !), elle va mieux. Nouveau num : [[TELEPHONE:07 58 03 26 71]]. Le « responsable » du squat, qu'ils appellent [[PERSONNE:Capitaine]], nous fait visiter. Pas d'électricité au 2e.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques {{Lenval}}, {{16h}}. Ado de {{15 ans}}, [[PERSONNE:Maëlys]], crise d'angoisse au lycée. La mère arrive après, Mme [[PERSONNE:Giraud]]. La secrétaire : ddn de la petite [[DATE_NAISSANCE:24/10/2009]], mutuelle {{Malakoff Humanis}} n° [[IDENTIFIANT:0017245580]], tel mère [[TELEPHONE:06 81 33 70 29]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Nice}}, plan canicule : appels sortants vers les inscrits du registre ({{2 300}} personnes). L'agente a une liste papier, elle coche. {{38 appels}} en {{2h}}, 4 sans réponse → rappel à {{16h}}, sinon visite. Une dame de {{94 ans}} lui chante du {{Tino Rossi}} 🎶",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Nice}}, aide financière exceptionnelle de {{150 €}} accordée à [[PERSONNE:Hadja Bah]] (facture d'eau). Versée par virement : IBAN [[IBAN:FR77 2004 1000 0155 8741 2S03 089]]. L'agent ([[PERSONNE:Christophe]]) vérifie l'adresse, [[ADRESSE:6 rue Dabray, 06000 Nice]], et le n° alloc [[N_ALLOCATAIRE:3391804]]. Commission jeudi, virement sous {{10 jours}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}. [[PERSONNE:Gilbert Roussel]], {{63 ans}}, vit dans son camion depuis sa séparation, garé à {{L'Estaque}}. Camion en panne, fourrière annoncée pour demain. Plaque [[IMMATRICULATION:BN-671-ZA]]. Il demande « juste une place pour le camion » 😅. L'écoutante, [[PERSONNE:Sabrina]] (encore elle), lui donne le num de l'{{Agence régionale}} de la {{Fondation Abbé Pierre}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}, {{Cpam}} des {{Bouches-du-Rhône}}. Un père, [[PERSONNE:Yassine Meziane]], veut rattacher son fils [[PERSONNE:Adam]], né le [[DATE_NAISSANCE:5 mai]], à sa carte. Le conseiller lui demande son NIR : [[NIR:1 86 09 13 215 338 90]] ; lui précise qu'il est né à {{Marseille}}, « dans le {{15e}} », en [[DATE_NAISSANCE:septembre 86]]. Il faut l'acte de naissance, à envoyer par la messagerie {{Ameli}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{La Garde}}. Atelier collectif « {{Réussir son entretien}} », {{8 participants}}, tous plus de {{50 ans}}. L'animatrice fait jouer des entretiens, une dame pleure. À la pause on parle de {{Pôle emploi}} qui a changé de nom : « ils ont changé le nom, pas les délais ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Nice}}. M. [[PERSONNE:Dieudonné Kabongo]], arrivé de {{Bruxelles}}, veut les {{APL}} sur son compte belge : [[IBAN:BE64 0634 4182 7052]]. L'agente ([[PERSONNE:Malika]]) : « pas possible, il faut un compte {{SEPA}}... ah mais la {{Belgique}} c'est SEPA » 🙃 Elle va vérifier avec sa cheffe. N° alloc [[N_ALLOCATAIRE:9045127]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude {{gare Thiers}}, {{21h}}. Signor [[PERSONNE:Bruno]], {{70 ans}}, né à {{Turin}} en [[DATE_NAISSANCE:mars 55]], dort dans le hall jusqu'à la fermeture puis sur un muret de {{pierre}} dehors. Il a une retraite italienne mais sait pas la faire virer ici. Son compte italien sur un vieux papier : [[IBAN:IT54 S030 6910 1000 0004 1275 563]]. Et un n° de sécu français de ses {{15 ans}} de BTP à {{Nice}} : [[NIR:155039912700926]]. Le bénévole, [[PERSONNE:Pierre]], photographie les papiers pour l'AS.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences {{Hôpital Nord}}. Appel de la {{PASS}} à l'IOA : « t'as toujours Mme [[PERSONNE:Caldaras]] ? » (la dame enceinte du campement de l'{{A7}} !). Elle a accouché cette nuit d'une fille, [[PERSONNE:Ionela]], née le [[DATE_NAISSANCE:14 novembre]] à {{4h12}}. L'IOA ([[PERSONNE:Nadège]]) confirme au gars de la PASS, [[PERSONNE:Mourad]], qui passera à {{11h}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Marseille}}, distribution de tickets service. File dès {{7h30}}, ouverture {{8h30}}. {{60 tickets}}, il en manque. Des gens ont dormi dans l'abribus d'en face. Un vigile de la mairie garde la porte. Tension quand c'est fini, à {{10h05}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Marseille}} {{Saint-Barnabé}}. [[PERSONNE:Youssouf Abdallah Madi]] prépare un dossier logement chez {{Logirem}}. L'éducatrice ([[PERSONNE:Émilie]]) lui crée un mail : [[EMAIL:youssouf.madi.2024@gmail.com]]. Réf demandeur Logirem : [[IDENTIFIANT:LGM-0415523]]. Sur son acte comorien : né « vers [[DATE_NAISSANCE:1985]] » — le formulaire en ligne refuse, il faut une date complète 🙄",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant, agence {{Nice Arenas}}. [[PERSONNE:Lucía Fernández]], espagnole, a déménagé : nouvelle adresse [[ADRESSE:15 bd Gambetta, 3e étage, 06000 Nice]]. ID [[ID_FRANCE_TRAVAIL:4483015 Z]]. Elle dicte son mail en espagnol sans faire exprès : « [[EMAIL:lucia punto fernandez arroba gmail punto com]] », le conseiller rigole et corrige.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme {{Caf}}. La conseillère me montre ses {{3 écrans}}. Objectif {{6 min}} par appel, elle raccroche jamais avant la fin même si ça dépasse. Beaucoup de questions sur le {{RSA}} et les {{15 heures}} d'activité. Elle dit « les gens ont peur, ils comprennent pas ce qu'on va leur demander ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Timone}}, {{3h}}. Jeune homme, plaie au bras, amené par la {{BAC}}. Refuse de donner son nom : « mettez [[PERSONNE:Sniper]] » 😑. Les policiers le donnent : [[PERSONNE:Nordine K.]], ddn [[DATE_NAISSANCE:03/12/2005]]. IPP ouvert : [[IDENTIFIANT:8004623190]]. L'IOA garde son calme, moi pas trop.",
    ),
]


NOTES_04 = [
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{06}}, {{20h05}}. [[PERSONNE:Lenuța Rostas]] appelle depuis le poste de la {{PASS}} de {{Pasteur}}. L'écoutant ([[PERSONNE:Gilles]]) la reconnaît : « [[PERSONNE:Lenuța]], encore ? » Elle dort dans un hall d'immeuble à {{Bon Voyage}}, le gardien l'a vue. Tel : toujours celui du cousin, [[TELEPHONE:+40 745 318 226]]. Une place à la {{halte de nuit}}, elle dit qu'elle ira « si [[PERSONNE:Gilles]] promet ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Aix-en-Provence}}. Étudiante, [[PERSONNE:Inès Belhadj]], {{19 ans}}, demande d'{{APL}} pour une coloc au [[ADRESSE:9 rue Cardinale, 13100 Aix-en-Provence]]. L'agent ([[PERSONNE:Jérôme]]) : chaque coloc fait sa propre demande. Ses parents sont allocataires à {{Gap}} (n° [[N_ALLOCATAIRE:0450982]]), elle était rattachée à eux, il faut d'abord la détacher. Elle soupire : « ça fait 3 guichets ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}}, {{Toulon}}. Le contrôleur, [[PERSONNE:Mehdi Saïdi]], chez M. [[PERSONNE:Ferrari]] (« comme la voiture », il dit), [[ADRESSE:résidence Le Ponant, appt 31, 412 avenue de la République, 83000 Toulon]]. Vérif des ressources : {{AAH}} + pension d'invalidité. Dans la cour, sa {{Fiat Panda}}, [[IMMATRICULATION:CR-044-HJ]], qu'il ne peut plus conduire. N° alloc [[N_ALLOCATAIRE:6603148]]. {{40 min}}, ras.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Marseille}}, accueil {{AME}}. [[PERSONNE:Bakary Coulibaly]], né le [[DATE_NAISSANCE:31/12/1990]], présent depuis plus de {{3 mois}} : il a une attestation de l'accueil de jour et une ordonnance de la {{PASS}}. Passeport malien n° [[IDENTIFIANT:AA2307415]]. Domicilié au {{CCAS}}, n° [[IDENTIFIANT:D13-2024-1504]]. L'agente ([[PERSONNE:Hanane]]) : dossier complet, {{2 mois}} d'instruction.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel sortant {{Cpam}} des {{Alpes-Maritimes}}, accident du travail. [[PERSONNE:Joaquim Pereira]], maçon, chute d'échafaudage à {{Grasse}}. Né au {{Portugal}} en [[DATE_NAISSANCE:décembre 74]], NIR [[NIR:1 74 12 99 139 021 31]]. La conseillère, [[PERSONNE:Valérie]], explique que l'employeur ({{Bâti Sud Rénovation}}) a déclaré avec {{5 jours}} de retard, mais ça change rien pour lui. Il dit « merci ma fille » 😊",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Nice}}. [[PERSONNE:Muriel]] (la dame de la {{Clio}} au {{port}}) vient pour une domiciliation et... une aide carburant 😅. L'agente, [[PERSONNE:Stéphanie]] : domiciliation oui, carburant non. Elle donne enfin son nom de famille, [[PERSONNE:Pastorelli]]. Elle garde son ancienne adresse pour les impôts, [[ADRESSE:11 rue Arson, 06300 Nice]], « le temps que ça se tasse ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Marseille}}, {{11h}}. {{8 personnes}} attendent sur des chaises en plastique. Pas de clim, {{33 °C}}. La {{fontaine}} à eau est vide, l'agent court chercher des bouteilles au {{Casino}} d'en face.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{13e}}. Mme [[PERSONNE:Der Sarkissian]] accompagne sa mère, [[PERSONNE:Araxie]], {{88 ans}}, pour une demande d'aide sociale à l'hébergement ({{EHPAD Les Jardins de Sainte-Marthe}}). Mère née à {{Beyrouth}} le [[DATE_NAISSANCE:4 mars 1937]]. L'agent, [[PERSONNE:Didier]], liste les pièces : {{avis d'imposition}}, relevés, obligés alimentaires. Tel de la fille : [[TELEPHONE:06 09 48 27 13]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Nice}}, domiciliation. [[PERSONNE:Nicu Dumitru]] (la famille de la voiture sous le pont) vient avec l'éducatrice de la maraude, [[PERSONNE:Anaïs]]. L'agent refuse d'abord : « le lien avec la commune ? ». [[PERSONNE:Anaïs]] sort {{3 mois}} d'attestations de maraude. Accepté. N° de domiciliation [[IDENTIFIANT:DOM-06088-2025-0312]]. Ils sont 5 : [[PERSONNE:Nicu]], [[PERSONNE:Florina]] et trois enfants.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Aubagne}}, standard. Un homme appelle pour sa mère de {{84 ans}}, coupure {{EDF}} annoncée. Réf client EDF [[IDENTIFIANT:6003 412 578]]. Elle s'appelle [[PERSONNE:Paulette Gueye]], [[ADRESSE:2 lotissement Les Aubépines, 13400 Aubagne]]. La travailleuse sociale de permanence, [[PERSONNE:Valentine]], appelle EDF dans la foulée pour suspendre : ok {{15 jours}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Marseille}}, ligne grand froid. Un commerçant du {{Cours Julien}} signale « un monsieur qui dort devant mon rideau depuis 3 jours, il bouge plus trop ». Pas de nom. L'agent transfère au {{115}} et à la maraude. {{3 min}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, {{CCAS}} de {{Menton}}. Mme [[PERSONNE:Ciais]], {{79 ans}}, appartement rempli de journaux jusqu'au plafond, [[ADRESSE:4 rue Longue, 06500 Menton]]. Son neveu, [[PERSONNE:Laurent Ciais]], est là : tel [[TELEPHONE:06 22 71 05 48]]. L'AS ([[PERSONNE:Maryse]]) parle d'une mesure de protection, le neveu est d'accord. Le chat {{Minou}} nous suit partout.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} {{Vitrolles}}, évaluation pour une aide au déménagement. Mme [[PERSONNE:Ben Salah]] fait des ménages en auto-entrepreneuse, SIRET [[IDENTIFIANT:91027346500013]]. Nouveau logement chez {{13 Habitat}}, loyer {{612 €}}. L'AS, [[PERSONNE:Farid]], monte le dossier {{FSL}} sur la table de la cuisine, les enfants font leurs devoirs à côté.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Pasteur 2}}, {{15h}}. Le « [[PERSONNE:Pilote]] » est revenu, 3e fois cette semaine d'après l'IOA. Bronchite cette fois. L'IOA ([[PERSONNE:Fanny]]) appelle la {{PASS}}. À l'écran : [[PERSONNE:CASTELLANI Hervé]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Nord}}. Monsieur âgé arrivé seul en taxi de {{Vitrolles}}, M. [[PERSONNE:Lambert]], {{82 ans}}, désorienté, ne sait plus son adresse. Dans le portefeuille : carte de mutuelle n° [[IDENTIFIANT:MF 0042871-3]] et un papier « [[ADRESSE:résidence Les Cigales, appt 12, 13127 Vitrolles]] ». L'agente, [[PERSONNE:Zohra]], finit par joindre sa fille au [[TELEPHONE:04 42 79 18 63]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{la Conception}}, dimanche {{18h}}. Un pigeon dans le sas 😂, l'agent de sécu le fait sortir avec un carton. {{41 patients}} en attente. Personne rit vraiment.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences {{Hôpital Nord}}. Le {{15}} annonce un patient : « homme, {{40 ans}} environ, trouvé au {{parc François Billoux}}, hypothermie, se fait appeler [[PERSONNE:Rasta]] ». L'IOA : « ah [[PERSONNE:Rasta]], il vient souvent ». Dans le dossier : [[PERSONNE:Didier Lubin]], ddn [[DATE_NAISSANCE:21/06/1984]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences {{Timone}}, ligne de l'accueil : {{11 appels}} en {{30 min}}, dont 3 « c'est combien d'attente ? ». Réponse : « on peut pas dire ». Une dame menace d'appeler {{BFM}} 😅",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour à {{Saint-Roch}}, {{Nice}}, {{10h}}. Les casiers ont des numéros, pas de noms. [[PERSONNE:Jeannot]] range ses papiers dans le {{17}}. L'intervenante, [[PERSONNE:Élodie]], l'aide à créer un mail pour la {{Caf}} : [[EMAIL:jp.audibert06@gmail.com]]. {{Kira}} attend dehors (pas de chiens).",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Toulon}}, entretien d'admission. [[PERSONNE:Sébastien Morel]], sortant de cure, {{46 ans}}, ddn [[DATE_NAISSANCE:7 juillet 1979]]. L'éducateur ([[PERSONNE:Gaël]]) lui explique le règlement : pas d'alcool, retour {{22h}}. Mail pour les papiers : [[EMAIL:seb.morel83@hotmail.com]]. Il signe sans lire.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour, {{Marseille}}. {{11h30}} repas, {{120 couverts}}. Le cuisinier est un ancien usager. Pas de porc, 2 menus. La télé passe {{France 3}} sans le son.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{21h}}, {{115}}. [[PERSONNE:Djibril]] rappelle. Cette fois il donne son nom complet : [[PERSONNE:Djibril Camara]], né le [[DATE_NAISSANCE:15/08/1993]] à {{Nice}}, « je suis pas d'ici hein ». Il lit son n° sur la carte vitale : [[NIR:1 93 08 06 088 512 64]]. L'écoutante met à jour la fiche. Pas de place ce soir.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{06}}. [[PERSONNE:Gisèle]], {{71 ans}}, expulsion demain {{9h}} de son appartement, [[ADRESSE:8 avenue Saint-Lambert, 06100 Nice]]. Elle a pas fait ses cartons. L'écoutante, [[PERSONNE:Célia]], lui dit d'appeler aussi le {{CCAS}} dès l'ouverture. Fixe : [[TELEPHONE:04 93 84 27 90]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Marseille}}, formation d'un nouvel écoutant en double écoute. Règle : on note le prénom et ce que dit la personne, sans juger. Il a {{23 ans}}, c'est son 2e jour, il serre le stylo très fort.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude {{Vieux-Port}}. « le [[PERSONNE:Ch'ti]] » est là mais sans {{Sultan}} : la fourrière l'a pris 😢. Il a le récépissé de la fourrière animale à son nom, [[PERSONNE:Kévin Delcourt]], dossier n° [[IDENTIFIANT:FA13-25-00418]]. L'éduc, [[PERSONNE:Yasmine]], appellera demain à {{9h}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude sous la {{voie Mathis}}, {{Nice}} : 4 tentes. Un couple géorgien, [[PERSONNE:Nino]] et [[PERSONNE:Levan]], demande d'asile en cours, ils touchent l'{{ADA}}. Attestation de demande d'asile n° [[IDENTIFIANT:0699458120]]. L'éduc [[PERSONNE:Mathis]] rigole : « c'est ma voie ». On leur laisse 2 duvets.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude {{Marseille}} {{8e}}, parking de la plage du {{Prado}}. Un homme et son fils dans un {{Kangoo}}, plaque [[IMMATRICULATION:eh-812-vp]] (je l'ai notée en minuscules). [[PERSONNE:Anthony]], {{45 ans}}, bosse de nuit sur le port. Le fils va au collège le matin, se douche au club de foot. Ils veulent rien, juste « pas qu'on nous prenne le petit ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Marseille Joliette}}. [[PERSONNE:Souleymane Bangoura]], {{31 ans}}, titre de séjour salarié n° [[IDENTIFIANT:1303957842]], veut une formation cariste ({{CACES}}). Le conseiller ([[PERSONNE:Antoine]]) trouve une session en {{janvier}} à {{Vitrolles}}. ID [[ID_FRANCE_TRAVAIL:8847120 E]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Nice Ouest}}, salle d'attente. L'écran fait défiler des offres, 2 bornes dont une HS. {{14h}}-{{16h}} : {{23 passages}}. L'agente d'accueil dit bonjour 23 fois avec le sourire, chapeau.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseillère de l'agence d'{{Aubagne}} appelle Mme [[PERSONNE:Okafor]] pour une offre d'ASH en {{EHPAD}}, offre n° {{182KLMP}}. ID [[ID_FRANCE_TRAVAIL:3092561 W]]. Elle a changé de num, donne le nouveau : [[TELEPHONE:07 49 30 12 86]]. Entretien demain {{10h}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} du {{Var}}. Allocataire en pleurs : trop-perçu de {{2 340 €}}. [[PERSONNE:Océane Fabre]], n° [[N_ALLOCATAIRE:5127094]]. Le conseiller propose un échéancier à {{50 €}} par mois, envoie la confirmation à [[EMAIL:oceane.fabre@sfr.fr]]. Elle dit « je vais la garder toute ma vie cette dette ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Cannes}}. Mme [[PERSONNE:Laure Bianchi]], née à Cannes le [[DATE_NAISSANCE:17 août 1983]], déclare sa grossesse en retard (5e mois). NIR [[NIR:2 83 08 06 029 146 21]]. L'agente, [[PERSONNE:Nadia]], la rassure : les droits sont ouverts, juste faire vite pour les examens.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Une femme appelle pour le capital décès de son père, [[PERSONNE:Gérard Pons]], né le [[DATE_NAISSANCE:3 mars 1950]]. Elle, c'est [[PERSONNE:Sylvie]], avocate, elle donne son mail : [[EMAIL:sylvie.pons.avocat [at] orange.fr]]. Le conseiller explique qu'il faut avoir été à charge. Elle raccroche sèchement.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt maladie à domicile, {{Marseille}} {{9e}}. M. [[PERSONNE:Tran]] est là, en pyjama, lombalgie. [[ADRESSE:56 boulevard de la Pugette, 13009 Marseille]]. L'agente ([[PERSONNE:Isabelle]]) vérifie son identité : carte d'identité n° [[IDENTIFIANT:X4RT72K19]]. {{5 min}} en tout.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Marseille}}, espace libre-service : {{4 ordis}}, un médiateur numérique en {{service civique}}. Une dame ne sait pas ce qu'est un « identifiant ». On passe {{20 min}} à retrouver son mot de passe. Elle : « avant on venait, on parlait à quelqu'un ».",
    ),
]


NOTES_05 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Marseille Nord}}, ticket {{C04}}. M. et Mme [[PERSONNE:Yilmaz]] déclarent la naissance de leur 3e, [[PERSONNE:Elif]], née le [[DATE_NAISSANCE:28/09]]. Ils changent aussi de compte : IBAN [[IBAN:FR76 1027 8089 0000 0205 1770 421]]. N° alloc [[N_ALLOCATAIRE:2758140]]. L'agente ([[PERSONNE:Mireille]], encore elle) fait tout d'un coup, {{9 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Toulon}}. Rdv à {{10h20}}, reçus à {{10h48}}. Guichet {{4}} fermé (agent malade). L'écran annonce « temps d'attente estimé : {{15 min}} » depuis {{40 min}} 🙃",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} des {{Alpes-Maritimes}}. Mme [[PERSONNE:Guglielmi]] appelle pour sa fille majeure, [[PERSONNE:Chiara]], née le [[DATE_NAISSANCE:02/06/2005]], demande d'{{AAH}}. N° alloc [[N_ALLOCATAIRE:4810263]]. Le dossier {{MDPH}} ([[IDENTIFIANT:06-2023-MDPH-018342]]) est validé mais la Caf a rien reçu. Le conseiller : « on attend la notification, je peux rien faire avant ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}}, ligne des {{Bouches-du-Rhône}}. [[PERSONNE:Karim Boudjemaa]], n° alloc [[N_ALLOCATAIRE:1093675]], sa prime a été versée sur un compte fermé. Le conseiller lit le RIB enregistré : [[IBAN:FR06 3000 2028 4100 0007 8413 K54]]. Lui : « c'est le {{LCL}}, je l'ai fermé en mars ! ». Le virement va revenir, {{3 semaines}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} aux {{Olives}} ({{Marseille}} {{13e}}). Mme [[PERSONNE:Randriamanana]] déclare une colocation avec une amie. Contrôleuse : [[PERSONNE:Sylvie Marchetti]]. [[ADRESSE:15 traverse des Olives, 13013 Marseille]]. 2 chambres, 2 noms sur la boîte, 2 frigos 😄. N° alloc [[N_ALLOCATAIRE:3820416]]. Conforme.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} annulé : la personne a appelé, elle est hospitalisée. Le contrôleur recale. On passe l'après-midi au bureau, il me montre la trame de rapport ({{12 pages}}). Il fait environ {{150 contrôles}} par an.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Nice}}. Mme [[PERSONNE:Adeyemi]], nigériane, vient pour la carte vitale de sa fille [[PERSONNE:Blessing]], née en [[DATE_NAISSANCE:2015]]. Récépissé de titre de séjour n° [[IDENTIFIANT:0600771324]]. L'agent ([[PERSONNE:Jean-Luc]]) : la petite doit être rattachée d'abord, formulaire {{S1106}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Marseille}} {{3e}}. [[PERSONNE:Amel Kacimi]], née dans le 3e en [[DATE_NAISSANCE:mars 87]], vient pour une pension d'invalidité. NIR [[NIR:2 87 03 13 203 412 84]]. L'agente lui explique les catégories, elle comprend rien, moi non plus.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. [[PERSONNE:Franck Delmas]] veut vérifier où partent ses remboursements. Il lit son IBAN pour comparer : [[IBAN:FR76 4255 9100 0008 0112 8473 674]]. C'est le bon. Le problème c'était la mutuelle. {{7 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail, {{Nice}}, {{Saint-Isidore}}. M. [[PERSONNE:Kowalski]] absent, la voisine : « il est au chantier » 😬. L'agent, [[PERSONNE:Hervé]], photographie la boîte aux lettres, [[ADRESSE:233 route de Grenoble, 06200 Nice]]. Le camion de l'entreprise est pas là (plaque relevée la dernière fois : [[IMMATRICULATION:GL-904-RB]]).",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de la {{Belle de Mai}}. Mme [[PERSONNE:Stoica]] revient (3e fois que je la croise : CCAS, urgences, ici). Courrier : la {{C2S}} est accordée ! L'agente, [[PERSONNE:Nathalie]], lui lit la lettre. N° de domiciliation [[IDENTIFIANT:D13-2024-0871]]. Elle serre la main de tout le monde.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Nice}}. [[PERSONNE:Hervé Castellani]] (le « [[PERSONNE:Pilote]] » !) vient pour une domiciliation, envoyé par la {{PASS}}. Pièce d'identité : sa vieille CNI n° [[IDENTIFIANT:050306201847]], expirée mais acceptée. Il parle de ses années {{Air Inter}} ✈️",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{La Ciotat}}. Un ancien des chantiers navals vient pour des colis de la {{Banque alimentaire}}. {{30 ans}} de soudure, une retraite de {{1 100 €}}, un loyer de {{680}}. Il a honte, parle tout bas. L'agente lui parle tout bas aussi.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Marseille}} {{15e}}, aide à l'énergie. Mme [[PERSONNE:Bouzid]], facture {{Engie}} impayée, réf client [[IDENTIFIANT:EN-0079812354]]. Elle habite [[ADRESSE:bât. A, 7 rue de Lyon, 13015 Marseille]]. L'agent ([[PERSONNE:Yacine]]) monte un dossier {{FSL}} énergie, {{300 €}} max.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Nice}}. Une pharmacienne de {{Libération}} appelle : un client habituel, M. [[PERSONNE:Barale]], n'est pas venu chercher son traitement depuis {{10 jours}}. Elle donne son adresse, [[ADRESSE:3 rue Clément Roassal, 06000 Nice]]. L'agente, [[PERSONNE:Sandrine]], déclenche une visite pour demain.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Marseille}}. [[PERSONNE:Lucien]] appelle pour son pote « [[PERSONNE:Gros Loulou]] » qui dort sous l'autopont de {{Plombières}} et qui tousse. [[PERSONNE:Lucien]] laisse son num : [[TELEPHONE:06 31 77 20 45]]. L'agent transmet à la maraude.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}} {{Marseille}} {{14e}}. Famille [[PERSONNE:Mohamed Soilihi]], 9 personnes dans un T3, [[ADRESSE:bât. 12, 4 avenue Salvador Allende, 13014 Marseille]]. L'AS, [[PERSONNE:Cathy]], compte les matelas (7). N° alloc [[N_ALLOCATAIRE:6612084]]. Demande de mutation chez le bailleur depuis {{2018}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, {{CCAS}} d'{{Antibes}}. Monsieur [[PERSONNE:Vincent]], {{91 ans}}, ancien marin, vit seul, ses enfants sont à {{Paris}}. Sa fille [[PERSONNE:Dominique]] a laissé son mail sur le frigo : [[EMAIL:dominique.vincent@wanadoo.fr]]. L'agente propose le {{portage de repas}}. Il dit oui pour le poisson, non pour le reste 😄",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Nord}}. « [[PERSONNE:Tonton]] » ! ([[PERSONNE:Ali Mesbah]], du {{115}} et du {{CCAS}}). Crise d'asthme. IPP déjà existant : [[IDENTIFIANT:8003319025]]. L'agente, [[PERSONNE:Josiane]], met à jour le tel : toujours celui du pote, [[TELEPHONE:07 53 21 88 40]]. Il dit qu'il dort à l'{{UHU}} maintenant.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de l'{{Archet}}. Étudiante chinoise, [[PERSONNE:ZHANG Li]], chute à vélo. Passeport n° [[IDENTIFIANT:EJ4729183]], assurance étudiante. L'interprète c'est une copine en visio. L'agente, [[PERSONNE:Mélanie]], épelle tout deux fois.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de l'{{Hôpital Européen}}, une heure à l'accueil. Je compte {{7 langues}}. Le traducteur c'est {{Google Traduction}} sur le tel de l'IOA.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences {{Pasteur 2}}. La police appelle pour savoir si [[PERSONNE:Karim Ouazzani]] est là (disparition signalée par sa mère). La secrétaire, [[PERSONNE:Véro]], refuse sans réquisition. Le policier donne son matricule, RIO [[IDENTIFIANT:0458127]], et rappellera.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Nice}}. [[PERSONNE:Ousmane Sow]] (le CDI à {{Monaco}}) part en résidence sociale : foyer {{Adoma}}, [[ADRESSE:18 boulevard de l'Ariane, 06300 Nice]], {{chambre 14}}. La CESF ([[PERSONNE:Aurélie]]) fait l'état des lieux avec lui. Pot de départ à {{17h}}, jus d'orange et gâteau.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour {{Marseille}}, bagagerie : chaque sac a un ticket. [[PERSONNE:Mamie Jo]] a son caddie ici depuis {{2 ans}}. La bénévole, [[PERSONNE:Colette]], dit que son vrai prénom c'est [[PERSONNE:Joséphine]], « mais personne l'appelle comme ça ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} femmes {{Marseille}}. [[PERSONNE:Kenza]] est admise ! (le {{115}} des toilettes, le squat). Entretien avec [[PERSONNE:Linda]]. [[PERSONNE:Kenza Hamidi]], née le [[DATE_NAISSANCE:11 février 2004]]. Elle donne son snap, [[IDENTIFIANT:@kenza.mrs]], et demande que personne dise à son père qu'elle est là.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Marseille}}. [[PERSONNE:Mohammad Ali Rahimi]], afghan, appelle avec un interprète dari en conférence à trois. Attestation de demande d'asile, n° étranger [[IDENTIFIANT:1302598774]]. Il dort dans le hall de la gare depuis {{5 nuits}}. Tel : [[TELEPHONE:07 53 88 14 02]]. Orienté vers le {{CADA}}... complet.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Nice}}, {{23h50}}. [[PERSONNE:Jess]] (le couple sous la tente à {{Lenval}}) appelle seule : [[PERSONNE:Kamel]] l'a frappée. Elle a rechargé son tel, [[TELEPHONE:07 81 20 36 54]]. L'écoutant lui donne le {{3919}} et fait une mise à l'abri : {{Ibis budget}} {{Nice Aéroport}}, {{chambre 306}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Marseille}}, tableau des places à {{18h}} : 3 places hommes, 0 femme, 1 famille. {{212 appels}} depuis le matin. L'écoutante efface le tableau et réécrit les mêmes chiffres.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude {{Saint-Charles}}, les escaliers. [[PERSONNE:Djibril]] est là, jambe bandée. Il a un nouveau tel, acheté {{15 €}} chez {{Cash Converters}} : [[TELEPHONE:06 44 92 18 37]]. On lui rappelle le rdv {{PASS}} de jeudi. Il demande des nouvelles de « l'autre dame de l'autre soir » (la [[PERSONNE:Comtesse]]).",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude {{Nice}}, {{Libération}}. Un camping-car immatriculé en {{Allemagne}}, [[IMMATRICULATION:M-KL 4821]] : un couple de retraités, [[PERSONNE:Helmut]] et [[PERSONNE:Ingrid]], qui vivent dedans depuis la perte de leur logement à {{Munich}}. Ils parlent bien français. Retraite allemande de {{900 €}} à deux.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude {{13e}}. Personne au point habituel sous le pont de {{Frais Vallon}}. Couvertures abandonnées, un sac d'école. L'équipe note « passage sans contact » et repart.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Martigues}}. [[PERSONNE:Rémi Aubert]], {{57 ans}}, licencié d'un sous-traitant de la raffinerie de {{Lavéra}}. La conseillère, [[PERSONNE:Fatiha]], explique le {{CSP}}. ID [[ID_FRANCE_TRAVAIL:5901347J]]. Mail : [[EMAIL:remi.aubert13500@gmail.com]]. Il répète « à 57 ans qui va me prendre ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Menton}}. [[PERSONNE:Giulia Russo]], italienne, veut s'inscrire. Née le [[DATE_NAISSANCE:12 mai 1990]] à {{Milan}}, codice fiscale [[IDENTIFIANT:RSSGLI90E52F205P]]. ID attribué : [[ID_FRANCE_TRAVAIL:2750681 P]]. Le conseiller galère avec le formulaire, pas de case pour un code fiscal italien.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel sortant, agence d'{{Hyères}}. La conseillère appelle [[PERSONNE:Dylan Roche]] pour un rdv manqué, risque de radiation. Pas de réponse, elle essaie le num de sa mère noté au dossier, [[TELEPHONE:04 94 35 60 18]]. ID [[ID_FRANCE_TRAVAIL:6051893 N]]. La mère : « il dort, je lui dis ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}} depuis l'accueil du {{CCAS}} avec un usager (haut-parleur). {{18 min}} d'attente, puis coupé. On rappelle, {{11 min}}, ça passe. La conseillère règle l'actualisation en {{2 min}}.",
    ),
]


NOTES_06 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Nice}}. [[PERSONNE:Yanis Moreau]], chauffeur {{VTC}} en micro-entreprise, revenus en dents de scie. Pour justifier, il montre la carte grise de la {{Toyota}} : [[IMMATRICULATION:GA-215-NE]]. L'agente dit que c'est pas ce qu'on lui demande 😅, il faut le chiffre d'affaires par trimestre. N° alloc [[N_ALLOCATAIRE:8530217]].",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Marseille}}. Mme [[PERSONNE:Lamia Hadjadj]], née à {{Constantine}} en [[DATE_NAISSANCE:octobre 1990]], séparée, demande l'{{ASF}}. NIR [[NIR:290109935218877]]. L'agent, [[PERSONNE:Benjamin]], lui demande le jugement du {{JAF}} : elle a le n° RG, [[IDENTIFIANT:24/03117]], mais pas la copie. Reviendra.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Avignon}}, ouverture. File de {{25 personnes}} sous la pluie. L'agent de sécu fait entrer d'abord les femmes avec poussette. Quelqu'un derrière moi : « c'est pire qu'à la préfecture ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Aubagne}}. [[PERSONNE:Jonathan Sitbon]] veut que son {{APL}} soit versée directement à son propriétaire, M. [[PERSONNE:Isnard]], qui a envoyé son RIB : [[IBAN:FR82 2004 1010 0804 1258 7C07 7]]. L'agente, [[PERSONNE:Carole]], explique le tiers payant, il faut l'attestation de loyer signée par le proprio. {{15 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} {{13}}. [[PERSONNE:Fatima Zahra El Amrani]] donne son n° allocataire à voix haute : « [[N_ALLOCATAIRE:zéro six douze cinq quatre-vingt-dix-huit]] ». La conseillère croit d'abord que c'est un num de portable 😅. Question sur la {{prime de rentrée}}... c'est l'{{ARS}}, versée en {{août}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{La Trinité}}. M. [[PERSONNE:Giaume]] déclare vivre seul, [[ADRESSE:27 route de Laghet, 06340 La Trinité]]. Dans le garage : un scooter [[IMMATRICULATION:FB-730-KS]] et une voiture [[IMMATRICULATION:DF-118-WC]], au nom de Mme [[PERSONNE:Rinaldi]], « une amie ». Le contrôleur, [[PERSONNE:Richard]], demande s'il peut voir la chambre. Silence gêné. Rapport à faire.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Hyères}}. [[PERSONNE:Nicolas Ferrand]], né ici en [[DATE_NAISSANCE:juin 85]], NIR [[NIR:1 85 06 83 069 042 64]], demande une carte vitale pour son fils de {{12 ans}}. L'agent lui fait créer le compte {{Ameli}} du petit, mail du père : [[EMAIL:nico.ferrand83@gmail.com]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Marseille}}, accueil sur rdv. J'observe la borne de prise de rdv : {{4 créneaux}} aujourd'hui, 3 demain. Une dame âgée abandonne, dit qu'elle reviendra avec sa petite-fille.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} d'{{Antibes}}. M. [[PERSONNE:Rakotomalala]], retraité, ddn [[DATE_NAISSANCE:30/04/1952]], veut une carte européenne pour un voyage à {{Madagascar}}. L'agente, [[PERSONNE:Sophie]], explique que ça marche qu'en {{Europe}}. Il rit : « alors je reste à Antibes ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Mme [[PERSONNE:Lefèvre]] veut être rappelée par un conseiller spécialisé, laisse son num : [[TELEPHONE:06 85 12 47 93]]. Elle en profite pour redonner son IBAN : [[IBAN:FR76 1751 5900 0008 4512 3617 074]]. Le conseiller : « c'est déjà celui-là madame ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt maladie à {{Toulon}}. Présente, {{3 min}}, rien à dire. L'agent m'explique que la plupart de ses visites sont des contre-visites demandées par les employeurs.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Marseille}}. « [[PERSONNE:Zizou]] » (la maraude jeunes) est là avec son éduc de l'{{ASE}}, [[PERSONNE:Sami]]. Dans le dossier il a un vrai nom : [[PERSONNE:Zinedine Hamdi]] 😄, né le [[DATE_NAISSANCE:09/03/2008]]. Il vient pour une carte de transport {{RTM}} solidaire.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Nice}}, {{Les Moulins}}. [[PERSONNE:Aïcha Benyahia]] (la maman du {{115}}, hôtel {{B&B}}) demande des bons alimentaires. Toujours à l'hôtel, {{chambre 214}}, ça fait {{5 semaines}}. L'agent ([[PERSONNE:Olivier]]) vérifie le n° alloc, [[N_ALLOCATAIRE:7710432]]. Nouveau tel : [[TELEPHONE:07 66 20 51 94]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Toulon}}, permanence de l'écrivain public (bénévole). {{5 personnes}} en {{2h}}. Lettres au bailleur, à la préfecture, une lettre d'amour (si si). Il écrit à la main puis tape sur un vieux {{Dell}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Épicerie sociale du {{CCAS}}, {{Saint-Mauront}}. Mme [[PERSONNE:Tran Thi Hoa]], carte d'accès n° [[IDENTIFIANT:ES-13-004172]]. Panier à {{3 €}} : pâtes, lait, sauce tomate, un melon. La bénévole, [[PERSONNE:Gisèle]], lui garde des herbes fraîches d'habitude.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Cannes}}. [[PERSONNE:Moktar Ben Amor]] appelle pour sa demande de logement d'urgence. L'agente vérifie l'identité : ddn [[DATE_NAISSANCE:12 février 1959]], NIR [[NIR:159029935107611]]. Elle envoie le récap par mail : [[EMAIL:benamor.moktar@yahoo.fr]]. Rien de neuf, « on vous appelle dès qu'il y a quelque chose ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Marseille}}, standard, {{8h30}}-{{9h}} : {{14 appels}}. Surtout des horaires et des « c'est où ? ». L'agente a un plan du métro scotché à côté de l'écran.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite {{CCAS}}. Mme [[PERSONNE:Mdahoma]] a quitté l'hôtel meublé pour un appartement relais, [[ADRESSE:5 rue Jean Roque, 13001 Marseille]]. L'AS, [[PERSONNE:Joëlle]], apporte un kit vaisselle. Les enfants courent dans les pièces vides en criant, c'est l'écho qui les fait rire.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Pasteur 2}}. [[PERSONNE:Jeannot]] arrivé par les pompiers, mordu par un autre chien. {{Kira}} attachée dehors, l'agent de sécu lui apporte de l'eau. Dossier : [[PERSONNE:AUDIBERT Jean-Pierre]], né le [[DATE_NAISSANCE:13/06/1972]]. On appelle la sœur au [[TELEPHONE:06 61 47 02 93]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Timone}}. Femme enceinte sans suivi, [[PERSONNE:Esther Mbuyi]], amenée par une voisine dont la voiture est restée sur la dépose-minute. L'agent de sécu note la plaque, [[IMMATRICULATION:FX-561-AA]], et va la chercher. La voisine, Mme [[PERSONNE:Ngo]]... non, [[PERSONNE:Ngo Mbida]], « pardon pardon ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Hôpital Nord}}, {{midi}}. Les plateaux repas arrivent pour les patients des couloirs, il en manque 4. L'aide-soignante partage les siens.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences de l'{{Archet}}. Un médecin traitant annonce un patient : « je vous envoie M. [[PERSONNE:Pellegrini]], {{84 ans}}, suspicion d'AVC ». L'IOA prend le num du cabinet du Dr [[PERSONNE:Ghanem]] : [[TELEPHONE:04 93 62 18 55]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour {{Nice}}. [[PERSONNE:Helmut]] et [[PERSONNE:Ingrid]] viennent pour la douche. [[PERSONNE:Ingrid]] demande de l'aide pour écrire à la {{Deutsche Rentenversicherung}}, son n° d'assurée allemand : [[IDENTIFIANT:12 180347 R 503]]. L'intervenante parle pas allemand, on fait avec un traducteur en ligne.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Toulon}}. [[PERSONNE:Sébastien Morel]] (admis la semaine dernière) a trouvé de l'intérim. L'éducateur, [[PERSONNE:Gaël]], lui fait mettre à jour son espace {{France Travail}}, ID [[ID_FRANCE_TRAVAIL:7203648 S]]. Il commence lundi {{6h}} chez un transporteur.",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} {{Marseille}}, réunion d'équipe. On parle des « sorties sèches » de prison et d'hôpital. {{4 cas}} ce mois. Personne cite de nom, juste « le monsieur de la {{Timone}} », « le jeune de {{Luynes}} ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Nice}}. [[PERSONNE:Giorgi]] (le pied bandé) rappelle, cette fois de son propre tel : [[TELEPHONE:07 51 83 29 46]]. L'écoutante lui confirme une place en {{LHSS}} à {{Cagnes}} demain {{10h}}. Il dit « merci madame » en français, c'est nouveau.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Marseille}}. « [[PERSONNE:Gros Loulou]] » appelle lui-même, du tel de [[PERSONNE:Lucien]] ([[TELEPHONE:06 31 77 20 45]]). Vrai nom : [[PERSONNE:Louis Santucci]], {{59 ans}}, « du [[DATE_NAISSANCE:9/9/66]] ». Il tousse toujours. L'écoutant l'oriente vers la {{PASS}} et lui réserve un lit pour demain.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{3h}}. Appels rares. Un monsieur appelle juste pour parler, {{20 min}}. L'écoutant le laisse faire. « Ça fait partie du job. »",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude {{Prado}}. [[PERSONNE:Anthony]] et son fils ont dû partir : la police municipale a verbalisé le {{Kangoo}} ([[IMMATRICULATION:EH-812-VP]], cette fois en majuscules sur le PV qu'il nous montre). Il se gare maintenant à {{Bonneveine}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude sous la {{voie Mathis}}. [[PERSONNE:Nino]] est hospitalisée à l'{{Archet}}, [[PERSONNE:Levan]] est seul. Il nous montre une lettre de l'{{OFPRA}} : convocation, dossier n° [[IDENTIFIANT:2401187235]]. On lui explique le trajet en tram.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Draguignan}}. Mme [[PERSONNE:Benoît]], ID [[ID_FRANCE_TRAVAIL:9016254 A]], demande l'aide à la mobilité pour réparer sa {{Twingo}} ([[IMMATRICULATION:AR-492-TF]]) : sans voiture pas de boulot, {{30 km}} par jour. Le conseiller accepte {{450 €}} sur devis.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Marseille}} {{Saint-Antoine}}. [[PERSONNE:Adam Ishag]], soudanais, {{23 ans}}, réfugié. Le conseiller, [[PERSONNE:Nabil]], parle arabe avec lui. Carte de résident n° [[IDENTIFIANT:1303380196]]. ID [[ID_FRANCE_TRAVAIL:4720315 L]]. Mail créé sur place : [[EMAIL:adam.ishag.sd@gmail.com]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Aix-en-Provence}}, forum des saisonniers. {{40 employeurs}}, {{600 visiteurs}} annoncés. Les campings de la {{Côte Bleue}} recrutent à tour de bras. Un stand « {{Les Saintes-Maries}} » a plus de CV que de postes.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseillère de {{Nice Arenas}} appelle [[PERSONNE:Lucía Fernández]] : entretien au {{Negresco}} jeudi ! ID [[ID_FRANCE_TRAVAIL:4483015 Z]]. [[PERSONNE:Lucía]] crie de joie, la conseillère éloigne le combiné 😂",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant, agence de {{Toulon}}. [[PERSONNE:Noah Pinto]] a pas reçu ses convocations : le mail enregistré c'est [[EMAIL:noah.pinto@protonmail.com]], il les trouve dans ses spams. Le conseiller : « ça arrive tous les jours ».",
    ),
]


NOTES_07 = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Marseille}}, guichet 2, agent : [[PERSONNE:Rodolphe]].\n- {{9h02}} dame, {{APL}}, manque une quittance\n- {{9h15}} M. [[PERSONNE:Abitbol]], changement de RIB → [[IBAN:FR76 1130 6000 3081 2456 9021 228]]\n- {{9h31}} jeune de {{22 ans}}, demande de {{RSA}}, refusé (moins de 25)\n- {{9h50}} Mme [[PERSONNE:Diop]], déclaration de situation, n° [[N_ALLOCATAIRE:4096321]]\n- {{10h10}} personne, pause café ☕",
    ),
    (
        "caf",
        "accueil_physique",
        "{{CAF}} {{NICE}}, ÉNORME FILE. UN MONSIEUR CRIE « JE VEUX PARLER À QUELQU'UN !!! ». L'AGENT [[PERSONNE:LUDOVIC]] SORT DU GUICHET, LE CALME EN {{5 MIN}}, ILS FINISSENT ASSIS TOUS LES DEUX. (j'écris en majuscules, j'avais le cœur qui battait 😳)",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Aix-en-Provence}}, rdv en visio avec une allocataire de {{Pertuis}}. L'image fige 3 fois. L'agente finit par l'appeler au téléphone et garde la visio « pour le sourire ».",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} {{Marseille}}. [[PERSONNE:Christelle Baldacchino]], née le [[DATE_NAISSANCE:23 novembre 1977]] dans le {{1er}}, NIR [[NIR:2 77 11 13 201 301 97]], interdit bancaire : elle a ouvert un compte {{Nickel}} au bureau de tabac. Nouvel IBAN : [[IBAN:FR76 1659 8000 0140 1123 9874 097]]. L'agent vérifie deux fois la clé, « avec Nickel on a souvent des erreurs de saisie ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{Caf}} du {{Var}}. Un monsieur appelle juste pour dire merci, son {{APL}} est débloquée 😊 La conseillère me dit que ça arrive « deux fois par an ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}}, {{Saint-Henri}}. Mme [[PERSONNE:Haddad]], [[ADRESSE:42 rue Condorcet, 13016 Marseille]], déclarée seule. Devant chez elle, une voiture au nom de [[PERSONNE:Rami Haddad]], plaque [[IMMATRICULATION:7421 ZK 13]]. Elle : « c'est mon cousin, il se gare là ». Le contrôleur ([[PERSONNE:Fabrice]]) note sans commenter. N° alloc [[N_ALLOCATAIRE:5302176]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Marseille}} {{13e}}. [[PERSONNE:Rose Aubry]], née en [[DATE_NAISSANCE:mai 66]] à Marseille, habite {{La Rose}} depuis toujours, « même nom que le quartier ». NIR [[NIR:266051321309496]]. Elle demande un duplicata d'attestation. L'agente, [[PERSONNE:Karima]], imprime.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Nice}}. Un monsieur apporte une feuille de soins papier de {{1998}} 😂 retrouvée en vidant la maison de sa mère. L'agent la regarde comme un objet de musée et la lui rend.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. M. [[PERSONNE:Chinedu Okonkwo]], remboursements jamais arrivés. Il lit son IBAN d'un trait : [[IBAN:FR7613825002000478132659017]]. La conseillère voit une erreur d'un chiffre dans le dossier. Corrigé. Il dit « wow » trois fois.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête {{Cpam}}, recours contre tiers (accident de scooter). L'enquêteur, [[PERSONNE:Marc-Antoine Susini]], chez Mme [[PERSONNE:Gonçalves]], [[ADRESSE:9 impasse des Lavandes, 83400 Hyères]]. Le scooter du responsable : [[IMMATRICULATION:FZ-338-PL]], elle a tout noté sur un post-it. Il photographie le post-it.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Marseille}}. La « [[PERSONNE:Comtesse]] » accepte enfin un entretien ! Mme [[PERSONNE:Ferracci]] vient avec [[PERSONNE:Inès]] (la bénévole de la maraude). Dossier {{ASPA}} à monter, domiciliation n° [[IDENTIFIANT:D13-2025-0093]]. L'agente, [[PERSONNE:Nathalie]], lui offre un café, elle dit « enfin des manières ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Nice}}, distribution des colis de {{Noël}} aux seniors, salle municipale. {{400 colis}}, foie gras + chocolats + une carte du maire. File dans l'escalier. Une dame de {{93 ans}} repart avec deux colis « pour la voisine qui peut pas marcher ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} {{Toulon}}. Mme [[PERSONNE:Azoulay]], {{68 ans}}, adhère à la {{mutuelle communale}}, n° adhérent [[IDENTIFIANT:MC83-2291]]. Prélèvement sur [[IBAN:FR76 3002 7172 3000 0619 5240 816]]. Tel [[TELEPHONE:04 94 41 26 07]]. L'agent lui montre qu'elle économise {{38 €}} par mois.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} {{Marseille}}. L'AS de l'{{Hôpital Nord}}, M. [[PERSONNE:Garcia]], demande si [[PERSONNE:Ali Mesbah]] est domicilié chez eux. L'agent confirme : n° de domiciliation [[IDENTIFIANT:D13-2024-1122]]. « Il sort demain, il a nulle part. » On appelle le {{115}} ensemble.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, {{CCAS}} de {{Nice}}. M. [[PERSONNE:Barale]] (le monsieur de la pharmacie) est chez lui, [[ADRESSE:3 rue Clément Roassal, 06000 Nice]], très affaibli, pas mangé depuis 2 jours. L'agente, [[PERSONNE:Sandrine]], appelle le {{15}}. Il s'excuse de « déranger ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{la Conception}}. [[PERSONNE:Kenza Hamidi]] amenée par l'éducatrice du {{CHRS}}, [[PERSONNE:Linda]], crise d'angoisse. Ddn [[DATE_NAISSANCE:11/02/2004]]. IPP [[IDENTIFIANT:8005190337]]. [[PERSONNE:Linda]] reste avec elle dans le box, l'IOA laisse faire.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Pasteur 2}}, nuit de {{carnaval}}. Entre {{22h}} et {{2h}} : {{17}} alcoolisations, 4 entorses, 1 fracture, 2 bagarres. Confettis partout sur les brancards.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques {{Nord}}. [[PERSONNE:Mirko]] (le camping-car des {{Arnavaux}}) arrive avec son fils [[PERSONNE:Dragan]], {{6 ans}}, fièvre. L'agente, [[PERSONNE:Gaëlle]], demande l'adresse : « le camping-car, parking du {{Metro}} ». Elle tape la plaque à la place, [[IMMATRICULATION:1482 VR 13]], « faut bien mettre quelque chose ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences {{Timone}}. Un fils appelle du {{Canada}} pour sa mère, Mme [[PERSONNE:Bouaziz]], née le [[DATE_NAISSANCE:18 avril 1941]], hospitalisée depuis hier. Il laisse son num : [[TELEPHONE:+1 514 862 3071]]. La secrétaire promet que le médecin rappellera, avec le décalage horaire « ça va être sportif ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "{{CHRS}} femmes, {{Marseille}}. [[PERSONNE:Fatoumata Keita]] a son titre de séjour !! Même n° que le récépissé, [[IDENTIFIANT:1302847165]]. [[PERSONNE:Linda]] pleure un peu. Elle ouvre un compte dans la foulée : [[IBAN:FR76 1830 6000 1071 8345 2004 138]]. Prochaine étape, {{France Travail}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour à {{Saint-Roch}}, {{Nice}}. Atelier coiffure solidaire, {{12 coupes}} dans la matinée. Un monsieur se regarde longtemps dans le miroir et dit « je me reconnais ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Marseille}}. [[PERSONNE:Ahmad Al Hamwi]] rappelle, du même num ([[TELEPHONE:+33 7 66 41 09 82]]) : la famille est hébergée en {{CHU}} à {{Aubagne}} depuis lundi.\n— Je veux dire merci à la dame.\n— Laquelle monsieur ?\n— Celle de la nuit.\nL'écoutante dit qu'elle transmettra. Il raccroche content.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} {{Nice}}. [[PERSONNE:Jess]] rappelle de l'hôtel : [[PERSONNE:Kamel]] la cherche, il lui écrit sur snap, elle donne son pseudo pour le signalement : [[IDENTIFIANT:@jess_nissa06]]. L'écoutant lui conseille de bloquer et note tout pour l'{{intervenante sociale}} du commissariat.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude {{Porte d'Aix}}. [[PERSONNE:Djibril]] pas là, les autres disent qu'il est « à la {{Madrague}} » (l'{{UHU}}). On croise [[PERSONNE:Capitaine]], du squat de {{boulevard d'Athènes}} : évacué hier matin. Il dort dans un square à {{Belsunce}} avec 5 autres.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude {{Nice}}, {{Promenade des Anglais}}. [[PERSONNE:Kamel]] est seul sous la tente, refuse de parler de [[PERSONNE:Jess]]. Il a un nouveau tel : [[TELEPHONE:06 27 93 51 08]]. L'éducatrice, [[PERSONNE:Clara]], reste pro, juste café et infos. Dans le camion après : silence.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Marseille}}. Mme [[PERSONNE:Florica Stoica]] s'inscrit, sa fille [[PERSONNE:Denisa]] traduit (oui, la même qu'aux urgences). ID attribué : [[ID_FRANCE_TRAVAIL:3381502 G]]. La conseillère lui propose un atelier {{FLE}} le mardi. Elle veut « n'importe quel travail, ménage, cuisine ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Sophia Antipolis}}. Cadre informatique licencié, [[PERSONNE:Thomas Nguyen-Duc]]. Mail [[EMAIL:t.nguyenduc@orange.fr]], ID [[ID_FRANCE_TRAVAIL:8103426 H]]. Il a un tableau {{Excel}} de ses {{84 candidatures}}. La conseillère est impressionnée.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Toulon}}, salle informatique : {{6 postes}}, 2 sans souris. Une jeune en {{service civique}} aide tout le monde. Affiche au mur : « l'inscription c'est en ligne ». Personne la lit.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Nice}}. [[PERSONNE:Mehmet Demir]], ID [[ID_FRANCE_TRAVAIL:5127803 U]], vient donner son RIB pour l'{{ARE}} : [[IBAN:FR66 2004 1010 1317 6320 4X02 908]]. La conseillère, [[PERSONNE:Agathe]], dit qu'il aurait pu le faire en ligne. « Je préfère donner en main propre. »",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. [[PERSONNE:Jordan Mercier]] (le saisonnier du {{Martinez}}) appelle d'{{Isola 2000}} : ID [[ID_FRANCE_TRAVAIL:6619027 T]]. Il a repris un contrat, veut savoir comment déclarer. {{4 min}}, réglé.",
    ),
]


def all_notes():
    return NOTES_01 + NOTES_02 + NOTES_03 + NOTES_04 + NOTES_05 + NOTES_06 + NOTES_07


def main():
    notes = build(all_notes())
    dev_ids, holdout_ids = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev_ids])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout_ids])
    print(f"{len(notes)} notes: {len(dev_ids)} dev, {len(holdout_ids)} holdout")
    return 0


if __name__ == "__main__":
    sys.exit(main())
