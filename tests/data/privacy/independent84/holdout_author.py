"""Independent evaluation corpus n° 84: 240 observation notes written and labelled by hand.

Each note is a ``(site_kind, channel, text)`` tuple. Inside ``text``, ``[[LABEL:value]]`` marks
a value to mask and ``{{value}}`` a string to keep. ``parse`` strips the marks and computes the
offsets (Python string indices, end exclusive). Ids ``ind84-001`` ... ``ind84-240`` follow the
writing order. ``split`` draws dev / holdout from the ids and the cells only (seed 84).

Run ``python holdout_author.py`` to (re)write ``dev.jsonl`` and ``holdout.jsonl`` next to this
file. Standard library only; deterministic (two runs give byte-identical files).
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind84"
SEED = 84
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
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")

AP = "accueil_physique"
AT = "accueil_telephonique"
CSP = "controle_sur_place"


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    length = 0
    pos = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        if m.group(1) is not None:
            label, value = m.group(1), m.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked!r}")
            if value != value.strip():
                raise ValueError(f"span with outer whitespace {value!r}")
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
    return text, entities, keep


def build(notes):
    """Turn the marked tuples into note dicts, ids in writing order."""
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


def split(notes):
    """Return (dev_ids, holdout_ids); uses only the ids and the cells."""
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
    lines = [
        json.dumps(note, ensure_ascii=False) + "\n" for note in sorted(notes, key=lambda n: n["id"])
    ]
    path.write_text("".join(lines), encoding="utf-8", newline="\n")


def main():
    notes = build(NOTES)
    dev_ids, holdout_ids = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev_ids])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout_ids])
    print(f"{len(notes)} notes: {len(dev_ids)} dev, {len(holdout_ids)} holdout")


# Notes 001-035: Caf, counter and phone, first home visits.
NOTES_1 = [
    (
        "caf",
        AP,
        "{{9h40}} accueil {{Caf}} {{Auxerre}}, {{ticket B027}}. Mme [[PERSONNE:Kowalczyk]] sort un courrier plié en quatre : « {{notification de dette}} », {{842,16 €}} d'{{APL}} à rembourser. En haut à droite N° allocataire [[N_ALLOCATAIRE:3417852]], juste en dessous « Pour nous contacter : {{3230}} (service gratuit + prix appel) ». L'agent ([[PERSONNE:Soraya]] sur le badge) tape le num, la fiche s'ouvre : {{2 enfants}}, {{RSA}} majoré jusqu'en {{2023}}. Elle explique la {{remise de dette}}, formulaire a remplir sur place.",
    ),
    (
        "caf",
        AP,
        "File d'attente deja {{11 personnes}} à l'ouverture ({{8h30}}). Borne tactile en panne, l'agent d'accueil distribue les tickets à la main. Un monsieur agacé : « ça fait {{3 fois}} que je viens pour la même chose ». Attente moyenne annoncée {{45 min}}. Personne ne se plaint vraiment, on dirait l'habitude.",
    ),
    (
        "caf",
        AP,
        "Jeune homme, [[PERSONNE:Oumar Sissoko]], {{prime d'activité}} suspendue, motif sur le courrier : « titre de séjour expiré ». Il sort le titre (carte plastifiée, renouvelée en {{janvier}}) : n° {{AGDREF}} [[IDENTIFIANT:8900412736]], valable jusqu'au {{13/01/2029}}. Mme [[PERSONNE:Perrot]] ressaisit le numéro dans le dossier → l'ancien avait été tapé avec un 7 à la place du 1. 😮 « c'est nous l'erreur, pardon ». Rappel des droits sur {{3 mois}}.",
    ),
    (
        "caf",
        AP,
        "Une dame âgée vient avec sa petite-fille [[PERSONNE:Lyna]] qui traduit (arabe ↔ français). La dame ne dit pas son nom à voix haute, l'agent lit l'écran sans rien dire. Question : pourquoi l'{{ASF}} a baissé. Réponse : pension alimentaire fixée par le juge, {{150 €}} par enfant, donc l'ASF ne joue plus. [[PERSONNE:Lyna]] traduit « juge » par un mot que la grand-mère ne comprend pas, elle mime un marteau 😅",
    ),
    (
        "caf",
        AP,
        "M. [[PERSONNE:Thibault Garnier]] apporte son {{avis d'impôt 2024}} pour prouver ses revenus (il est {{auto-entrepreneur}}, paysagiste vers {{Joigny}}). L'agent recopie à voix haute : numéro fiscal [[IDENTIFIANT:30 89 124 578 153]], référence de l'avis [[IDENTIFIANT:2489A31247516]]. Revenu fiscal de référence {{18 412 €}}, ligne {{5KP}} remplie. Elle me montre que sur le {{cerfa 2042}} les cases changent chaque année, « même nous on s'y perd ».",
    ),
    (
        "caf",
        AP,
        "Petit garçon qui joue avec le distributeur de gel pendant que sa mère est au {{guichet 2}} depuis {{25 min}} (changement de situation, séparation). Agent très doux, propose un rdv avec la travailleuse sociale {{Caf}} mardi {{14h}}. Le petit a vidé la moitié du gel sur le sol.",
    ),
    (
        "caf",
        AP,
        "Changement de RIB. Mme [[PERSONNE:Nguyen Thi Hoa]] a ouvert un compte au {{Crédit Agricole}} de {{Toucy}} : IBAN [[IBAN:FR76 1100 6002 1052 1047 8301 282]]. L'agent : « et l'ancien compte {{La Banque Postale}}, il est clôturé ? » - oui depuis {{mars}}. Num alloc [[N_ALLOCATAIRE:0926514]] noté en haut du formulaire. Prise en compte sous {{10 jours}}, le paiement du {{5}} risque de partir sur l'ancien compte. Elle panique un peu.",
    ),
    (
        "caf",
        AP,
        "[[PERSONNE:Karine]] (accueil) et [[PERSONNE:Mehdi]] (conseiller derrière la vitre) se relaient toutes les {{2 heures}}. [[PERSONNE:Mehdi]] me dit qu'il a été recruté en {{CDD}} en {{septembre}}, formé en {{3 semaines}}. « Le plus dur c'est pas la règlementation, c'est de dire non ». [[PERSONNE:Karine]] rit.",
    ),
    (
        "caf",
        AP,
        "Caf {{Dijon}}. Étudiante, [[PERSONNE:Inès Belkacem]], {{19 ans}}, première demande d'{{APL}} pour un studio {{Crous}} : [[ADRESSE:résidence Montmuzard, bâtiment B, chambre 214, 21000 Dijon]]. Elle tend sa carte étudiante {{université de Bourgogne}} n° [[IDENTIFIANT:21904518]] et son certificat de scolarité avec l'INE [[IDENTIFIANT:1407852963F]]. Née le [[DATE_NAISSANCE:02/04/2006]]. L'agent lui dit que la demande se fait en ligne, elle répond « je sais mais ça bloque à l'étape 4 ».",
    ),
    (
        "caf",
        AP,
        "ZÉRO personne a l'accueil entre {{11h50}} et {{12h05}}, les {{2 agents}} en profitent pour rappeler des gens sur une liste papier. Une affiche « {{caf.fr}} : faites vos démarches en ligne » à moitié décollée, quelqu'un a écrit dessus au stylo « et sans internet ?? ».",
    ),
    (
        "caf",
        AP,
        "Un agriculteur de {{Toucy}}, M. [[PERSONNE:Chevrier]], {{58 ans}}, élevage de {{charolaises}}, vient à la {{Caf}} alors qu'il dépend de la {{MSA}}. Il montre sa carte : « n° MSA » [[N_ALLOCATAIRE:0412877]]. L'agent le renvoie vers la {{MSA Bourgogne}}, {{permanence du mardi matin}} à {{Auxerre}}, et lui note le {{3 rue de Preuilly}}? Non, elle se reprend : la MSA a déménagé. Il repart en grommelant « {{35 km}} pour rien ».",
    ),
    (
        "caf",
        AP,
        "Couple, lui [[PERSONNE:Dylan]], elle [[PERSONNE:Cassandra]], viennent déclarer la naissance de [[PERSONNE:Maëlys]], née le [[DATE_NAISSANCE:12 janvier]] 🍼. L'agent : « il me faut l'acte de naissance ». Ils l'ont en photo sur le tel, floue. [[PERSONNE:Dylan]] ressort la chercher dans la voiture. La {{prime à la naissance}} était déjà versée ({{1 079,72 €}}? je note le chiffre que l'agent dit, pas sûr).",
    ),
    (
        "caf",
        AP,
        "Justificatif de domicile = facture {{EDF}}. Je lis par-dessus l'épaule : réf client [[IDENTIFIANT:6 021 458 713]], PDL [[IDENTIFIANT:19458712003641]], adresse de facturation [[ADRESSE:4 chemin des Vignes, 89800 Chablis]], montant {{187,40 €}}. Mme [[PERSONNE:Rakotondrabe]] a déménagé de {{Chablis}} vers {{Auxerre}} il y a {{2 mois}} mais la facture est encore à l'ancienne adresse. L'agent : « ça ne marche pas, il faut le nouveau logement ».",
    ),
    (
        "caf",
        AP,
        "Question récurrente ce matin (4e fois) : « pourquoi ma {{prime d'activité}} a baissé ». Réponse type : revenus du trimestre, revalorisation au {{1er avril}}, calcul sur {{3 mois}}. Pas simple à expliquer en {{2 minutes}} au guichet. Je réalise que je ne savais pas non plus.",
    ),
    (
        "caf",
        AP,
        "Attestation de loyer du bailleur {{Domanys}} : réf locataire [[IDENTIFIANT:LOC 0045 8213]], logement {{T3}}, loyer {{468,90 €}} charges comprises, adresse [[ADRESSE:bât C, 7 rue Léo Lagrange, 89100 Sens]]. Mme [[PERSONNE:Aït Ouarab]] a coché la mauvaise case (« colocation »). L'agent corrige au blanc, puis se ravise : « non, faut refaire ». Nouveau formulaire, {{cerfa 10840}}.",
    ),
    (
        "caf",
        AP,
        "[[PERSONNE:Fabienne]], {{27 ans}} de maison, me dit que depuis la fermeture de l'antenne de {{Tonnerre}} les gens font {{40 km}} pour venir. « Ceux qui ont pas de voiture, on les voit plus. Ils appellent, ou rien. » Elle parle de la {{France services}} de {{Tonnerre}}, qui « fait ce qu'elle peut ».",
    ),
    (
        "caf",
        AP,
        "Mme [[PERSONNE:Olena Shevchuk]] et ses {{2 enfants}}, arrivés d'{{Ukraine}}, hébergés chez un particulier à {{Semur-en-Auxois}}. Passeport ukrainien [[IDENTIFIANT:FT458127]], {{APS}} protection temporaire n° [[IDENTIFIANT:2104587361]]. Enfants nés en [[DATE_NAISSANCE:2014]] et [[DATE_NAISSANCE:2017]]. Compte ouvert à {{La Banque Postale}} la semaine dernière, RIB : [[IBAN:FR40 2004 1010 0405 1234 5N02 083]]. L'agent photocopie tout, le photocopieur bourre 🙃. Elle parle anglais, l'agent un peu aussi, ça passe avec {{Google Traduction}}.",
    ),
    (
        "caf",
        AP,
        "Le monsieur devant moi a attendu {{1h10}} pour qu'on lui dise que son dossier était complet. Il rit : « au moins je le sais ». 👍",
    ),
    (
        "caf",
        AT,
        "Appel n°{{14}} de la matinée. La dame lit son courrier : « numéro allocataire… euh… [[N_ALLOCATAIRE:2 1 5 8 7 4 6]] » chiffre par chiffre. L'agent : « et votre date de naissance madame ? » « le [[DATE_NAISSANCE:vingt-trois juin soixante-dix-huit]] ». Identifiée. Elle veut une attestation de paiement pour le bailleur. Envoyée dans l'espace {{Mon Compte}} en {{30 secondes}}.",
    ),
    (
        "caf",
        AT,
        "Plateau téléphonique {{Caf de la Nièvre}}, à {{Nevers}}. Répondeur du {{3230}} : temps d'attente annoncé {{18 minutes}}. Entre {{2 appels}} [[PERSONNE:Hélène]] m'explique le rappel sous {{48h}} : « en vrai c'est plutôt 4 jours ». Affiché au mur : objectif {{80 %}} de décroché.",
    ),
    (
        "caf",
        AT,
        "M. [[PERSONNE:Lemaire]] veut être rappelé : « mon portable c'est le [[TELEPHONE:zéro six, quarante-deux, dix-huit, soixante-quinze, zéro neuf]] ». L'agent répète [[TELEPHONE:06 42 18 75 09]] et note aussi le fixe [[TELEPHONE:03 86 52 14 37]], « le soir après {{19h}} ». Motif : {{AAH}} et pension d'invalidité, calcul différentiel. Elle transmet au service {{prestations}}.",
    ),
    (
        "caf",
        AT,
        "Mme [[PERSONNE:Diarra]] donne son mail pour recevoir le justificatif : « [[EMAIL:aminata.diarra89 arobase gmail point com]] ». L'agent : « [[PERSONNE:diarra]] avec {{deux R}} ? » « oui [[PERSONNE:D-I-A-deux R-A]] ». Elle avait déjà un compte avec une autre adresse, doublon, l'agent fusionne pas, elle crée une demande.",
    ),
    (
        "caf",
        AT,
        "Appel coupé au bout de {{4 min}} (réseau ?). La personne ne rappelle pas. L'agent soupire : « ça arrive {{10 fois}} par jour, et quand c'est masqué on peut pas rappeler ».",
    ),
    (
        "caf",
        AT,
        "Un travailleur social du {{CCAS}} de {{Migennes}} appelle pour une famille, donne le n° alloc [[N_ALLOCATAIRE:1098473]] et le nom, [[PERSONNE:Ferreira Da Costa]]. L'agent refuse de donner quoi que ce soit sans mandat signé ({{secret professionnel}}). Le TS insiste, ton qui monte. Il rappellera avec l'autorisation. Après : « ils ont raison d'insister, mais moi j'ai pas le droit ».",
    ),
    (
        "caf",
        AT,
        "[[PERSONNE:Yannick]] au téléphone depuis {{8h30}}, casque vissé. Il me glisse « {{60 appels}}/jour mini ». Appel d'une dame qui pleure : plus de {{RSA}} car vie maritale « présumée » après un contrôle. [[PERSONNE:Yannick]] lui explique le {{recours amiable}} ({{2 mois}}), donne l'adresse de la {{CRA}}. Elle raccroche sans dire au revoir.",
    ),
    (
        "caf",
        AT,
        "Mme [[PERSONNE:Lefèvre-Mbaye]] n'a pas reçu son virement du {{5}}. L'agent relit l'IBAN enregistré : [[IBAN:FR76 3000 4008 1200 0104 5786 293]]. « C'est bien celui-là ? » Silence, puis : « non ça c'est le compte de mon ex ». 😬 Montant parti : {{356,02 €}}. L'agent explique qu'il faut un nouveau RIB + attestation sur l'honneur, et que la {{Caf}} ne peut pas récupérer l'argent directement.",
    ),
    (
        "caf",
        AT,
        "Beaucoup d'appels sur le {{Pass'Sport}} et l'{{ARS}} (rentrée). L'agent : « l'ARS c'est automatique si on vous connaît ». Réponse répétée au moins {{6 fois}} en {{1h}}. 🙄 Un papa demande si ça marche pour un enfant de {{19 ans}} : non, {{18 ans}} max.",
    ),
    (
        "caf",
        AT,
        "Maman d'un enfant autiste, {{AEEH}} en attente depuis {{5 mois}}. Dossier à la {{MDPH}} de la {{Nièvre}} n° [[IDENTIFIANT:58-2024-013874]]. La {{Caf}} ne peut rien tant que la {{CDAPH}} n'a pas statué. L'enfant, [[PERSONNE:Noa]], né en [[DATE_NAISSANCE:2018]]. Elle redonne son num alloc [[N_ALLOCATAIRE:5630918]] « au cas où ». L'agent note un commentaire dans le dossier, rien d'autre possible.",
    ),
    (
        "caf",
        AT,
        "Mot de passe oublié ×3. L'agent guide pas à pas : « vous voyez le bouton bleu ? en bas à droite… non l'autre ». {{12 minutes}} pour se reconnecter. Le numéro s'affiche via le serveur vocal, masqué côté observateur, je ne le vois pas.",
    ),
    (
        "caf",
        AT,
        "Papa au téléphone : jugement du {{JAF}} de {{Mâcon}}, résidence alternée, RG [[IDENTIFIANT:24/01387]]. Il veut le partage des allocs. « Envoyez-nous le jugement, on fait le partage, c'est {{50/50}} ». Enfants [[PERSONNE:Lucas]] et [[PERSONNE:Emma Bonnot]], il épelle [[PERSONNE:B-O-deux N-O-T]]. Il parle de son ex, [[PERSONNE:Sandrine]], « qui veut pas lâcher ».",
    ),
    (
        "caf",
        AT,
        "Mme [[PERSONNE:Şahin]], de {{Chalon}}, appelle pour l'{{ARIPA}} : la pension alimentaire n'arrive plus. Dossier ARIPA n° [[IDENTIFIANT:IPA-71-0045218]], lu sur un courrier, et son n° allocataire, [[N_ALLOCATAIRE:6012583]]. Le débiteur, [[PERSONNE:Kemal]], « est reparti en {{Turquie}} ». L'agent : intermédiation financière, la {{Caf}} avance l'{{ASF}}, {{199,19 €}} par enfant.",
    ),
    (
        "caf",
        AT,
        "Le logiciel plante à {{10h17}}, tout le plateau en attente. Les agents continuent « à l'aveugle », notent sur papier, promettent des rappels. Retour à {{10h31}}. Personne n'a l'air surpris.",
    ),
    (
        "caf",
        AT,
        "Jeune femme veut changer d'adresse mail : ancienne [[EMAIL:ch.morin21@orange.fr]], nouvelle [[EMAIL:chloe.morin.pro@gmail.com]]. Refus au téléphone (sécurité), l'agent l'envoie sur {{caf.fr}} rubrique {{Mon profil}}. Elle laisse quand même son portable [[TELEPHONE:07 81 45 20 96]] pour un rappel si ça bloque.",
    ),
    (
        "caf",
        CSP,
        "Contrôle à domicile avec M. [[PERSONNE:Girard]], contrôleur assermenté {{Caf}} {{Yonne}}. Chez Mme [[PERSONNE:Da Silva]], [[ADRESSE:12 route de Vézelay, 89200 Avallon]]. Soupçon de vie maritale. Boîte aux lettres : deux noms, « [[PERSONNE:DA SILVA]] / [[PERSONNE:MARCHAL]] ». Devant la maison une {{Clio}} immatriculée [[IMMATRICULATION:FH-214-PK]]. Mme : « c'est la voiture de mon frère, il passe le midi ». M. [[PERSONNE:Girard]] note tout, demande les quittances, photographie rien. Durée {{1h05}}.",
    ),
    (
        "caf",
        CSP,
        "Trajet {{45 min}} en voiture de service, {{3 contrôles}} prévus sur la matinée, le premier absent (avis de passage déposé). Le contrôleur : « en rural on fait plus de kilomètres que de contrôles ». Radio {{France Bleu Auxerre}} dans la voiture.",
    ),
]

# Notes 036-069: Caf home visits, Cpam counter, first Cpam calls.
NOTES_2 = [
    (
        "caf",
        CSP,
        "Chez Mme [[PERSONNE:Vasseur]], [[ADRESSE:2 impasse du Lavoir, 58400 La Charité-sur-Loire]]. Le contrôleur feuillette les relevés {{Caisse d'Épargne}} et recopie l'IBAN [[IBAN:FR76 1213 5003 0008 1234 5678 979]] pour vérifier que c'est le même que dans le dossier (num alloc [[N_ALLOCATAIRE:4471920]]). Virements de {{400 €}} tous les mois d'un « [[PERSONNE:R. Benhamou]] ». Mme [[PERSONNE:Vasseur]] : c'est son frère qui lui rembourse une dette. « Il faudra une attestation signée de lui. »",
    ),
    (
        "caf",
        CSP,
        "Maison au bout d'un chemin, un {{berger allemand}} aboie derrière le grillage (« c'est {{Rocky}}, il mord pas »). La contrôleuse reste {{5 min}} dans la voiture avant de descendre. Elle me dit qu'elle a été mordue en {{2019}}, depuis elle attend que les gens sortent.",
    ),
    (
        "caf",
        CSP,
        "Contrôle ressources. L'allocataire déclare {{0 €}} de revenus mais une {{Audi A3}} est garée dans la cour, plaque [[IMMATRICULATION:GD-871-XR]]. Certificat d'immatriculation au nom de sa mère, [[PERSONNE:Fatima Zeroual]], n° de formule [[IDENTIFIANT:2021BS48217]]. M. [[PERSONNE:Zeroual]], {{24 ans}} : « c'est ma mère qui me la prête pour les entretiens ». [[PERSONNE:Nadège]] (contrôleuse) photographie la carte grise avec son accord. Domicile : [[ADRESSE:15 rue de la Chaise, 71200 Le Creusot]].",
    ),
    (
        "caf",
        CSP,
        "L'allocataire vit à l'année au [[ADRESSE:camping municipal de Decize, emplacement 31]], dans un mobil-home. Question : résidence principale ou pas (APL) ? Le gérant, M. [[PERSONNE:Poirier]], sort le contrat annuel n° [[IDENTIFIANT:CMD-2024-031]], {{2 150 €}}/an. Vue sur la {{Loire}} 🌊. Le contrôleur : « ici c'est clairement quelqu'un qui habite, il y a le linge, le potager ».",
    ),
    (
        "caf",
        CSP,
        "M. [[PERSONNE:Lambert]], contrôleur depuis {{12 ans}}, parle des allocataires par l'initiale dans la voiture : « Mme [[PERSONNE:B.]] tout à l'heure, je la connais, c'est le {{3e}} contrôle ». Il dit « on n'est pas la police, on vérifie une situation à un instant T ». Il tient à ce que je le note.",
    ),
    (
        "caf",
        CSP,
        "Sur la table de la cuisine, courrier de la {{Carsat Bourgogne-Franche-Comté}}. N° de sécurité sociale dessus : [[NIR:2 56 09 71 076 019 68]]. Mme [[PERSONNE:Ginette Ravier]], née le [[DATE_NAISSANCE:14 septembre 1956]] à {{Chalon-sur-Saône}}, retraite {{1 012,54 €}}. Le contrôle porte sur son petit-fils qui serait hébergé chez elle (APL). Le petit-fils, [[PERSONNE:Enzo]], dort dans le salon sur un clic-clac.",
    ),
    (
        "caf",
        CSP,
        "Contrôle annulé : l'allocataire a appelé à {{8h02}}, hospitalisée. Reprogrammé dans {{15 jours}}. Retour agence. 🚗 On a fait {{62 km}} pour rien, le contrôleur dit que c'est « le jeu ».",
    ),
    (
        "caf",
        CSP,
        "Bail avec un propriétaire privé, M. [[PERSONNE:Hubert de Montessus]], quittances écrites à la main. Loyer déclaré {{380 €}}, loyer sur le bail {{420 €}}. Le numéro du propriétaire est sur le bail : [[TELEPHONE:03 85 59 21 08]], le contrôleur l'appelle devant nous, répondeur. Locataire M. [[PERSONNE:Ilunga]], [[ADRESSE:lieu-dit La Varenne, 71710 Marmagne]], {{4 enfants}}.",
    ),
    (
        "caf",
        CSP,
        "Sur la route entre {{Clamecy}} et {{Corbigny}} le contrôleur explique les {{3 types}} de contrôle : sur pièces, sur place, et ceux qui sortent du {{datamining}}. « Le score c'est pas moi qui le fais. » Il n'aime pas trop le mot algorithme.",
    ),
    (
        "caf",
        CSP,
        "Contrôle {{ARS}} / allocs : le fils de {{17 ans}} est-il bien scolarisé ? Certificat du {{lycée Jacques-Amyot}} d'{{Auxerre}}, INE [[IDENTIFIANT:0904512367H]]. Le fils, [[PERSONNE:Kylian]], est là, en pyjama à {{10h30}}, « pas cours le jeudi matin ». Mme [[PERSONNE:Petitjean]] sort le bulletin pour prouver. Sur la fiche du contrôleur : allocataire n° [[N_ALLOCATAIRE:3875014]], {{3 enfants}} à charge.",
    ),
    (
        "caf",
        CSP,
        "Mme [[PERSONNE:Rousseau]] ouvre, dit que « [[PERSONNE:Jordan]] est au boulot ». Le contrôleur demande qui est [[PERSONNE:Jordan]]. « Un ami. » Deux brosses à dents, des chaussures de sécurité taille {{44}} dans l'entrée. Le contrôleur note, ne commente pas. Dans la voiture : « c'est là que c'est dur, je décide pas, je constate ».",
    ),
    (
        "caf",
        CSP,
        "Facture d'eau {{Veolia}}, contrat n° [[IDENTIFIANT:0581-247893-01]], [[ADRESSE:3 place de l'Église, 58140 Lormes]] : {{38 m³}} en {{6 mois}}. Le contrôleur : « soit elle vit pas là, soit elle fait très attention ». Elle fait très attention : bassine dans l'évier, récup d'eau de pluie dans le jardin.",
    ),
    (
        "cpam",
        AP,
        "{{Carte Vitale}} perdue. M. [[PERSONNE:Rachid Amrani]] donne son numéro de sécu de tête : [[NIR:1 79 01 99 350 208 77]], né au {{Maroc}} en [[DATE_NAISSANCE:janvier 79]]. L'agent imprime une {{attestation de droits}} et lui explique la commande de la nouvelle carte sur {{ameli}} avec photo. {{Ticket C14}}, {{20 min}} d'attente.",
    ),
    (
        "cpam",
        AP,
        "{{CPAM}} de {{Nevers}}, accueil sur rdv uniquement depuis {{2022}}. Un vigile filtre à l'entrée. Une dame sans rdv repart avec un papier : « prenez rdv sur {{ameli.fr}} ou au {{3646}} ». Elle dit qu'elle n'a pas internet. Le vigile hausse les épaules, gentil mais bon.",
    ),
    (
        "cpam",
        AP,
        "Demande de {{C2S}}. Mme [[PERSONNE:Boudjemaa]], née à {{Oran}} en [[DATE_NAISSANCE:février 1990]], NIR lu à l'écran [[NIR:2 90 02 99 352 133 04]]. Ressources {{9 840 €}} sur {{12 mois}}, sous le plafond → C2S sans participation. Elle repart avec l'attestation, contente, « c'est la première fois que c'est rapide ».",
    ),
    (
        "cpam",
        AP,
        "À l'accueil aujourd'hui : [[PERSONNE:Sylvie]] et [[PERSONNE:Jean-Baptiste Koffi]]. [[PERSONNE:Jean-Baptiste]] est arrivé de la {{CPAM}} de {{Créteil}} il y a {{6 mois}}, « ici les gens disent bonjour, et ils ont le temps de raconter leur vie ». [[PERSONNE:Sylvie]] : « ils ont surtout pas de médecin ». 😕",
    ),
    (
        "cpam",
        AP,
        "M. [[PERSONNE:Gauthier]] conteste ses indemnités journalières. Attestation de salaire de l'employeur ({{Framatome}}, SIRET {{552 081 317 00457}}) avec son NIR : [[NIR:1 68 10 71 153 318 41]]. {{IJ}} {{32,17 €}}/jour, {{3 jours}} de carence. Il a {{56 ans}}, né au {{Creusot}}, « j'ai jamais été arrêté de ma vie ». L'agent recalcule devant lui : c'est juste.",
    ),
    (
        "cpam",
        AP,
        "Écran d'affichage : « Délai moyen de remboursement : {{6 jours}} ». Une dame rit jaune. Plante verte en plastique poussiéreuse. {{14 chaises}}, {{3 occupées}}. Calme plat à {{15h40}}.",
    ),
    (
        "cpam",
        AP,
        "Étudiant {{Erasmus}} espagnol à {{Dijon}}, [[PERSONNE:Pablo Ortega Ruiz]]. Il tend sa carte européenne (CEAM), n° [[IDENTIFIANT:80724000010045871234]], et sa carte d'identité espagnole (DNI [[IDENTIFIANT:48215736K]]). Il voulait « s'inscrire à la sécu ». L'agent : pas besoin pour {{1 an}}, montrez la CEAM chez le médecin. Il repart en disant « muchas gracias » à tout le monde 😊",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Lebreton]], {{84 ans}}, malentendante, veut que la {{CPAM}} appelle plutôt sa fille [[PERSONNE:Aurélie]] au [[TELEPHONE:06 71 33 90 14]]. L'agent explique qu'il faut une procuration. Elle répète « [[PERSONNE:AURÉLIE]] » très fort. Tout le monde sait maintenant comment s'appelle la fille.",
    ),
    (
        "cpam",
        AP,
        "Carte mutuelle {{Harmonie Mutuelle}}, n° adhérent [[IDENTIFIANT:100457823]], valable {{2025}}. M. [[PERSONNE:Ndiaye]] (né à {{Dakar}}, NIR [[NIR:1 85 07 99 341 410 44]]) ne comprend pas pourquoi la pharmacie lui demande de payer. L'agent vérifie : la mutuelle n'est pas reliée (pas de télétransmission {{Noémie}}). Elle fait la liaison en {{2 min}}.",
    ),
    (
        "cpam",
        AP,
        "Femme enceinte, on la fait passer devant, personne ne dit rien. L'agent lui apporte une chaise. Sa déclaration de grossesse a été faite en ligne par la {{sage-femme}}, elle voulait juste vérifier que c'était reçu. {{3 minutes}}.",
    ),
    (
        "cpam",
        AP,
        "Facture du {{CH d'Auxerre}} : n° de séjour [[IDENTIFIANT:S24118753]], IPP [[IDENTIFIANT:890145227]], {{forfait journalier}} {{20 €}} × {{6 jours}} = {{120 €}}. Mme [[PERSONNE:Guillot]] croyait que la {{C2S}} couvrait. L'agent : oui elle couvre, c'est l'hôpital qui s'est trompé, à contester au {{bureau des entrées}}, {{bureau 3}}, rez-de-chaussée.",
    ),
    (
        "cpam",
        AP,
        "[[PERSONNE:Marie-Thérèse]], agent depuis {{1991}}, connaît les habitués par leur prénom : « bonjour [[PERSONNE:Gérard]] ! ». [[PERSONNE:Gérard]] vient toutes les semaines imprimer ses remboursements « parce qu'à la banque ils comprennent rien ». Elle les lui imprime, ça prend {{1 min}}.",
    ),
    (
        "cpam",
        AP,
        "Accident du travail, dossier AT n° [[IDENTIFIANT:891245678]], accident du {{3 février}} (chute d'un quai). Employeur {{Transports Moreau}}, à {{Migennes}}. M. [[PERSONNE:Koné]] dit que le patron, M. [[PERSONNE:Moreau]], « veut pas faire la déclaration ». L'agent : la victime peut déclarer elle-même, délai {{2 ans}}. Elle lui donne le {{cerfa 14463}}.",
    ),
    (
        "cpam",
        AP,
        "Borne de mise à jour {{Carte Vitale}} « HORS SERVICE » (scotch + feuille A4). Depuis quand ? « {{3 semaines}} », dit l'agent, ticket ouvert chez le prestataire. Les gens repartent sans mettre à jour.",
    ),
    (
        "cpam",
        AP,
        "Mme [[PERSONNE:Kaya]], née en {{Turquie}} ([[DATE_NAISSANCE:1975]] ? je vois sur l'écran le NIR [[NIR:2 75 01 99 208 027 08]], donc oui). Pension d'invalidité {{catégorie 2}}, {{892,40 €}}. Elle sort aussi sa carte mobilité inclusion, n° [[IDENTIFIANT:71-CMI-0078451]], pour prouver son taux ({{80 %}}). Sa fille [[PERSONNE:Elif]] traduit.",
    ),
    (
        "cpam",
        AP,
        "Jeune homme, veut créer son compte {{ameli}}, pas d'adresse mail. L'agent l'aide à en créer une sur {{Gmail}} : [[EMAIL:kevin.roux.89@gmail.com]]. Mot de passe écrit sur un post-it (!!), l'agent lui dit de le cacher. « Je le mets dans mon portefeuille. » 🤦",
    ),
    (
        "cpam",
        AP,
        "M. [[PERSONNE:Tran Van Duc]], changement d'adresse suite à déménagement, nouvelle adresse : [[ADRESSE:18 rue Dampierre, 21200 Beaune]]. Il vient de {{Nuits-Saint-Georges}}. L'agent met à jour et lui dit que la {{carte Vitale}} n'a pas besoin d'être changée. Il est surpris : « ah bon l'adresse est pas dessus ? »",
    ),
    (
        "cpam",
        AT,
        "{{3646}}. Un monsieur dicte son numéro de sécu en mots, lentement : « [[NIR:un cinquante-huit zéro six quatre-vingt-dix-neuf cent trente-neuf zéro quatre-vingt-onze soixante-sept]] ». L'agent tape en même temps, retrouve M. [[PERSONNE:Fernandes]], né au {{Portugal}}. Il appelle pour sa retraite, pas le bon organisme → {{Carsat}}, {{3960}}.",
    ),
    (
        "cpam",
        AT,
        "Plateau {{3646}} à {{Mâcon}} : {{22 postes}}, {{14}} occupés. Tableau lumineux : {{37 appels}} en attente, temps moyen {{11 min}}. La manager passe et dit « on tient ».",
    ),
    (
        "cpam",
        AT,
        "Une femme appelle pour sa mère en {{EHPAD}} ({{EHPAD Les Tilleuls}}, à {{Montbard}}), [[PERSONNE:Jeannine Humbert]], née le [[DATE_NAISSANCE:4 août 1931]]. Elle veut les remboursements de sa mère. L'agent refuse sans procuration. La fille s'énerve : « elle a {{93 ans}}, elle va pas vous appeler ! »",
    ),
    (
        "cpam",
        AT,
        "Appel en anglais, l'agent bascule sur la plateforme d'interprétariat. {{6 min}} d'attente, l'interprète parle dari. Sujet : l'{{AME}}, renouvellement. Trois voix sur la ligne, on comprend la moitié.",
    ),
    (
        "cpam",
        AT,
        "Déclaration de médecin traitant qui n'apparaît pas. Le médecin, Dr [[PERSONNE:Vuillemin]] à {{Saulieu}}, part à la retraite ; l'assuré lit le n° RPPS sur l'ordonnance : [[IDENTIFIANT:10003458712]]. L'agent confirme que le Dr [[PERSONNE:Vuillemin]] n'accepte plus de nouveaux patients. Il n'y a plus personne à moins de {{30 km}}.",
    ),
]

# Notes 070-103: Cpam calls and home visits, CCAS counter.
NOTES_3 = [
    (
        "cpam",
        AT,
        "Mme [[PERSONNE:Bouvier]] veut changer le compte de ses remboursements et lit son IBAN d'une traite : [[IBAN:FR76 1027 8025 5000 0214 5780 392]]. L'agent l'arrête trop tard : « je ne peux pas le saisir par téléphone madame, il faut le déposer sur votre compte {{ameli}} ». Elle : « mais je viens de vous le donner ». Procédure = procédure.",
    ),
    (
        "cpam",
        AT,
        "Pause café des télé-conseillers. Ils parlent du nouveau script d'accueil : « {{Assurance Maladie de Saône-et-Loire}}, bonjour, je vous écoute ». Avant c'était « {{CPAM}} bonjour ». Débat très sérieux pendant {{10 minutes}}. Personne n'aime le nouveau.",
    ),
    (
        "cpam",
        AT,
        "Un kiné de {{Tournus}} appelle : factures rejetées pour un patient, [[PERSONNE:Mathis Aubert]], NIR [[NIR:1 02 03 71 076 388 68]]. Code rejet {{312}}. L'agent trouve : le patient a changé de régime ({{MSA}} → régime général) en {{février}}. Le kiné, [[PERSONNE:Stéphane]], soupire : « {{14 séances}} à refacturer ».",
    ),
    (
        "cpam",
        AT,
        "[[PERSONNE:Laetitia]] me fait écouter en double écoute. M. [[PERSONNE:Perreau]], âgé, appelle pour la {{3e fois}} de la semaine pour la même feuille de soins papier. Elle est patiente, reformule {{4 fois}}. Après : « lui je le connais par cœur, il a personne ».",
    ),
    (
        "cpam",
        AT,
        "Une dame en surendettement demande une attestation d'{{IJ}} pour la {{Banque de France}}. Elle lit le n° de son dossier de surendettement : [[IDENTIFIANT:0892024-0457]]. L'agent : on envoie l'attestation par courrier, {{8 jours}}. Elle donne un numéro pour être rappelée si souci : [[TELEPHONE:07 66 12 48 03]]. Nom : Mme [[PERSONNE:Carvalho]].",
    ),
    (
        "cpam",
        AT,
        "Pic d'appels à {{14h}} pile, comme tous les jours d'après les agents (« les gens appellent après manger »). {{45 appels}} en file en {{5 minutes}}. Le superviseur ouvre {{2 postes}} de plus.",
    ),
    (
        "cpam",
        AT,
        "M. [[PERSONNE:Baptiste Lacroix]] appelle pour sa {{carte Vitale}} bloquée. À l'écran : NIR [[NIR:193027130623697]], date de naissance au format [[DATE_NAISSANCE:1993-02-17]], commune de naissance {{Montceau-les-Mines}}. L'agent lui demande de confirmer sa date de naissance, il dit « [[DATE_NAISSANCE:17 février 93]] ». OK. La carte était en opposition depuis une vieille déclaration de perte.",
    ),
    (
        "cpam",
        AT,
        "M. [[PERSONNE:Moulinet]] doit envoyer un justificatif. L'agent lui donne la boîte générique {{accueil.cpam89@assurance-maladie.fr}} (« c'est pas nominatif »). Lui veut une réponse à son adresse : [[EMAIL:t.moulinet (at) laposte.net]], il le dit comme ça, « at » à l'anglaise. L'agent note.",
    ),
    (
        "cpam",
        AT,
        "« C'est pour le {{100 %}} ». Prise en charge {{ALD}}, l'agent explique que c'est le médecin traitant qui fait le {{protocole de soins}}, pas la {{CPAM}}. La personne raccroche en disant « donc c'est encore pas vous ».",
    ),
    (
        "cpam",
        AT,
        "Demande d'{{AME}}. L'appelant, [[PERSONNE:Mamadou Aliou Barry]], lit son numéro de passeport guinéen : [[IDENTIFIANT:R0451872]]. Hébergé par un cousin au [[ADRESSE:9 rue des Cordiers, 89000 Auxerre]]. L'agent explique la condition de {{3 mois}} de résidence, il dit être arrivé en {{octobre}}. Dossier papier à envoyer, pas de dépôt en ligne pour l'AME.",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'arrêt de travail, sorties interdites {{9h-11h}} et {{14h-16h}}. On sonne à {{10h20}} chez M. [[PERSONNE:Bertrand Lopes]], [[ADRESSE:27 avenue Colbert, 58000 Nevers]]. Il est là, en survêtement, « j'ai mal au dos, vous voyez bien ». L'agente vérifie l'avis d'arrêt n° [[IDENTIFIANT:AAT-5812-448071]], note « présent ». {{4 minutes}} en tout.",
    ),
    (
        "cpam",
        CSP,
        "Personne. Volets fermés, pas de voiture. L'agente laisse un avis de passage : {{48h}} pour justifier. Elle note l'heure, {{14h37}}. « Souvent ils sont chez le kiné et ils ont le papier, c'est pas grave. »",
    ),
    (
        "cpam",
        CSP,
        "Arrêt maladie d'un chauffeur routier, M. [[PERSONNE:Nowak]]. Dans la cour, son camion, immatriculé en {{Pologne}} : [[IMMATRICULATION:WGM 4521K]]. Il est là, bras en écharpe. Il dit que l'employeur polonais ne comprend pas l'arrêt français. L'agente lui donne le contact de la {{CPAM}} international à {{Dijon}}.",
    ),
    (
        "cpam",
        CSP,
        "L'agente, [[PERSONNE:Corinne Baudry]], assermentée depuis {{2008}}. Elle fait {{6 à 8}} visites par jour. Elle dit que la plupart sont chez eux, que le « fraudeur en vacances » c'est rare, « {{1 sur 20}} peut-être ». Elle préfère les matins.",
    ),
    (
        "cpam",
        CSP,
        "Vérification de résidence pour la {{C2S}}. Bail {{OPAC Saône-et-Loire}}, n° de locataire [[IDENTIFIANT:71-004587-12]], [[ADRESSE:appt 34, 5 rue Jean Moulin, 71300 Montceau-les-Mines]]. Mme [[PERSONNE:Guerrero]] ouvre, avec {{3 enfants}} derrière. Tout colle. L'agente coche « résidence confirmée ».",
    ),
    (
        "cpam",
        CSP,
        "Route départementale, brouillard épais, {{50 km}} aller. On croise un tracteur, on le suit {{10 minutes}}. L'agente rit : « ça c'est le vrai contrôle du jour ».",
    ),
    (
        "cpam",
        CSP,
        "Contrôle d'un transport sanitaire facturé : taxi conventionné {{Taxis du Vézelien}}, véhicule [[IMMATRICULATION:EZ-318-QA]]. Le patient, M. [[PERSONNE:Rigaud]], est dialysé au {{CHU Dijon Bourgogne}} {{3 fois}} par semaine. Le chauffeur, [[PERSONNE:Franck]], arrive pendant qu'on est là, très détendu. Les trajets facturés collent avec le planning de dialyse.",
    ),
    (
        "cpam",
        CSP,
        "Enquête double affiliation : M. [[PERSONNE:Santoni]], {{77 ans}}, né à {{Ajaccio}}, était inscrit à la {{CPAM}} de {{Corse-du-Sud}} et à celle de l'{{Yonne}}. NIR sur sa vieille carte : [[NIR:1 48 03 2A 004 077 40]]. Il vit à [[ADRESSE:7 rue Haute, 89450 Vézelay]] depuis {{2011}}, « mais l'été je suis au pays ». Il faudra choisir.",
    ),
    (
        "cpam",
        CSP,
        "{{Trois visites}} ce matin, {{trois présents}}. L'agente répète que le contrôle « c'est pas une sanction ». Je vois une dame qui tremble quand même en ouvrant la porte. Rien à relever.",
    ),
    (
        "cpam",
        CSP,
        "Pension d'invalidité + activité non déclarée ? La page {{Facebook}} [[IDENTIFIANT:@jo_renov_71]] propose « petits travaux, devis gratuit ». L'assuré, M. [[PERSONNE:Joël Meunier]], a un SIRET perso : [[IDENTIFIANT:842 157 364 00018]]. Il dit que l'auto-entreprise est « en sommeil ». L'agente photographie l'écran de son tel (avec accord).",
    ),
    (
        "ccas",
        AP,
        "Épicerie sociale : Mme [[PERSONNE:Hadjadj]] montre son attestation {{Caf}}, n° allocataire [[N_ALLOCATAIRE:2207148]], quotient familial {{412}}. L'agent calcule le reste à vivre : {{6,40 €}}/jour/personne. Accord pour {{3 mois}}, bon n° {{0347}}. « Vous pourrez venir le jeudi {{14h-17h}}. »",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Sens}}, mardi, permanence {{domiciliation}}. {{9 personnes}} avant {{10h}}, surtout pour récupérer du courrier. Casiers en bois, classement alphabétique. L'agent connaît tout le monde, personne ne dit son nom.",
    ),
    (
        "ccas",
        AP,
        "Renouvellement de domiciliation : M. [[PERSONNE:Costel Lăcătuș]], carte d'identité roumaine [[IDENTIFIANT:RX 458712]]. L'attestation d'élection de domicile porte le n° [[IDENTIFIANT:DOM-89387-0142]], adresse = {{CCAS}}, {{Hôtel de Ville}}. Il vit sur l'{{aire d'accueil}} avec sa famille mais sans place attitrée. Valable {{1 an}}.",
    ),
    (
        "ccas",
        AP,
        "[[PERSONNE:Murielle]] reçoit une dame pour un dossier {{APA}} pour son mari. Elle sort une pochette énorme, tout est classé par couleur. [[PERSONNE:Murielle]] : « ah vous, c'est un plaisir ». La dame rougit.",
    ),
    (
        "ccas",
        AP,
        "Impayé {{Engie}} de {{612,80 €}}, menace de coupure. Facture : réf client [[IDENTIFIANT:300 458 712 659]]. Mme [[PERSONNE:Öztürk]] a un chèque énergie de {{194 €}} pas encore utilisé (!). L'agent l'aide à l'affecter en ligne, puis monte un dossier {{FSL}}. Elle a {{3 enfants}} et pas de chauffage dans les chambres.",
    ),
    (
        "ccas",
        AP,
        "{{CCAS}} de {{Charolles}}, aide exceptionnelle pour un loyer, versée directement au propriétaire, M. [[PERSONNE:Auguste Dumoulin]]. L'agente recopie son RIB : [[IBAN:FR76 1780 6004 2061 2354 7800 068]]. La locataire, Mme [[PERSONNE:Blandin]], a {{2 mois}} de retard. Passage en commission jeudi.",
    ),
    (
        "ccas",
        AP,
        "Mur du {{CCAS}} : affiches {{Restos du Cœur}} (avec la tête de {{Coluche}}), {{Secours populaire}}, {{Croix-Rouge}}, {{France Alzheimer}}, et un tableau avec les horaires de la {{navette}} du marché (mercredi {{9h15}}). Un papier jauni : « Plan canicule : inscrivez-vous ». On est en novembre.",
    ),
    (
        "ccas",
        AP,
        "Aide sociale à l'hébergement pour entrer à l'{{EHPAD Les Jardins de Cîteaux}}. Mme [[PERSONNE:Colette Brunet]], née le [[DATE_NAISSANCE:30/11/1936]], accompagnée par son fils [[PERSONNE:Patrick]]. Il apporte un acte notarié de Me [[PERSONNE:Lagarde]] (donation de la maison en {{2015}}). L'agent : « ça, le {{Département}} va le regarder ». Obligés alimentaires : {{3 enfants}}.",
    ),
    (
        "ccas",
        AP,
        "Un homme demande à recharger son téléphone. Oui, prise derrière le comptoir. « Tout le monde m'appelle [[PERSONNE:Momo]] », il reste {{40 minutes}}, discute avec tout le monde. [[PERSONNE:Momo]] repart à {{100 %}} de batterie, très content.",
    ),
    (
        "ccas",
        AP,
        "Inscription à la mutuelle communale de {{Montbard}}. Mme [[PERSONNE:Lamarche]] donne son numéro en le disant : « [[TELEPHONE:zéro trois, quatre-vingts, quatre-vingt-douze, quarante et un, zéro sept]] ». Cotisation {{58 €}}/mois au lieu de {{96 €}}. Elle a {{71 ans}}, elle calcule tout de tête.",
    ),
    (
        "ccas",
        AP,
        "Carte de transport solidaire. [[PERSONNE:Yasmine Haddou]] tend sa carte d'identité (nouveau format) n° [[IDENTIFIANT:X4RT27C91]]. L'agent photographie la carte avec la tablette du {{CCAS}}. Prix : {{5 €}} pour {{6 mois}} sur les lignes {{Vivacité}} ? je n'ai pas compris le nom du réseau.",
    ),
    (
        "ccas",
        AP,
        "Fin de matinée, débrief entre les {{3 agents}} : {{12 passages}}, {{4}} domiciliations, {{2}} aides alimentaires, {{1}} dossier {{FSL}}. L'une dit : « et un monsieur qui voulait juste parler ». Elles le comptent aussi.",
    ),
    (
        "ccas",
        AP,
        "M. [[PERSONNE:Gaston Perrier]], {{89 ans}}, est venu à pied depuis le [[ADRESSE:11 rue du Faubourg Saint-Nicolas, 21500 Montbard]] pour demander le portage de repas. Il a mis {{25 minutes}}. L'agent s'étonne, il répond : « c'est mon sport ». Inscription au portage : {{7,20 €}} le repas.",
    ),
    (
        "ccas",
        AP,
        "Étudiante infirmière à l'{{IFSI}} de {{Nevers}}, [[PERSONNE:Clémence Ravault]], demande une aide ponctuelle pour un stage loin ({{Château-Chinon}}, pas de bus). Carte étudiante IFSI n° [[IDENTIFIANT:IFSI58-2023-117]], bourse de la {{Région Bourgogne-Franche-Comté}} échelon {{4}}. Aide carburant accordée : {{150 €}}.",
    ),
]

# Notes 104-137: CCAS counter, phone and home visits; emergency department counter.
NOTES_4 = [
    (
        "ccas",
        AP,
        "Aide pour frais d'obsèques. Mme [[PERSONNE:Garreau]] apporte l'acte de décès de son mari, [[PERSONNE:Lucien Garreau]], né le [[DATE_NAISSANCE:8 mars 1944]], et le devis des {{Pompes Funèbres Roblot}} : facture n° [[IDENTIFIANT:F2025-00318]], {{3 480 €}}. Elle a {{790 €}} de retraite. L'agent : le {{CCAS}} peut aider jusqu'à {{800 €}}, il faut voir aussi la {{caisse de retraite}}. Elle pleure doucement, l'agent lui tient la main.",
    ),
    (
        "ccas",
        AP,
        "Une famille demande où dormir ce soir. L'agent appelle le {{115}} : {{22 min}} d'attente, rien sur {{Auxerre}}, une place à {{Sens}}, {{60 km}}, pas de train avant demain. L'agent paie {{1 nuit}} d'hôtel sur le budget du {{CCAS}} ({{hôtel B&B}}, {{chambre 12}}). « On n'a pas le droit mais on le fait. »",
    ),
    (
        "ccas",
        AT,
        "Une assistante sociale de la {{Maison des solidarités}} de {{Cosne}}, Mme [[PERSONNE:Vidal]], appelle pour une aide à un jeune, M. [[PERSONNE:Lhoste]]. Elle donne sa date de naissance, [[DATE_NAISSANCE:21/04/1996]], et son NIR, [[NIR:1 96 04 58 086 177 08]], pour le dossier. {{29 ans}}, sorti de l'{{ASE}} sans rien. L'agent demande un rdv physique quand même.",
    ),
    (
        "ccas",
        AT,
        "Le téléphone sonne dans le vide pendant que l'agent est au guichet. Il n'y a qu'{{1 agent}} le mercredi. Répondeur : « rappelez entre {{14h}} et {{16h30}} ». Compté {{7 sonneries}} manquées en une heure.",
    ),
    (
        "ccas",
        AT,
        "Une dame de {{Cluny}}, électricité bridée à {{1 kVA}} (« je peux pas faire tourner la machine et le frigo »). Elle lit sa facture {{EDF}} : point de livraison [[IDENTIFIANT:25 138 746 902 115]], réf client [[IDENTIFIANT:6 004 512 876]]. Mme [[PERSONNE:Bonnefoy]]. L'agent appelle le numéro solidarité de {{EDF}} ({{0 800 123 333}}) en conférence, obtient un délai de {{10 jours}}.",
    ),
    (
        "ccas",
        AT,
        "[[PERSONNE:Brigitte]] (accueil) rappelle M. [[PERSONNE:Vincent]] pour son bois de chauffage. Il ne peut pas venir avant la {{Saint-Vincent tournante}}, « je tiens un stand ». Elle rit, note un rdv en février. [[PERSONNE:Brigitte]] me dit que la moitié du village sera à la fête.",
    ),
    (
        "ccas",
        AT,
        "Le bailleur {{Nièvre Habitat}} appelle pour signaler un locataire en impayé : contrat n° [[IDENTIFIANT:NH-58-0124587]], M. [[PERSONNE:Bakari Coulibaly]], dette {{1 247,30 €}}. L'agent n'a pas son accord pour échanger → propose que M. [[PERSONNE:Coulibaly]] vienne lui-même. Le bailleur : « il répond jamais ».",
    ),
    (
        "ccas",
        AT,
        "Appels en série pour le {{colis des aînés}}. Conditions : {{70 ans}} et plus, inscription avant le {{15 novembre}}, retrait à la {{salle des fêtes}}. L'agent a une feuille avec la réponse collée devant elle.",
    ),
    (
        "ccas",
        AT,
        "Une fille appelle pour sa mère, Mme [[PERSONNE:Maréchal]], {{82 ans}}, qui ne peut plus se déplacer. Elle veut les papiers de la téléassistance par mail : [[EMAIL:sophie_marechal71@hotmail.fr]]. « C'est moi [[PERSONNE:Sophie]], la fille. » L'agent envoie le dossier en PJ pendant l'appel.",
    ),
    (
        "ccas",
        AT,
        "Message répondeur que l'agent réécoute pour moi : « oui bonjour c'est [[PERSONNE:René Tissier]], mon numéro c'est le [[TELEPHONE:03.86.33.57.21]], je rappelle pour le bois, voilà, merci ». Elle rappelle, tombe sur le répondeur de M. [[PERSONNE:Tissier]]. Ping-pong.",
    ),
    (
        "ccas",
        AT,
        "L'{{adjoint aux affaires sociales}}, M. [[PERSONNE:Charbonnier]], appelle pour savoir si « la dame de l'autre jour » a eu son aide. L'agent répond sans donner de nom, par prudence, « elle est passée en commission ». Il insiste un peu, elle tient bon.",
    ),
    (
        "ccas",
        AT,
        "La gendarmerie de {{Luzy}} appelle : une dame âgée trouvée en train d'errer sur la route, Mme [[PERSONNE:Odette Lavaud]], née en [[DATE_NAISSANCE:1938]], qui vit seule [[ADRESSE:lieu-dit Les Chaumes, 58170 Luzy]]. Le {{CCAS}} la connaît, portage de repas. L'agent appelle la fille à {{Lyon}}. Urgence, elle est calme, très pro.",
    ),
    (
        "ccas",
        AT,
        "Appel du {{Secours catholique}} pour coordonner la distribution de l'hiver : qui fait quoi, les jours, les créneaux. Pas un seul nom de bénéficiaire donné, « on se les dit pas au téléphone ». {{20 minutes}}.",
    ),
    (
        "ccas",
        AT,
        "Un père appelle pour l'aide au remplissage du dossier {{MDPH}} de son fils. Numéro du dossier lu sur le dernier courrier : [[IDENTIFIANT:MDPH21/2023/07745]]. Le formulaire ({{cerfa 15692*01}}) fait {{20 pages}}. Son fils, [[PERSONNE:Théo]], {{16 ans}}. Rdv jeudi {{10h}} au {{bureau 4}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite à domicile chez M. [[PERSONNE:Émile Ragot]], {{84 ans}}, [[ADRESSE:La Forge, 89520 Saint-Sauveur-en-Puisaye]]. Dossier {{APA}} n° [[IDENTIFIANT:APA-89-2025-1187]] sur la chemise. Poêle à bois, un seul radiateur. Son chat {{Moustache}} nous suit partout. Il demande s'il « va devoir aller à l'hospice ». L'agente : non.",
    ),
    (
        "ccas",
        CSP,
        "Visite annulée : la dame est à l'hôpital de {{Clamecy}} depuis samedi, c'est la voisine qui nous le dit par-dessus la haie. L'agente note, appellera l'hôpital.",
    ),
    (
        "ccas",
        CSP,
        "Logement indigne, visite avec l'{{ARS}}. [[ADRESSE:14 rue Basse, 58500 Clamecy]]. Propriétaire : {{SCI Les Remparts}}. Locataire Mme [[PERSONNE:Fofana]], {{2 enfants}}, moisissures noires dans la chambre des petits. Bail réf. [[IDENTIFIANT:BL-2019-0087]]. Hygromètre : {{85 %}}. L'inspectrice prend {{40 photos}}.",
    ),
    (
        "ccas",
        CSP,
        "Visite à deux : l'agente [[PERSONNE:Delphine]] et la conseillère ESF [[PERSONNE:Agnès Poulain]]. Elles se partagent les rôles, une parle budget, l'autre regarde le logement (frigo, chauffage). Dans la voiture elles débriefent en {{5 min}} chrono.",
    ),
    (
        "ccas",
        CSP,
        "M. [[PERSONNE:Jacquot]], {{91 ans}}, conduit toujours sa {{Peugeot 206}}, plaque [[IMMATRICULATION:4587 WY 71]] (ancien format). Sa fille a appelé le {{CCAS}}, inquiète. Il dit qu'il va juste au {{Super U}} et à la messe. L'agente ne peut rien imposer, parle du {{transport à la demande}}.",
    ),
    (
        "ccas",
        CSP,
        "{{20 min}} à chercher la maison, le {{GPS}} nous envoie dans un champ. Pas de numéros dans le hameau. On finit par demander à un facteur. 📍",
    ),
    (
        "ccas",
        CSP,
        "Point budget chez Mme [[PERSONNE:Salomé Keita]]. Relevé {{Banque Populaire}}, IBAN [[IBAN:FR76 1080 7000 4132 1198 7456 067]]. Prélèvements : {{SFR}} {{39,99 €}}, {{TotalEnergies}} {{112 €}} (réf client [[IDENTIFIANT:1 520 478 963]]), crédit {{Cofidis}} {{87 €}}. Reste {{210 €}} pour le mois avec {{2 enfants}}. L'agente parle de la {{Banque de France}}.",
    ),
    (
        "ccas",
        CSP,
        "M. et Mme [[PERSONNE:Bouchard]], {{60 ans}} de mariage, café servi dans les tasses du dimanche. Lui : « appelez-moi [[PERSONNE:Dédé]] ». Ils demandent une aide-ménagère. Elle fait tout, lui ne voit plus bien. Visite de {{1h30}}, on est repartis avec des gâteaux.",
    ),
    (
        "ccas",
        CSP,
        "Logement d'urgence du {{CCAS}}, {{appartement 2}} au-dessus de {{La Poste}}. La famille [[PERSONNE:Ahmadi]], afghane, réfugiée : titre de séjour n° [[IDENTIFIANT:2104781236]], décision {{OFPRA}} de {{2023}}. Convention d'occupation de {{6 mois}}, renouvelée une fois. Le père, [[PERSONNE:Farid]], montre fièrement son contrat chez {{Intermarché}}.",
    ),
    (
        "ccas",
        CSP,
        "Dans la voiture, classeur « visites » : {{11 intercalaires}}, un par commune. L'agente dit qu'elle couvre {{23 communes}}. Le plus loin : {{35 min}}.",
    ),
    (
        "ccas",
        CSP,
        "Évaluation téléassistance ({{Présence Verte}}). Mme [[PERSONNE:Yvette Chapuis]], née le [[DATE_NAISSANCE:2 février 1933]]. Référents à prévenir : son neveu [[PERSONNE:Alain]], [[TELEPHONE:06 08 47 12 95]], et la voisine, Mme [[PERSONNE:Petit]], [[TELEPHONE:03 85 24 60 18]]. Le bracelet coûte {{24 €}}/mois, le {{CCAS}} en prend {{10 €}}.",
    ),
    (
        "urgences",
        AP,
        "Accueil des urgences, {{CH de Sens}}. L'IOA saisit l'admission : M. [[PERSONNE:Lucas Ferrand]], {{carte Vitale}} → NIR [[NIR:1 01 05 89 387 254 70]], IPP créé [[IDENTIFIANT:0089452316]]. Motif : entorse cheville (foot). Tri {{4}}, {{box 7}}. Il demande combien de temps : « {{3 à 4 heures}} ».",
    ),
    (
        "urgences",
        AP,
        "Salle d'attente : {{23 personnes}}. Écran : « temps d'attente estimé {{4h}} ». Un enfant dort sur {{3 chaises}}. Distributeur de boissons en panne, une affiche à la main « désolé ». Il est {{21h15}}.",
    ),
    (
        "urgences",
        AP,
        "Touriste néerlandais en camping-car, [[PERSONNE:Jeroen van Dijk]], coupure à la main. Passeport [[IDENTIFIANT:NXR4K81P2]], {{carte européenne}} OK. L'agent d'accueil note aussi la plaque du camping-car, [[IMMATRICULATION:V-452-BR]], garé devant l'entrée des ambulances (!), et lui demande de le déplacer. Il parle très bien français.",
    ),
    (
        "urgences",
        AP,
        "IOA de nuit : [[PERSONNE:Sabrina]], {{12 ans}} d'urgences. Agent d'accueil : [[PERSONNE:Julien]], intérimaire. [[PERSONNE:Sabrina]] lui montre comment trier sans regarder l'écran : « tu regardes la couleur de la peau d'abord ».",
    ),
    (
        "urgences",
        AP,
        "Admission de M. [[PERSONNE:Girardot]], né le [[DATE_NAISSANCE:11.09.1972]] (format lu sur la carte mutuelle). Mutuelle {{MGEN}} n° [[IDENTIFIANT:204517893]]. Adresse déclarée : [[ADRESSE:6 allée des Acacias, 89100 Paron]]. Douleur thoracique → tri {{2}}, passe direct.",
    ),
    (
        "urgences",
        AP,
        "Arrivée du {{SMUR}}, tout le monde s'écarte dans le couloir. Le brancard passe en {{10 secondes}}. Après, la salle d'attente est plus silencieuse pendant {{1/4 d'heure}}.",
    ),
    (
        "urgences",
        AP,
        "Bébé de {{4 mois}}, fièvre à {{39,5}}. La maman donne sa {{carte Vitale}} (bébé rattaché) : NIR [[NIR:2 87 03 89 024 112 16]]. Le bébé, [[PERSONNE:Anaïs]], née le [[DATE_NAISSANCE:14/06/2025]]. Passage rapide en pédiatrie, {{20 min}}. La maman dit qu'elle a appelé le {{15}} avant de venir.",
    ),
    (
        "urgences",
        AP,
        "L'agent de sécurité, [[PERSONNE:Abdel]], connaît un habitué alcoolisé par son surnom, « le [[PERSONNE:Grand Lulu]] ». Il le fait asseoir, lui donne de l'eau. « Il vient {{tous les vendredis}}. »",
    ),
    (
        "urgences",
        AP,
        "Patiente amenée par les pompiers, sans papiers sur elle. L'agent cherche dans l'historique avec le nom et la date de naissance donnés par les pompiers, [[DATE_NAISSANCE:03/10/1968]] : retrouve un ancien IPP [[IDENTIFIANT:P00784512]], Mme [[PERSONNE:Marchetti]], NIR [[NIR:2 68 10 21 231 204 85]]. {{CHU Dijon Bourgogne}}, {{urgences adultes}}. Fusion de dossiers à demander, ça arrive « {{2-3 fois}} par semaine ».",
    ),
]

# Notes 138-171: emergency department counter and phone, shelter counter.
NOTES_5 = [
    (
        "urgences",
        AP,
        "Étudiant chinois de l'{{ESIREM}}, [[PERSONNE:Zhang Wei]], brûlure à la main (TP de chimie). Pas encore de {{carte Vitale}}. Il tend son passeport [[IDENTIFIANT:E45821763]] et sa carte étudiante, n° [[IDENTIFIANT:22014587]]. L'agent saisit en « patient sans droits ouverts », facture à suivre. {{CHU Dijon Bourgogne}}. Il s'excuse toutes les 30 secondes.",
    ),
    (
        "urgences",
        AP,
        "Affiche à l'entrée : « Les urgences ne sont pas un cabinet médical. Avant de venir, appelez le {{15}} ». Dessous, un autocollant {{SAS 21}}. Un monsieur la lit à voix haute et dit « j'ai appelé, ils m'ont dit de venir ».",
    ),
    (
        "urgences",
        AP,
        "Détenu amené par l'escorte pénitentiaire, menotté. Les agents ne disent pas le nom à voix haute, juste le numéro d'écrou : [[IDENTIFIANT:24587]]. Il passe directement en box, {{2 surveillants}} devant la porte. L'agent d'accueil : « c'est {{1 fois}} par mois environ ».",
    ),
    (
        "urgences",
        AP,
        "Mme [[PERSONNE:Ribeiro]], chute dans l'escalier, accompagnée par son fils [[PERSONNE:Nuno]] qui répond à toutes les questions à sa place. L'IOA lui demande gentiment de laisser sa mère parler. Elle parle : en {{portugais}}. [[PERSONNE:Nuno]] traduit, un peu vexé.",
    ),
    (
        "urgences",
        AP,
        "Accident de voiture léger. Mme [[PERSONNE:Lagrange]] tend le constat amiable à l'agent qui note pour l'assurance : son véhicule [[IMMATRICULATION:fg-207-lz]] (écrit en minuscules), assurance {{MAAF}} contrat n° [[IDENTIFIANT:158 472 369 K]], l'autre véhicule [[IMMATRICULATION:DX-664-RE]]. Elle a mal au cou. {{Tri 3}}.",
    ),
    (
        "urgences",
        AP,
        "{{2h du matin}}. {{5}} patients en attente, {{1}} médecin, {{1}} interne. L'interne dort {{20 min}} dans la salle de pause. L'IOA : « ça c'est une nuit calme ». Le distributeur marche de nouveau.",
    ),
    (
        "urgences",
        AP,
        "M. [[PERSONNE:Saïd Khelifi]], hébergé au {{foyer Adoma}} de {{Chalon}}, {{chambre 8}}. Date de naissance [[DATE_NAISSANCE:01/01/1980]] sur le titre de séjour ([[IDENTIFIANT:7102458931]]) ; l'agent me dit « beaucoup de gens nés en {{Algérie}} ont le {{1er janvier}}, quand l'état civil n'avait pas la date ». Plaie au bras, {{tri 4}}.",
    ),
    (
        "urgences",
        AP,
        "L'IOA appelle à voix haute « M. [[PERSONNE:Dupuis-Lenoir]] ? ». Personne. « [[PERSONNE:Dupuis-Lenoir]] ?? ». Un monsieur se lève en sursaut, il s'était endormi. Rires dans la salle.",
    ),
    (
        "urgences",
        AP,
        "Arrivée d'une résidente de l'{{EHPAD}} {{Résidence Les Opalines}}, {{chambre 112}}. Fiche de liaison : Mme [[PERSONNE:Simone Blanchot]], née le [[DATE_NAISSANCE:09/07/1929]], IPP [[IDENTIFIANT:710458963]], médecin traitant Dr [[PERSONNE:Hamdani]]. {{CH de Mâcon}}. Pas de famille joignable, le numéro sur la fiche n'est plus attribué.",
    ),
    (
        "urgences",
        AT,
        "Une fille appelle pour savoir si sa mère est arrivée : « [[PERSONNE:Josiane Thévenot]], née le [[DATE_NAISSANCE:17 mai 1947]] ». L'agent vérifie qui appelle : « sa fille, [[PERSONNE:Carole]] ». Il confirme l'arrivée, rien de plus. Elle laisse son numéro pour le médecin, [[TELEPHONE:06 29 74 81 36]].",
    ),
    (
        "urgences",
        AT,
        "Standard des urgences : {{3 lignes}}, un seul agent la nuit. Les sonneries s'enchaînent, il décroche en disant juste « urgences » pour gagner du temps.",
    ),
    (
        "urgences",
        AT,
        "Le Dr [[PERSONNE:Okafor]], généraliste à {{Montbard}}, appelle pour adresser un patient : M. [[PERSONNE:Lucien Gros]], {{78 ans}}, déjà connu (IPP [[IDENTIFIANT:21-0457813]]). « Il arrive en VSL dans {{1h}}. » L'agent note sur le cahier rouge.",
    ),
    (
        "urgences",
        AT,
        "La police appelle : on recherche un jeune, [[PERSONNE:Kevin Muller]], est-il aux urgences ? L'agent : pas d'info sans réquisition. Le policier dit qu'il envoie le papier par fax (!!). Fax reçu {{10 min}} plus tard.",
    ),
    (
        "urgences",
        AT,
        "M. [[PERSONNE:Benyahia]] veut son certificat médical initial (coups) pour porter plainte. Il lit son n° de passage : [[IDENTIFIANT:2025U0458712]]. Il demande un envoi par mail : [[EMAIL:m.benyahia@free.fr]]. Refus : courrier ou retrait sur place avec pièce d'identité.",
    ),
    (
        "urgences",
        AT,
        "Appels « c'est combien l'attente ? » : {{8}} en une heure. L'agent donne toujours la même réponse, « je ne peux pas vous dire, ça dépend des urgences vitales ».",
    ),
    (
        "urgences",
        AT,
        "Le labo {{Cerballiance}} appelle pour un résultat critique (potassium) : patiente [[PERSONNE:Aurore Lemoine]], née le [[DATE_NAISSANCE:1999-04-08]], dossier labo [[IDENTIFIANT:LB24-8871523]]. L'agent transfère au médecin de garde en {{30 secondes}}.",
    ),
    (
        "urgences",
        AT,
        "[[PERSONNE:Nathalie]] (accueil) prend un appel d'un monsieur qui veut savoir si « son voisin » est là. Elle refuse. Il raccroche. Elle : « celui-là c'est le {{3e}} voisin de la semaine ».",
    ),
    (
        "urgences",
        AT,
        "Pharmacie de garde de {{Digoin}} : ordonnance illisible pour un patient sorti cette nuit, M. [[PERSONNE:Dos Santos]]. Signataire : Dr [[PERSONNE:Mercier]], RPPS [[IDENTIFIANT:10101457823]]. L'agent trouve le médecin, qui dicte la posologie au pharmacien.",
    ),
    (
        "urgences",
        AT,
        "Un monsieur demande si les urgences de {{Clamecy}} sont ouvertes la nuit. Non, régulation par le {{15}}, sinon {{Nevers}}, {{1h}} de route. « Et si c'est grave ? » « Vous appelez le {{15}}. »",
    ),
    (
        "urgences",
        AT,
        "Une dame appelle de {{Belgique}}, son fils a eu un accident sur l'{{A6}}. Elle donne la plaque de sa voiture pour qu'on le retrouve, [[IMMATRICULATION:1-GKT-458]], puis son nom, [[PERSONNE:Thomas Vandenberghe]]. Son numéro : [[TELEPHONE:+32 475 28 14 63]]. L'agent trouve, il est au {{déchocage}}, elle va venir.",
    ),
    (
        "urgences",
        AT,
        "M. [[PERSONNE:Lacombe]], sorti hier sans sa {{carte Vitale}}, appelle : « vous pouvez me la renvoyer ? » Adresse : [[ADRESSE:22 rue Jean-Jacques Rousseau, 71100 Chalon-sur-Saône]]. L'agent : oui, par courrier, sous {{1 semaine}}. Il préfère passer.",
    ),
    (
        "chrs",
        AP,
        "Entrée au {{CHRS}} {{L'Escale}}. M. [[PERSONNE:Ousmane Kaba]], orienté par le {{SIAO}}, réf. [[IDENTIFIANT:SIAO89-2025-00871]]. Récépissé de demande de titre de séjour n° [[IDENTIFIANT:R-8904571236]], valable {{3 mois}}. Il aura la {{chambre 3}}, à partager. Règlement lu ensemble, {{4 pages}}. Il signe.",
    ),
    (
        "chrs",
        AP,
        "Le {{CHRS}} compte {{32 places}}, {{4}} libres ce soir mais « réservées » par le {{115}}. Tableau blanc avec des initiales et des couleurs. L'éducatrice efface, réécrit. Je ne note pas les initiales.",
    ),
    (
        "chrs",
        AP,
        "Une dame arrive avec {{2 enfants}} ({{4}} et {{7 ans}}) après des violences. Récépissé de plainte de la gendarmerie de {{Tonnerre}}, PV n° [[IDENTIFIANT:2025/004517]], et l'ordonnance de protection du {{JAF}}, RG [[IDENTIFIANT:25/00318]]. L'éducatrice l'appelle « Mme [[PERSONNE:S.]] » dans le cahier de liaison.",
    ),
    (
        "chrs",
        AP,
        "[[PERSONNE:Martine]], veilleuse de nuit, prend son service à {{21h}}. Elle passe voir [[PERSONNE:Titouan]], {{22 ans}}, qui joue à la console. « Tu dors pas trop tard. » Il répond « oui maman ». Elle rit.",
    ),
    (
        "chrs",
        AP,
        "Ouverture d'un compte {{Nickel}} au tabac, avec le TS. M. [[PERSONNE:Petru Moldovan]] revient avec sa carte et son IBAN imprimé : [[IBAN:FR76 1659 8000 0100 0045 1287 335]]. Son numéro : [[TELEPHONE:07 53 18 29 40]]. Le TS envoie le RIB à la {{Caf}} pour le {{RSA}} dans la foulée.",
    ),
    (
        "chrs",
        AP,
        "Repas à {{19h}}, participation {{1 €}}. Ce soir : lentilles-saucisses, yaourt. Cuisine collective, chacun son tour de vaisselle, tableau affiché.",
    ),
    (
        "chrs",
        AP,
        "Inscription à {{France Travail}} avec l'éducateur sur le PC de la salle commune. Identifiant obtenu : [[ID_FRANCE_TRAVAIL:5214789K]]. [[PERSONNE:Jordan Lefort]] note l'identifiant sur sa main au stylo 🖊️. L'éducateur le lui recopie sur un papier.",
    ),
    (
        "chrs",
        AP,
        "Entrée de [[PERSONNE:Ibrahima]], {{18 ans}} depuis une semaine, né le [[DATE_NAISSANCE:5 décembre 2006]], sorti de l'{{ASE}}. Il a un sac de sport et un classeur avec tous ses papiers bien rangés. Il demande s'il y a le wifi.",
    ),
    (
        "chrs",
        AP,
        "M. [[PERSONNE:Didier Fauvel]] dormait dans sa voiture depuis {{3 mois}}, une {{Renault Kangoo}} immatriculée [[IMMATRICULATION:BM-745-TC]], sur le parking de l'{{Intermarché}}. Il demande à la garer dans la cour du {{CHRS}}. L'éducateur note la plaque pour le registre du parking.",
    ),
    (
        "chrs",
        AP,
        "Salle commune : télé sur {{BFM}} (un sujet sur {{Mbappé}}), {{3}} résidents jouent à la belote. Un autre lit {{L'Yonne Républicaine}} de la veille. Ça sent le café.",
    ),
    (
        "chrs",
        AP,
        "Demande de logement social avec Mme [[PERSONNE:Cheikh]]. Numéro unique départemental : [[IDENTIFIANT:08902250104578]], attestation imprimée. L'éducatrice ajoute son mail pour les notifications : [[EMAIL:fatou.cheikh@yahoo.fr]]. Délai moyen annoncé pour un {{T2}} à {{Auxerre}} : « {{1 an}} et demi ».",
    ),
    (
        "chrs",
        AP,
        "[[PERSONNE:Raymond]], {{67 ans}}, le plus ancien résident (« {{4 ans}} ici »). Il fait visiter aux nouveaux. Il a son fauteuil dans la salle commune, personne ne s'y assoit.",
    ),
    (
        "chrs",
        AP,
        "Dossier {{C2S}} pour M. [[PERSONNE:Abdelkader Mansouri]], {{80 ans}}, né à {{Oujda}} ({{Maroc}}). NIR recopié de l'attestation de la {{Carsat}} : [[NIR:1 45 08 99 350 092 31]]. Retraite {{684 €}} + {{ASPA}} en cours. L'éducatrice remplit, il signe d'une croix.",
    ),
]

# Notes 172-206: shelter counter, 115 calls, shelter visits and night rounds, France Travail counter.
NOTES_6 = [
    (
        "chrs",
        AP,
        "Mise à l'abri de M. [[PERSONNE:Hamid Rezaei]], demandeur d'asile iranien. Attestation de demande d'asile, n° {{AGDREF}} [[IDENTIFIANT:0899145027]], et carte {{ADA}} de l'{{OFII}} n° [[IDENTIFIANT:4589 2314 7851 0036]]. Il parle anglais, l'éducateur aussi. Le {{CADA}} est plein, ici c'est « en attendant ». Il demande où est la mosquée.",
    ),
    (
        "chrs",
        AT,
        "{{115}} de l'{{Yonne}}. Une femme, [[PERSONNE:Jessica]], {{26 ans}}, appelle de la gare de {{Migennes}}. L'écoutant prend son portable, [[TELEPHONE:06 84 21 57 30]], pour la rappeler si une place se libère, et ouvre une demande {{SIAO}} n° [[IDENTIFIANT:SI-89-25-04471]]. Il n'y a rien pour l'instant. Elle dit « je reste dans la gare jusqu'à la fermeture ».",
    ),
    (
        "chrs",
        AT,
        "Soirée au {{115}} : {{41 appels}} entre {{18h}} et {{22h}}, {{6}} mises à l'abri, {{19}} « pas de solution ». L'écoutante coche une grille papier en plus du logiciel, « au cas où ».",
    ),
    (
        "chrs",
        AT,
        "Un homme appelle avec le téléphone d'un passant. Pour la fiche, date de naissance : « [[DATE_NAISSANCE:trois juillet quatre-vingt-cinq]] ». Nom : [[PERSONNE:Ludovic Masson]], il épelle « [[PERSONNE:M-A-deux S-O-N]] ». Orienté vers l'accueil de nuit de {{Sens}}, {{22h}} max.",
    ),
    (
        "chrs",
        AT,
        "L'écoutante [[PERSONNE:Samia]] et le coordinateur [[PERSONNE:Vincent]] se passent un appel difficile. [[PERSONNE:Samia]] écrit sur un post-it « il pleure », [[PERSONNE:Vincent]] prend le casque. {{15 minutes}}.",
    ),
    (
        "chrs",
        AT,
        "La maraude de {{Nevers}} appelle le {{115}} : un homme sous le pont, hypothermie probable. Ils lisent sa carte d'identité polonaise : [[PERSONNE:Tomasz Wiśniewski]], né le [[DATE_NAISSANCE:12.03.1977]], n° [[IDENTIFIANT:AYK458712]]. Place trouvée à l'accueil de nuit, ils l'y emmènent.",
    ),
    (
        "chrs",
        AT,
        "Musique d'attente du {{115}} : une boucle de {{20 secondes}}. L'écoutante dit qu'elle l'entend dans ses rêves.",
    ),
    (
        "chrs",
        AT,
        "Un hôtelier appelle : la famille [[PERSONNE:Gashi]] est à l'{{hôtel Première Classe}} de {{Beaune}}, {{chambre 27}}, et il n'a pas reçu le bon de prise en charge n° [[IDENTIFIANT:BPC-21-009871]]. L'écoutant le renvoie par mail, {{3 nuits}}, {{52 €}} la nuit.",
    ),
    (
        "chrs",
        AT,
        "Une femme appelle, victime de violences, ne veut pas donner son nom. L'écoutante ne la force pas, lui donne le {{3919}} et le {{17}}. Elle donne quand même la plaque de la voiture du conjoint, « s'il vient » : [[IMMATRICULATION:HA-093-KS]]. Appel coupé.",
    ),
    (
        "chrs",
        AT,
        "[[PERSONNE:Gaëlle]], écoutante depuis {{2016}}, a une tasse « meilleure écoutante du monde ». Cadeau d'un ancien hébergé, dit-elle.",
    ),
    (
        "chrs",
        AT,
        "Transmission au {{CHRS}} de {{Mâcon}}, fiche lue au téléphone : nom [[PERSONNE:Kouassi]], prénom [[PERSONNE:Aya]], née le [[DATE_NAISSANCE:22/10/1991]], tél [[TELEPHONE:0756290418]], mail [[EMAIL:aya.kouassi91@outlook.fr]]. Arrivée prévue demain {{10h}} avec son fils de {{3 ans}}.",
    ),
    (
        "chrs",
        AT,
        "Pas de place sur le département ce soir. L'écoutant appelle la {{Nièvre}}, puis la {{Côte-d'Or}}. Rien. Il raccroche, reste {{1 minute}} sans rien dire, reprend l'appel suivant.",
    ),
    (
        "chrs",
        AT,
        "M. [[PERSONNE:Gilles Boivin]] a été expulsé ce matin du [[ADRESSE:5 rue des Tanneries, 21400 Châtillon-sur-Seine]] ; commissaire de justice passé à {{9h}}, jugement du tribunal de {{Dijon}}, RG [[IDENTIFIANT:23/02871]]. Il a ses affaires dans {{4 sacs}}. Orienté vers l'accueil de jour pour demain.",
    ),
    (
        "chrs",
        AT,
        "Un habitué qu'ils appellent « [[PERSONNE:Papy]] » appelle pour dire bonjour. L'écoutant lui parle {{3 minutes}}, « il appelle tous les soirs, il a un logement maintenant, il s'ennuie ».",
    ),
    (
        "chrs",
        AT,
        "Le {{CH de Nevers}} appelle : sortie d'un patient sans domicile, M. [[PERSONNE:Jean-Claude Berthier]], IPP [[IDENTIFIANT:580012457]], prévue à {{16h}}. L'écoutante cherche une place pour ce soir, en trouve une à {{Decize}}. Reste le transport.",
    ),
    (
        "chrs",
        AT,
        "Un jeune, [[PERSONNE:Kenzo]], batterie à {{4 %}} : « si ça coupe, mon snap c'est [[IDENTIFIANT:@kenz.du58]] ». L'écoutante note, sourit, et prend aussi le numéro de l'ami chez qui il dort ce soir.",
    ),
    (
        "chrs",
        AT,
        "{{23h}}, fin de service. {{12 demandes}} non pourvues. L'écoutante ferme le logiciel, éteint la lumière. On sort par derrière.",
    ),
    (
        "chrs",
        CSP,
        "Visite d'un logement en diffus ({{ALT}}), [[ADRESSE:8 rue Carnot, 89300 Joigny]]. Mme [[PERSONNE:Nadia Bensaïd]] y vit avec sa fille. L'éducateur relève le compteur {{Linky}} (index {{45 812 kWh}}), vérifie la VMC, le détecteur de fumée. Tout va bien. Elle propose un thé, on accepte.",
    ),
    (
        "chrs",
        CSP,
        "Maraude de nuit, {{-3 °C}}. On distribue {{14 cafés}}, {{6 couvertures}}. Personne ne veut venir au chaud ce soir. L'un dit « je garde ma place ».",
    ),
    (
        "chrs",
        CSP,
        "Maraude le long du canal à {{Dijon}}. Un homme sous tente avec son chien {{Kaïser}}. Il sort sa carte d'identité (ancien modèle) pour « prouver qu'il existe » : [[PERSONNE:Steven Roy]], n° [[IDENTIFIANT:210421300587]], né le [[DATE_NAISSANCE:14/02/1993]]. Le chien est la raison pour laquelle il refuse le foyer.",
    ),
    (
        "chrs",
        CSP,
        "Visite chez [[PERSONNE:Lina]] et [[PERSONNE:Youssef]], couple en logement relais. [[PERSONNE:Youssef]] vient d'avoir un {{CDI}} de {{cariste}}. Ils parlent de quitter le dispositif en {{juin}}. [[PERSONNE:Lina]] montre les photos de l'appartement visité.",
    ),
    (
        "chrs",
        CSP,
        "Famille [[PERSONNE:Winterstein]], sur l'[[ADRESSE:aire d'accueil des gens du voyage de Montceau, place 14]]. Caravane + voiture [[IMMATRICULATION:EY-582-WN]]. L'éducatrice vient pour le suivi {{RSA}}. Les enfants font leurs devoirs sur le capot.",
    ),
    (
        "chrs",
        CSP,
        "Appartement vide préparé pour une nouvelle famille demain : l'éducateur vérifie {{2 lits}}, {{1 lit bébé}}, vaisselle, {{kit d'entrée}} (draps, produits). Il manque une ampoule. On va en acheter une à {{Bricomarché}}.",
    ),
    (
        "chrs",
        CSP,
        "Chez M. [[PERSONNE:Adama Sangaré]], bail glissant avec {{Orvitis}}, réf. logement [[IDENTIFIANT:ORV-210457-03]]. Carte de résident n° [[IDENTIFIANT:2101458796]] posée sur le frigo (« comme ça je la perds pas »). Il montre sa fiche de paie {{Dijon Céréales}}. Le bail passera à son nom en {{septembre}}.",
    ),
    (
        "chrs",
        CSP,
        "L'éducatrice, [[PERSONNE:Pauline]], {{28 ans}}, fait {{5 visites}} par jour en {{Clio}} de service. Elle a un carnet à spirale par personne suivie, couleurs différentes. « Le logiciel c'est pour le financeur, le carnet c'est pour moi. »",
    ),
    (
        "chrs",
        CSP,
        "Chez Mme [[PERSONNE:Rosa Delgado]], un courrier du {{SIP}} de {{Mâcon}} sur la table, pas ouvert depuis {{2 mois}}. On l'ouvre ensemble : numéro fiscal [[IDENTIFIANT:14 71 458 963 215]], déclaration de revenus manquante. L'éducatrice lui montre le {{0 809 401 401}} et prend rdv au {{France services}}.",
    ),
    (
        "chrs",
        CSP,
        "Retour au bureau, chacun tape ses comptes rendus. {{45 minutes}} de saisie pour {{3 heures}} de visites. « C'est le ratio normal », dit le chef de service.",
    ),
    (
        "france_travail",
        AP,
        "Agence {{France Travail}} d'{{Autun}}. M. [[PERSONNE:Nicolas Perret]], réinscription, identifiant [[ID_FRANCE_TRAVAIL:4582136T]]. La conseillère, Mme [[PERSONNE:Hadid]], lui propose l'offre n° {{184QXWR}} ({{cariste}}, {{CACES 3}}, {{Le Creusot}}). Il a le {{CACES}} mais plus de voiture. Silence.",
    ),
    (
        "france_travail",
        AP,
        "Espace libre accès : {{8 PC}}, {{2}} en panne. Un service civique aide les gens à s'actualiser. File à la borne d'accueil : {{6 personnes}} à {{9h05}}.",
    ),
    (
        "france_travail",
        AP,
        "Actualisation ratée, Mme [[PERSONNE:Lucie Charrier]] a été radiée. Elle lit son identifiant sur le courrier : [[ID_FRANCE_TRAVAIL:045 7812 L]]. {{ARE}} de {{1 148 €}} suspendue. La conseillère peut annuler la radiation « exceptionnellement » si elle s'actualise aujourd'hui. Elle s'actualise sur le PC, en {{4 min}}.",
    ),
    (
        "france_travail",
        AP,
        "Dans l'agence, un {{olivier}} en pot près des fenêtres. Le conseiller s'appelle [[PERSONNE:Olivier]], les collègues en rient. [[PERSONNE:Olivier]] me dit qu'il a fait {{15 ans}} dans le bâtiment avant de devenir conseiller.",
    ),
    (
        "france_travail",
        AP,
        "Atelier {{CV}} individuel : la conseillère montre un CV modèle au nom de « [[PERSONNE:Jean Dupont]] ». [[PERSONNE:Marine Gonçalves]] refait le sien, on corrige le mail : [[EMAIL:marine.goncalves@sfr.fr]] au lieu de l'ancien [[EMAIL:bebedu71@hotmail.fr]] 😅, et le portable [[TELEPHONE:06 12 87 40 53]] en haut à droite.",
    ),
    (
        "france_travail",
        AP,
        "Atelier collectif « {{CV}} et lettre de motivation », {{7 inscrits}}, {{4}} présents. La conseillère projette un diaporama, l'ordinateur redémarre au milieu (mise à jour {{Windows}}).",
    ),
    (
        "france_travail",
        AP,
        "Jeune en {{CEJ}}, [[PERSONNE:Lenny]], {{19 ans}}, identifiant [[ID_FRANCE_TRAVAIL:6120458B]]. Allocation CEJ jusqu'à {{545,48 €}}, versée sur son compte, il lit l'IBAN sur son appli : [[IBAN:FR76 1100 6004 0073 0124 5800 109]]. Il a raté {{2}} rdv, la conseillère le recadre gentiment. Il veut passer le permis, elle parle de l'{{aide au permis}} de la {{Région}}.",
    ),
    (
        "france_travail",
        AP,
        "Formation {{CACES}} financée par le {{CPF}} + abondement. M. [[PERSONNE:Hakim Boukhari]], identifiant [[ID_FRANCE_TRAVAIL:3301247 R]], dossier {{Mon Compte Formation}} n° [[IDENTIFIANT:MCF-2025-4512873]]. Reste à charge {{0 €}}. Début le {{3 mars}} à {{Chalon}}.",
    ),
]

# Notes 207-240: France Travail counter and phone (3949).
NOTES_7 = [
    (
        "france_travail",
        AP,
        "Agence de {{Beaune}}, inscription complète. Mme [[PERSONNE:Laura Mignot]], née le [[DATE_NAISSANCE:9 juillet 1994]] à {{Dijon}}, NIR [[NIR:2 94 07 21 231 387 35]]. Identifiant attribué : [[ID_FRANCE_TRAVAIL:2047815M]]. RIB pour l'{{ARE}} : [[IBAN:FR76 3000 3016 2000 0502 1834 720]]. Fin de {{CDD}} chez {{Bouchard Père & Fils}} (vendanges + chai). {{1 h}} de rdv, tout est fait.",
    ),
    (
        "france_travail",
        AP,
        "Bénéficiaire du {{RSA}} inscrit automatiquement. M. [[PERSONNE:Abdoulaye Camara]] montre son attestation {{Caf}}, n° allocataire [[N_ALLOCATAIRE:1547203]]. Identifiant [[ID_FRANCE_TRAVAIL:7712450P]]. La conseillère explique le contrat d'engagement et les {{15 heures}} d'activité par semaine. Il demande « c'est quoi une heure d'activité ? ». Elle cherche ses mots.",
    ),
    (
        "france_travail",
        AP,
        "À l'accueil : {{2}} agents, une file de {{9 personnes}}. Un monsieur vient pour « le papier pour la {{Caf}} », un autre pour « le papier pour le tribunal », une dame pour « l'imprimante ». Tout se règle en moins de {{5 min}} chacun.",
    ),
    (
        "france_travail",
        AP,
        "Aide à la mobilité pour réparer une voiture. M. [[PERSONNE:Kévin Bardet]], identifiant [[ID_FRANCE_TRAVAIL:1093874C]]. Devis du {{Garage Pereira Auto}} à {{Toucy}} : {{640 €}}, embrayage. Véhicule [[IMMATRICULATION:DF-338-NB]], carte grise n° [[IDENTIFIANT:2015DF44781]] à son nom. Aide plafonnée à {{500 €}}. Sans voiture, pas de boulot : {{12 km}} jusqu'à la zone.",
    ),
    (
        "france_travail",
        AP,
        "[[PERSONNE:Rodolphe]], conseiller, et sa responsable d'équipe, Mme [[PERSONNE:Guénot]], font le point entre deux rdv : portefeuille de {{180 demandeurs}} pour lui. Il dit que c'est « correct » comparé à {{2019}}.",
    ),
    (
        "france_travail",
        AP,
        "Vendanges à {{Chablis}} : M. [[PERSONNE:Ionuț Popa]], saisonnier roumain, veut s'inscrire après la saison. Il a une carte {{MSA}} (n° [[N_ALLOCATAIRE:0890457]]) et son passeport roumain [[IDENTIFIANT:058412736]]. Mail : [[EMAIL:ionut.popa1988@yahoo.com]]. La conseillère vérifie les droits : pas assez de jours travaillés en {{France}}.",
    ),
    (
        "france_travail",
        AP,
        "Licenciement économique. M. [[PERSONNE:Patrice Gaudin]], {{53 ans}}, ancien de la {{Fromagerie Gaugry}}. Attestation employeur avec son NIR, [[NIR:1 71 12 71 270 066 63]], né à {{Mâcon}}. Il parle du {{CSP}} (contrat de sécurisation professionnelle), {{12 mois}}. « J'ai jamais fait de {{CV}} de ma vie. »",
    ),
    (
        "france_travail",
        AP,
        "Panneau des offres à l'entrée : {{34 offres}}, dont {{11}} en agriculture, {{6}} en aide à domicile, {{4}} chauffeurs. Une annonce « {{EARL du Champ Doré}} cherche tractoriste » en gros. Une dame prend tout en photo avec son téléphone, offre par offre. L'agent d'accueil, [[PERSONNE:Kamel]], lui dit que tout est sur l'appli.",
    ),
    (
        "france_travail",
        AP,
        "Étudiante en {{BTS}} au {{lycée Henri-Parriat}} de {{Montceau}}, cherche une alternance. [[PERSONNE:Manon Royer]], INE [[IDENTIFIANT:2308457196E]]. La conseillère note son portable, [[TELEPHONE:07 69 41 02 88]], pour la {{méthode de recrutement par simulation}}. {{3 entreprises}} intéressées dans le secteur.",
    ),
    (
        "france_travail",
        AP,
        "M. [[PERSONNE:Jean-Robert Pierre-Louis]], originaire d'{{Haïti}}, montre son titre de séjour n° [[IDENTIFIANT:7103458129]], mention « autorise son titulaire à travailler ». Identifiant [[ID_FRANCE_TRAVAIL:5630127 Z]]. Aide-soignant diplômé là-bas, diplôme pas reconnu. La conseillère parle de la {{VAE}}.",
    ),
    (
        "france_travail",
        AP,
        "Mme [[PERSONNE:Chantal Morel]] déclare son déménagement : [[ADRESSE:2 route de Corancy, 58120 Château-Chinon]]. Elle change donc d'agence, ce sera {{Nevers}} ou une permanence à {{Château-Chinon}} tous les {{15 jours}}. Elle : « je préfère la permanence ».",
    ),
    (
        "france_travail",
        AP,
        "M. [[PERSONNE:Bernard Lhomme]], {{62 ans}}, NIR [[NIR:1 62 11 58 194 045 36]], veut savoir quand il pourra partir en retraite. Relevé de carrière imprimé depuis {{info-retraite.fr}} : {{168 trimestres}}. {{ARE}} versée sur [[IBAN:FR76 1100 6000 3184 5120 3601 905]]. La conseillère le renvoie vers la {{Carsat}} pour le calcul.",
    ),
    (
        "france_travail",
        AP,
        "« Club emploi seniors », {{8 participants}} de {{55 à 63 ans}}. L'animatrice, [[PERSONNE:Véronique]], fait un tour de table. Quelqu'un dit « à mon âge on vous regarde plus ». Les autres hochent la tête.",
    ),
    (
        "france_travail",
        AP,
        "Mme [[PERSONNE:Sarah Benhaddou]] a besoin d'une attestation de situation pour la {{Caf}} (n° allocataire [[N_ALLOCATAIRE:3098214]]). Identifiant [[ID_FRANCE_TRAVAIL:0921457 K]]. L'agent l'imprime, {{30 secondes}}. Elle avait attendu {{40 min}} pour ça.",
    ),
    (
        "france_travail",
        AP,
        "M. [[PERSONNE:Gérald Lambertin]] met à jour son profil : nouveau mail [[EMAIL:g.lambertin@wanadoo.fr]], fixe [[TELEPHONE:03 86 46 12 70]]. Pas de portable. La conseillère lui dit que certains employeurs envoient des SMS. Il répond qu'il a « le fixe depuis {{1982}} ».",
    ),
    (
        "france_travail",
        AP,
        "Entrée en formation {{AFPA}} à {{Auxerre}} ({{secrétaire assistante}}). Mme [[PERSONNE:Christelle Fournier]] donne son passeport faute de carte d'identité : [[IDENTIFIANT:19AK45821]]. Née le [[DATE_NAISSANCE:24/08/1983]] à {{Autun}}, NIR [[NIR:2 83 08 71 014 471 40]]. La formation dure {{7 mois}}, rémunération {{RFF}}.",
    ),
    (
        "france_travail",
        AT,
        "{{3949}}. Un monsieur donne son identifiant chiffre par chiffre : « [[ID_FRANCE_TRAVAIL:4 5 8 9 0 1 2 J]] », puis son code postal, {{89100}}. C'est M. [[PERSONNE:Boualem]]. Il n'a pas reçu son paiement. Le conseiller voit : actualisation non faite, « vous avez oublié de répondre à la question {{3}} ».",
    ),
    (
        "france_travail",
        AT,
        "Plateau {{3949}} : les appels arrivent par vagues à {{8h30}}, {{13h30}}. Le conseiller a une liste de réponses toutes faites scotchée sous l'écran. {{38 appels}} traités dans la matinée à {{4}}.",
    ),
    (
        "france_travail",
        AT,
        "Trop-perçu d'{{ARE}} de {{1 876,22 €}}. Mme [[PERSONNE:Léa Vautrin]], identifiant [[ID_FRANCE_TRAVAIL:3352871H]], veut rembourser par virement et lit son RIB : [[IBAN:10278 02512 00030124578 23]]. Le conseiller : non, c'est nous qui retenons sur les allocations, {{20 %}} par mois. Elle préfère d'un coup. Ça se complique.",
    ),
    (
        "france_travail",
        AT,
        "[[PERSONNE:Josette]], conseillère, me présente [[PERSONNE:Malik]], arrivé il y a {{2 mois}}. [[PERSONNE:Malik]] : « le plus dur c'est les gens qui pleurent et qu'on peut pas voir ». [[PERSONNE:Josette]] : « tu t'habitues pas, tu fais avec ».",
    ),
    (
        "france_travail",
        AT,
        "Une employeuse appelle pour son offre n° {{185BKLM}} ({{serveur}}, {{restaurant Le Cep}}, {{Beaune}}). Mme [[PERSONNE:Lecomte]], gérante, laisse son portable [[TELEPHONE:06 31 77 48 20]]. SIRET du restaurant {{519 874 302 00015}}. « J'ai eu {{zéro}} candidat en {{3 semaines}}. »",
    ),
    (
        "france_travail",
        AT,
        "Vérification d'identité au téléphone : « votre date de naissance ? » « le [[DATE_NAISSANCE:vingt-neuf novembre deux mille trois]] ». Le conseiller voit le NIR à l'écran, [[NIR:2 03 11 89 206 145 28]], c'est cohérent. [[PERSONNE:Océane Picard]], {{21 ans}}, demande l'aide au permis.",
    ),
    (
        "france_travail",
        AT,
        "Question sur le délai de carence : {{7 jours}} + différé congés payés. Le conseiller dessine une frise sur un papier pendant qu'il parle, alors que la personne ne la voit pas. La personne s'appelle [[PERSONNE:Sylvain]], c'est tout ce que je sais.",
    ),
    (
        "france_travail",
        AT,
        "Appel sortant vers un bénéficiaire {{RSA}}, M. [[PERSONNE:Thierry Chaput]] (n° alloc [[N_ALLOCATAIRE:4120587]]), pour un rdv {{jeudi 9h30}}, {{bureau 6}}. Il n'a pas de voiture, habite à {{22 km}}. Le conseiller bascule en rdv téléphonique et envoie la confirmation sur [[EMAIL:thierry.chaput58@orange.fr]].",
    ),
    (
        "france_travail",
        AT,
        "M. [[PERSONNE:Pierre-Antoine Casanova]], né à {{Bastia}}, vient de s'installer à {{Tonnerre}}. Transfert de dossier : NIR [[NIR:177092B03311268]], identifiant [[ID_FRANCE_TRAVAIL:6634120 W]]. Il demande s'il y a « du boulot dans le vin ». Le conseiller rit : « vous êtes au bon endroit ».",
    ),
    (
        "france_travail",
        AT,
        "Demande d'{{AGEPI}} (garde d'enfants). Mme [[PERSONNE:Priscilla Anselme]], {{2 enfants}} nés en [[DATE_NAISSANCE:2019]] et [[DATE_NAISSANCE:2022]], n° alloc {{Caf}} [[N_ALLOCATAIRE:2984105]] pour justifier. Elle redonne son RIB : [[IBAN:FR76 1213 5000 0104 7512 3698 491]]. AGEPI : {{400 €}} pour {{2 enfants}}.",
    ),
    (
        "france_travail",
        AT,
        "Le conseiller raccroche et souffle : « Mme [[PERSONNE:Rolland]], c'est la {{5e}} fois ». Elle est exploitante agricole en reconversion, n° {{MSA}} [[N_ALLOCATAIRE:0715482]], et ses droits ne s'ouvrent pas car la MSA n'a pas transmis. « Je vais appeler la MSA moi-même, sinon on y est encore à {{Noël}}. »",
    ),
    (
        "france_travail",
        AT,
        "Ancien frontalier en {{Belgique}}, formulaire {{U1}} en attente. M. [[PERSONNE:Quentin Delvaux]], identifiant [[ID_FRANCE_TRAVAIL:2287104F]], a encore un compte belge : [[IBAN:BE14 0631 2345 6783]]. Le conseiller : il faut un compte {{SEPA}}, ça marche, mais le formulaire U1 d'abord.",
    ),
    (
        "france_travail",
        AT,
        "Coupure générale du {{3949}} de {{11h02}} à {{11h20}}. Les conseillers en profitent pour traiter les mails. Message de la direction : « incident national ».",
    ),
    (
        "france_travail",
        AT,
        "M. [[PERSONNE:Yanis Ferhat]] vient d'acheter une voiture pour un {{CDD}}, demande l'aide pour la {{carte grise}}. Plaque provisoire [[IMMATRICULATION:WW-457-QB]]. Le conseiller le rappellera au [[TELEPHONE:06 98 05 14 62]] après vérification. Aide possible : oui, si contrat d'au moins {{3 mois}}.",
    ),
    (
        "france_travail",
        AT,
        "Fin de master à l'{{université de Bourgogne}}, inscription. [[PERSONNE:Yassine El Amrani]] donne sa carte étudiante (n° [[IDENTIFIANT:21704589]]) et son mail de la fac : [[EMAIL:yassine.el-amrani@etu.u-bourgogne.fr]]. Le conseiller lui conseille un mail perso, « celui-là va fermer ». Il cherche dans la data, à {{Dijon}} ou {{Lyon}}.",
    ),
    (
        "france_travail",
        AT,
        "Saisonnier portugais, [[PERSONNE:Rui Teixeira]], voiture immatriculée au {{Portugal}} ([[IMMATRICULATION:45-TR-12]]), travaille dans les vignes de {{Nuits-Saint-Georges}}. Identifiant [[ID_FRANCE_TRAVAIL:8812457N]], mail [[EMAIL:rui.teixeira@sapo.pt]]. Il appelle pour l'attestation de fin de contrat, l'employeur ne l'a pas envoyée.",
    ),
    (
        "france_travail",
        AT,
        "Mme [[PERSONNE:Aurélie Bouquet]], née en [[DATE_NAISSANCE:novembre 91]] à {{Nevers}}. Le conseiller relit le NIR, [[NIR:2 91 11 58 194 316 40]], et l'IBAN enregistré, [[IBAN:FR69 3000 2044 1000 0045 1278 K83]], pour vérifier. Identifiant [[ID_FRANCE_TRAVAIL:1158736D]]. Elle attend l'{{ARE}} depuis {{6 semaines}}.",
    ),
    (
        "france_travail",
        AT,
        "Dernier appel. M. [[PERSONNE:Cédric Vallet]], chauffeur-livreur, veut faire rembourser des frais de déplacement pour un entretien à {{Dijon}} : {{142 km}} avec sa voiture, [[IMMATRICULATION:ET 481 VR]]. Le conseiller demande l'IBAN pour le dossier, il le dicte : [[IBAN:FR76 3006 6108 2100 0102 3450 135]]. Remboursement sous {{15 jours}}.",
    ),
]

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6 + NOTES_7


if __name__ == "__main__":
    main()
