"""Independent evaluation corpus n° 102 (hand-written notes, emphasis: dates of birth, PACA).

The notes below were written one by one by the author. Inline marks:

- ``[[LABEL:value]]``: a value to mask, labelled ``LABEL``;
- ``{{value}}``: a string that looks like personal data but must be kept.

Running this file strips the marks, computes the offsets (Python string indices, end
exclusive), numbers the notes ``ind102-001`` … in writing order, draws the dev / holdout split
and writes ``dev.jsonl`` and ``holdout.jsonl`` next to it. Standard library only, deterministic.
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind102"
SEED = 102
MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        if m.group(1) is not None:
            value = m.group(2)
            entities.append({"start": length, "end": length + len(value), "label": m.group(1)})
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unbalanced mark in {marked!r}")
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
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for note in sorted(notes, key=lambda n: n["id"]):
            out.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build_notes()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


# The notes, in writing order: (site_kind, channel, marked text).

BATCH_1 = [
    (
        "caf",
        "accueil_physique",
        "{{9h12}} 1ere personne : Mme [[PERSONNE:Benali]] vient declarer la naissance de son {{3e}}. L'agent tape direct : [[PERSONNE:Yasmina Benali]] née le [[DATE_NAISSANCE:14/02/1990]], conjoint [[PERSONNE:Karim]] né le [[DATE_NAISSANCE:3 septembre 1986]], bébé [[PERSONNE:Nour]] née le [[DATE_NAISSANCE:28/01/2024]]. Elle demande si la {{prime de naissance}} est encore possible, l'agent dit non c'etait avant le {{7e mois}}. Num alloc [[N_ALLOCATAIRE:2287415]]. Elle repart avec un rdv le {{12/03}} à {{14h}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel {{10h40}}. L'agente ([[PERSONNE:Nathalie]] sur le badge) demande nom, prénom, date de naissance pour verifier l'identité avant tout. Le monsieur : \"[[PERSONNE:Ferhat Ouali]], né le [[DATE_NAISSANCE:vingt-deux juin soixante-dix-neuf]]\". Elle relit l'écran à voix haute pour confirmer : « [[DATE_NAISSANCE:22.06.1979]], c'est bien ça ? » Ça colle. Il appelle pour l'{{APL}} qui a baissé de {{37 €}} depuis {{janvier}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Controle a domicile, [[ADRESSE:14 bd de la Libération, 84000 Avignon]]. Le controleur verifie la compo familiale sur sa tablette :\n- [[PERSONNE:Sandrine Muller]], [[DATE_NAISSANCE:1983]]\n- [[PERSONNE:Lucas]] [[DATE_NAISSANCE:04/05/2008]]\n- [[PERSONNE:Emma]] [[DATE_NAISSANCE:19/11/2011]]\n- [[PERSONNE:Tom]] [[DATE_NAISSANCE:02/2016]]\n[[PERSONNE:Lucas]] a {{16 ans}}... il est en apprentissage depuis {{septembre 2023}}, ça change le calcul. Le contrôle dure {{1h20}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mr [[PERSONNE:Giordano]] veut sa carte Vitale, perdue au marché de {{la Plaine}}. Il dicte son numéro de secu par paquets : [[NIR:1 53 03 99 127 012 24]]. Né en {{Italie}}, à {{Naples}}, arrivé à {{Marseille}} en {{1961}}. Agent : formulaire en ligne sur {{Ameli}}, il n'a pas d'ordi. Fait sur place, {{12 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        'Plateforme {{3646}}. Une dame appelle pour rattacher son fils sur sa carte. L\'agent: date de naissance de l\'enfant ? → "le [[DATE_NAISSANCE:douze août deux mille dix-neuf]]". Puis la sienne : "[[DATE_NAISSANCE:85]]". L\'agent insiste pour le jour, elle dit "le [[DATE_NAISSANCE:30 avril]]"... Nom [[PERSONNE:Kelly Garnier]], fils [[PERSONNE:Noah]]. Attente avant décroché : {{18 min}} 😬',
    ),
    (
        "ccas",
        "accueil_physique",
        "CCAS de {{La Seyne-sur-Mer}}, permanence du mardi. File de {{11 personnes}} à l'ouverture ({{8h30}}). Bcp de demandes d'aide alimentaire, orientation vers l'{{épicerie solidaire}}. L'agente explique qu'il faut un justificatif de ressources de moins de {{3 mois}}. Un monsieur repart sans rien, énervé, il avait oublié ses papiers.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accueil urgences {{Hôpital Nord}}. Infirmière d'orientation, patient arrive en fauteuil avec sa fille. 'Nom ?' '[[PERSONNE:Abdelkader Hamidi]]' 'Date de naissance ?' La fille répond à sa place : \"[[DATE_NAISSANCE:1er janvier 1944]]\" — l'IOA sourit, bcp de {{1er janvier}} chez les anciens nés en {{Algérie}}, dit-elle. IPP créé : [[IDENTIFIANT:80234517]]. La fille, [[PERSONNE:Samia]], laisse son portable : [[TELEPHONE:06 71 38 22 90]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences, {{CHU de Nice}} – site {{Pasteur}}. Un homme appelle pour savoir si sa femme est arrivée en ambulance. L'agent ne donne rien par tél sans vérif : il demande le nom ([[PERSONNE:Marie-Claude Pellegrino]]) et la date de naissance ([[DATE_NAISSANCE:17/10/1952]]), puis rappelle le numéro donné, [[TELEPHONE:04 93 87 51 26]], pour être sûr. Procédure un peu lourde mais il comprend.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Var}}, {{21h15}}. Jeune femme, voix fatiguée, avec un bébé. Écoutante note : [[PERSONNE:Océane Ruiz]], ddn [[DATE_NAISSANCE:07/03/2003]], enfant [[PERSONNE:Maël]] né le [[DATE_NAISSANCE:11/09/2023]]. Dort dans sa voiture depuis {{3 nuits}} sur le parking du {{Géant Casino}} à {{La Garde}}, une {{Clio}} immat [[IMMATRICULATION:FG-482-TR]]. Pas de place ce soir au {{CHRS}} de {{Toulon}}, proposition hôtel {{B&B}} {{2 nuits}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour du CHRS à {{Marseille}} ({{3e}}). Un homme, [[PERSONNE:Dragoș]], roumain, demande une domiciliation. Il ne connait pas sa date de naissance exacte, juste l'année, \"[[DATE_NAISSANCE:1981]]\", le reste est sur son passeport qu'on lui a volé. L'éduc lui fait une attestation de perte. Rdv {{SIAO}} le {{jeudi 14}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "France Travail {{Marseille Joliette}}. Conseiller + demandeur, M. [[PERSONNE:Tran]], {{52 ans}}, ancien cariste licencié de chez {{Fnac Darty}}. Identifiant [[ID_FRANCE_TRAVAIL:4817320L]]. Il veut faire le {{CACES 3}}, financement {{AIF}}. Conseiller : 'ça va prendre {{6 semaines}} minimum'.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant {{39 49}}. Une femme veut inscrire son fils de {{17 ans}}. Non, il doit appeler lui-même, dit la conseillère. Elle insiste, donne quand même : [[PERSONNE:Enzo Castellani]], né le [[DATE_NAISSANCE:2 février 2007]], habite avec elle [[ADRESSE:Résidence Les Cèdres, bât C, 32 av. du 8 Mai 1945, 13500 Martigues]]. La conseillère prend note pour un rappel {{demain matin}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Un papa vient avec son livret de famille, la {{Caf}} n'a pas enregistré la 3e des triplés. Sur l'écran : [[PERSONNE:Inaya]] [[DATE_NAISSANCE:05/06/2022]] ok, [[PERSONNE:Aylan]] [[DATE_NAISSANCE:05/06/2022]] ok, [[PERSONNE:Assia]] : rien. Erreur de saisie en {{juillet 2022}} d'après l'agent. Correction faite, rappel de {{PAJE}} à venir, environ {{184 €}} x {{20 mois}}?? l'agent n'est pas sûre. Papa : [[PERSONNE:Mourad Chergui]], alloc [[N_ALLOCATAIRE:3150962]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt maladie à domicile avec l'agente assermentée. [[ADRESSE:7 traverse des Baumillons, 13015 Marseille]], {{10h05}}. Personne. Voisine dit que Mr [[PERSONNE:Rachidi]] est parti chez le kiné. Avis de passage déposé. Sorties autorisées {{9h-11h}} / {{14h-16h}} donc pas en règle en principe. Elle rappelle que l'assuré a {{48h}} pour justifier.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        'Ligne du CCAS d\'{{Aix-en-Provence}}. Une dame appelle pour inscrire sa mère au {{plan canicule}}. Agent demande : nom, date de naissance, adresse, tél. → [[PERSONNE:Paulette Roux]], "elle est de [[DATE_NAISSANCE:34]], le [[DATE_NAISSANCE:9 mars]]", [[ADRESSE:3 rue Mignet, Aix]], fixe [[TELEPHONE:04 42 26 71 09]]. La fille, [[PERSONNE:Christine]], laisse son portable [[TELEPHONE:06.12.77.40.58]]. {{90 ans}} le mois prochain !',
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente urgences {{Timone}} adultes, {{16h}}. Écran affiche \"temps d'attente estimé : {{4h30}}\". Un agent de sécurité calme un monsieur qui crie. {{23 personnes}} assises, {{3 brancards}} dans le couloir. L'IOA dit qu'hier c'était pire, {{7h}} d'attente. ATTENTE DE FOU.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à domicile avec l'éducatrice du CHRS, appart en diffus [[ADRESSE:18 rue de la République, 84300 Cavaillon]]. Famille [[PERSONNE:Diarra]] : monsieur, madame, {{4 enfants}}. L'éduc met à jour le dossier {{SIAO}} n° [[IDENTIFIANT:84-2023-01177]] : elle demande les dates de naissance des petits, madame les récite de tête, [[DATE_NAISSANCE:2012]], [[DATE_NAISSANCE:2014]], [[DATE_NAISSANCE:2017]] et la dernière le [[DATE_NAISSANCE:4 décembre 2021]]...",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier inscription à {{France Travail}} {{Nice Lingostière}}, poste en libre service. Un jeune remplit le formulaire, l'écran demande \"Date de naissance ({{JJ/MM/AAAA}})\". Il tape [[DATE_NAISSANCE:15/8/2005]] → erreur, faut le zéro. Retape [[DATE_NAISSANCE:15/08/2005]]. L'agent lui dit de bien noter son identifiant à la fin : [[ID_FRANCE_TRAVAIL:6094518W]]. Il le prend en photo. Nom sur son CV : [[PERSONNE:Ilyes Bouzid]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel : changement de banque. Mme [[PERSONNE:Lefebvre]] lit son nouvel IBAN : [[IBAN:FR76 1910 6008 2443 6512 0897 437]]. L'agent explique qu'il faut le RIB en pièce jointe sur le {{caf.fr}}, pas par tél. Soupir. Num alloc [[N_ALLOCATAIRE:0954213]]. Durée appel {{6 min}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Guichet {{CPAM}} {{Toulon}}. Jeune femme, [[PERSONNE:Léa Fontaine]], demande pourquoi sa {{C2S}} est refusée. L'agent vérifie : NIR [[NIR:292078313728919]], naissance [[DATE_NAISSANCE:juillet 92]] à Toulon. Ressources au-dessus du plafond de {{34 €}} par mois. Elle pleure un peu. Proposition : C2S participative, {{moins de 1 € par jour}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation, renouvellement. Agent relit la fiche : '[[PERSONNE:Nordine Aït-Saïd]], né le [[DATE_NAISSANCE:11.11.1970]] à {{Oran}}, sans domicile depuis {{2019}}.' Il corrige : 'non, {{2018}}, après le divorce'. La domiciliation expire le {{30/04}}. Renouvelée pour {{1 an}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques {{Lenval}}. Une maman arrive en courant, bébé fiévreux. Admission : enfant [[PERSONNE:Jade Martinez]], [[DATE_NAISSANCE:2023-12-03]] (c'est écrit comme ça sur l'étiquette imprimée, format ISO). Mère [[PERSONNE:Laura Martinez]]. Carte vitale maman, bébé rattaché. Passe en box en {{25 min}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} des {{Bouches-du-Rhône}}, permanence de nuit. En {{2h}}, {{31 appels}}, {{4 orientations}} seulement. L'écoutant : 'on dit non à {{80 %}} des gens'. Un appel d'une pharmacie de {{Noailles}} pour un monsieur à la rue devant leur vitrine. Équipe mobile du {{Samu social}} prévenue.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseillère en télétravail, rdv téléphonique prévu à {{11h}}. Le monsieur ne décroche pas. 2e essai {{11h10}} : ok. [[PERSONNE:Sébastien Aubert]], maçon, cherche sur {{Gap}} / {{Embrun}}. Elle lui envoie {{3 offres}} par mail à [[EMAIL:seb.aubert05@gmail.com]]. Il demande l'aide au permis : il a une vieille {{Kangoo}} immatriculée [[IMMATRICULATION:2871 WX 05]] mais plus de permis valide depuis {{2022}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place ({{RSA}} isolée). Le contrôleur pose la question du conjoint : 'Vous vivez seule madame ?' Elle montre le bail à son nom seul. Il note sur sa fiche : [[PERSONNE:Fatou Sow]], née [[DATE_NAISSANCE:12/12/1988]], 1 enfant [[PERSONNE:Ousmane]] né le [[DATE_NAISSANCE:30/06/2015]]. Un rasoir dans la salle de bain... elle dit c'est à son frère. Ambiance tendue. Durée {{45 min}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme téléphonique {{Cpam}} des {{Alpes-Maritimes}}. Casque sur les oreilles, je suis en double écoute. {{7 appels}} en {{40 min}}, presque que des questions sur les remboursements de lunettes ({{100 % santé}}). Un appel sur les indemnités journalières pas versées depuis le {{15 mars}}. L'agent crée une réclamation.",
    ),
    (
        "urgences",
        "accueil_physique",
        'IOA, box 2. Patient désorienté, pas de papiers. Les pompiers ont son portefeuille : carte vitale au nom de [[PERSONNE:Jean-Baptiste Orsoni]], NIR [[NIR:1 71 06 2B 033 055 80]]. L\'infirmière : "né à {{Bastia}} en [[DATE_NAISSANCE:71]], donc {{52 ans}}... il fait plus". Elle appelle le contact d\'urgence noté dans le téléphone, "[[PERSONNE:Maria]] sœur".',
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec l'assistante sociale du CCAS de {{Digne-les-Bains}}, chez Mme [[PERSONNE:Blanc]], [[ADRESSE:9 chemin des Oliviers, 04000 Digne-les-Bains]]. Dossier d'aide ménagère. Elle sort sa carte vitale : NIR [[NIR:275120407006462]]... L'AS fronce les sourcils : née en [[DATE_NAISSANCE:décembre 1975]], pas {{60 ans}} → pas éligible au titre de l'âge, à passer par la {{MDPH}}. Son fils [[PERSONNE:Kevin]] est là, {{22 ans}}, il s'occupe d'elle.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Hadjadj]] vient pour l'{{ASF}} de sa petite-fille qu'elle élève. L'agente lit le jugement : placement chez la grand-mère depuis le {{18/09/2020}}, enfant [[PERSONNE:Lina]] née le [[DATE_NAISSANCE:23/03/2013]]. Audience prochaine le {{5 juin}}. Mme dit qu'elle est née le même jour que la petite, le [[DATE_NAISSANCE:23 mars]] mais en [[DATE_NAISSANCE:1957]]. Tout le monde rit.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Entretien d'inscription. Conseiller recopie le passeport de [[PERSONNE:Mariam Koné]] : née le [[DATE_NAISSANCE:06 OCT 1994]] (format passeport), n° [[IDENTIFIANT:21CK48357]]. Dernier contrat : CDD {{Carrefour}} {{Grand Littoral}} du {{01/10/2023}} au {{31/03/2024}}. Fin de droits prévue le {{14/11/2025}}. Elle demande une formation aide-soignante.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS à {{Toulon}}, bureau des éducs. Un résident, [[PERSONNE:Yanis]], veut récupérer son courrier. Il donne son mail pour le suivi : [[EMAIL:yanis.t83 [at] outlook.fr]]. Il dit qu'on peut le trouver sur insta aussi, [[IDENTIFIANT:@yaniss_tln]]. L'éduc rit : 'on va éviter insta'. {{Chambre 12}}, couvre-feu {{22h}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un père appelle, séparé, veut savoir si les {{APL}} tiennent compte de la garde alternée. L'agente demande les dates de naissance des enfants : \"le grand il est de [[DATE_NAISSANCE:2010]], la petite [[DATE_NAISSANCE:deux mille quatorze]]\". Pas les jours, il sait plus 😅. Elle lui dit d'envoyer le jugement. Nom [[PERSONNE:Olivier Giraud]], num alloc [[N_ALLOCATAIRE:1789254]]. Partage des allocs possible depuis {{2017}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "L'agent d'accueil des urgences de {{Gap}} prend un appel de l'{{EHPAD Les Écrins}} : une résidente va arriver, fiche de liaison faxée. Nom [[PERSONNE:Gilberte Reynaud]], née le [[DATE_NAISSANCE:28/02/1931]], {{93 ans}}. Médecin traitant Dr [[PERSONNE:Chabert]]. Ambulance partie à {{15h40}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil Cpam {{Avignon}}. Un monsieur veut comprendre pourquoi sa mutuelle ne rembourse pas. L'agent ne peut rien, c'est la mutuelle : {{Harmonie Mutuelle}}, adhérent n° [[IDENTIFIANT:104587263]]. Il l'oriente vers l'agence {{rue Joseph Vernet}}. Le monsieur : \"chez vous c'est jamais chez vous\" 😂",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rappel d'une demandeuse radiée. La conseillère déroule l'historique à voix haute : inscrite le {{03/01/2022}}, convoquée le {{17/05/2023}}, absente, radiation le {{01/06/2023}}, réinscrite le {{12/06}}. La dame : \"mais le [[DATE_NAISSANCE:17 mai]] c'était l'anniversaire de mon fils, j'étais aux urgences avec lui\". La conseillère note, promet de voir avec son {{N+1}}.",
    ),
]

BATCH_2 = [
    (
        "caf",
        "accueil_physique",
        "Famille [[PERSONNE:Said Ahmed]], {{Frais Vallon}}. Madame vient seule avec une pochette plastique pleine. Elle refait la déclaration de situation, l'agent coche : {{5 enfants}} à charge ? Non, 4, l'aîné a eu {{21 ans}}. Elle dicte : \"[[PERSONNE:Anrifa]] [[DATE_NAISSANCE:2006]], [[PERSONNE:Nassim]] [[DATE_NAISSANCE:2009]], [[PERSONNE:Zaïnaba]] [[DATE_NAISSANCE:2013]], le petit [[PERSONNE:Ibrahim]] [[DATE_NAISSANCE:2020]]\". L'agent retrouve les dates complètes dans le dossier, rien à changer. {{35 min}} au total dont 20 d'attente.",
    ),
    (
        "caf",
        "accueil_physique",
        "Borne d'accueil {{Caf}} {{Nice}} {{Saint-Roch}}. Ticket {{A047}}, appelé au bout de {{52 min}}. Le monsieur devant moi fait un selfie avec le ticket pour prouver qu'il a attendu 🙃. L'agent d'accueil dit que le lundi c'est toujours comme ça, surtout après le versement du 5.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mise en couple déclarée. L'agente saisit le nouveau conjoint et lit à voix haute ce qu'elle tape : '[[PERSONNE:DUMAS Frédéric]], né le [[DATE_NAISSANCE:19790415]]' — non, l'écran veut des barres, elle retape [[DATE_NAISSANCE:15/04/1979]]. Date de vie commune : {{1er février 2024}}. Madame [[PERSONNE:Perrin]] demande si elle perd le {{RSA}}. Réponse : sûrement en partie, calcul le mois prochain.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme téléphonique {{Caf des Bouches-du-Rhône}}. Message d'attente : \"en raison d'un fort volume d'appels...\". L'agente me dit qu'ils traitent {{90 appels}} par jour chacun les gros jours. Pause de {{10 min}} toutes les {{2h}}. Aujourd'hui beaucoup d'appels sur la {{prime d'activité}} de {{mars}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une jeune femme appelle, elle n'arrive pas à créer son compte sur le site. L'agent lui demande son numéro de sécu : [[NIR:2 99 02 06 029 331 23]] et sa date de naissance. Elle répond \"le [[DATE_NAISSANCE:2/2/99]]\". Problème : la Caf l'a enregistrée née le [[DATE_NAISSANCE:02/12/1999]], inversion jour/mois ? Elle s'appelle [[PERSONNE:Chloé Baldacci]], née à {{Cannes}}. Rectif demandée avec copie de la carte d'identité.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place à {{Carpentras}}, vérif de résidence en {{France}} (le monsieur part souvent au {{Maroc}}). Le contrôleur feuillette les tampons du passeport. [[PERSONNE:Lahcen Ouchen]] : sur le titre de séjour la date de naissance est [[DATE_NAISSANCE:XX/XX/1949]], sur le passeport marocain [[DATE_NAISSANCE:31/12/1949]], le contrôleur note les deux. Titre n° [[IDENTIFIANT:8400127345]]. Pour les {{APL}} il faut résider {{8 mois}} par an, il a été absent {{5 mois}} en {{2023}} d'après les tampons.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle APL, logement déclaré au [[ADRESSE:27 rue Paradis, appt 4B, 13001 Marseille]]. Personne n'ouvre. Le nom sur la boîte aux lettres c'est [[PERSONNE:J. Mercier]], pas celui de l'allocataire ([[PERSONNE:Ahmed Belkacem]]). Gardienne : 'lui ? il est parti depuis l'été'. Le contrôleur prend des photos de la boîte. Retour au véhicule, {{11h50}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une maman inscrit ses jumeaux sur sa carte vitale. L'agent explique le « rang gémellaire » : même date de naissance, donc il faut les distinguer. [[PERSONNE:Adam]] et [[PERSONNE:Sofia]], nés le [[DATE_NAISSANCE:vingt-neuf février 2024]], rang 1 et rang 2. La maman, [[PERSONNE:Rim Khelifi]], rigole : ils auront un anniversaire tous les {{4 ans}}. Attestation imprimée.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{13h30}}, réouverture de l'accueil Cpam de {{Salon-de-Provence}}. L'après-midi c'est uniquement sur rdv. Une dame sans rdv est renvoyée vers la borne et le {{3646}}. Elle dit qu'elle n'a pas de téléphone qui marche. L'agent la prend quand même, 'pour cette fois'.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel pour une demande d'{{AME}}. L'agente remplit avec la personne : nom [[PERSONNE:Oleksandra Kovalenko]], née le [[DATE_NAISSANCE:14.05.1986]] à {{Kharkiv}}, arrivée en France le {{10 mars 2022}}. Enfant : [[PERSONNE:Artem]], [[DATE_NAISSANCE:2015]]. Ah non, ils ont la protection temporaire, donc pas AME mais {{PUMa}}, l'agente corrige. Tél de rappel [[TELEPHONE:07 58 21 94 03]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Assuré au tél, remboursements versés sur un ancien compte clôturé. L'agent : 'je ne peux pas modifier par téléphone, déposez votre RIB dans votre compte {{ameli}}'. Il insiste et dicte quand même : [[IBAN:FR76 1460 7000 5881 2345 0987 192]]. L'agent ne le saisit pas. Nom [[PERSONNE:Thierry Vidal]]. {{2 paiements}} rejetés, {{87,40 €}} en tout.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite à domicile avec l'assistante sociale de l'Assurance Maladie, à {{Hyères}}, chez [[PERSONNE:Patrick Roussel]], en arrêt depuis {{14 mois}} (dos). [[ADRESSE:112 avenue Gambetta, 83400 Hyères]], 3e sans ascenseur. Elle parle de mi-temps thérapeutique, de la {{RQTH}}. Il a {{57 ans}}, né en [[DATE_NAISSANCE:66]], 'ça sert à rien de me former'. Sa femme [[PERSONNE:Nadine]] sert le café.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Inscription au {{Noël}} des enfants du CCAS (jouets par tranche d'âge). L'agente demande l'année de naissance de chaque enfant : [[PERSONNE:Kenza]] [[DATE_NAISSANCE:2016]], [[PERSONNE:Ilyan]] [[DATE_NAISSANCE:2019]], et le bébé [[PERSONNE:Mohamed-Amine]] [[DATE_NAISSANCE:juin 2023]]. Maman [[PERSONNE:Hind Zerrouki]], {{QF 412}}. Distribution le {{18 décembre}} à la {{salle Guy Obino}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande d'aide pour une facture d'énergie. L'agente regarde les {{3 derniers relevés}}, calcule le reste à vivre : {{6,80 €}} par jour et par personne. Seuil du CCAS : {{8 €}}. Donc éligible, aide de {{150 €}} versée directement au fournisseur ({{EDF}}). Commission le {{jeudi}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Monsieur très âgé, canne, vient pour la {{carte de transport}} gratuite ({{65 ans et plus}}). L'agent lui demande sa carte d'identité, il l'a pas. 'Je suis né le [[DATE_NAISSANCE:quinze mai mille neuf cent trente-huit]], à {{Briançon}}, ça vous suffit pas ?' L'agent sourit, il lui faut un justificatif. Il s'appelle [[PERSONNE:Marius Eyraud]]. Il revient {{demain}} avec sa fille.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard CCAS {{Antibes}}. Une voisine appelle, inquiète pour Mme [[PERSONNE:Bonifay]] qui n'ouvre plus ses volets depuis {{2 jours}}, [[ADRESSE:5 impasse des Roses, Antibes]]. L'agente appelle la police municipale, puis le fils dont le numéro est dans le registre canicule : [[TELEPHONE:+33 6 48 19 72 35]]. Fin de l'histoire : elle était chez sa sœur à {{Vallauris}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une assistante sociale de secteur pour une demande d'{{aide facultative}}. Elle dicte la composition du foyer à l'agent : Mme [[PERSONNE:Ngoma Grâce]], {{41 ans}}, et ses trois enfants, nés le [[DATE_NAISSANCE:1/09/2008]], le [[DATE_NAISSANCE:30/1/2011]] et le [[DATE_NAISSANCE:12/7/2017]]. L'agent répète chaque date chiffre par chiffre. Dossier pour la commission du {{22}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Évaluation à domicile pour le portage de repas, [[ADRESSE:Les Hauts de Sainte-Marthe, bât 12, 13013 Marseille]]. Couple âgé : monsieur né en [[DATE_NAISSANCE:1939]], madame en [[DATE_NAISSANCE:42]], il dit 'elle est plus jeune, c'est pour ça qu'elle commande'. Noms : [[PERSONNE:Vartan]] et [[PERSONNE:Anahit Kéchichian]]. Repas {{5 jours sur 7}}, {{4,50 €}} le repas après aide.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Passage à l'{{épicerie sociale}} du CCAS de {{Manosque}} (pas vraiment un contrôle, l'agente vérifie les stocks et les dates). Yaourts périmés depuis le {{12 avril}} → jetés. {{42 foyers}} inscrits ce mois-ci, {{10 %}} du prix en rayon. Une bénévole dit qu'avant c'était {{25 foyers}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Admin des urgences de {{Toulon}} ({{Sainte-Musse}}). Une jeune femme enceinte, douleurs. La secrétaire saisit : [[PERSONNE:Manon Teixeira]], [[DATE_NAISSANCE:26/08/1998]], terme prévu le {{15 juin}}, suivie à la maternité depuis {{janvier}}. Elle l'envoie directement aux urgences gynéco, {{étage 2}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{2h du matin}}. Urgences d'{{Avignon}} ({{Henri Duffaut}}). Un homme à la rue arrive avec les pompiers, hypothermie légère. Il refuse de donner son nom. L'agent d'accueil crée un dossier \"X homme\" avec une date de naissance fictive, {{01/01/1900}}, c'est la procédure. {{Couverture de survie}}, soupe.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Box d'accueil, urgences de {{Martigues}}. Un homme amène son collègue, main coupée sur le chantier. Il donne le nom de l'entreprise, {{Rinaldi BTP}}, et le nom du blessé : [[PERSONNE:Jorge Almeida]]. Le patron, M. [[PERSONNE:Rinaldi]], appelle pendant ce temps. Déclaration d'accident du travail à faire, l'agent lui donne le formulaire.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un médecin de ville appelle les urgences de {{Draguignan}} pour annoncer un patient. L'infirmière note sur un post-it : \"[[PERSONNE:FAURE Lucien]] – [[DATE_NAISSANCE:3/4/46]] – sus-décalage ST – arrive SAMU\". Elle me montre : le post-it finit scotché sur l'écran.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Entretien d'admission au CHRS ({{Avignon}}). L'éducatrice remplit la fiche : Mme [[PERSONNE:Benhamou]], née en [[DATE_NAISSANCE:1991]], à la rue depuis le {{2 janvier}}, séparée de son conjoint ([[PERSONNE:Mickaël]], né le [[DATE_NAISSANCE:6 juin 1989]], elle donne la date pour l'ordonnance de protection). Enfants placés : [[PERSONNE:Louna]] ([[DATE_NAISSANCE:2014]]), [[PERSONNE:Jayden]] ([[DATE_NAISSANCE:2018]]). Droit de visite le {{samedi}} au point rencontre.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un homme vient au CHRS pour une domiciliation, il vit dans son camion aménagé, un {{Jumpy}} blanc, plaque [[IMMATRICULATION:ep 173 kz]] (il l'écrit en minuscules sur le formulaire). Stationné sur le parking de la plage du {{Prado}}. Nom [[PERSONNE:Guillaume Renaud]]. Il travaille en intérim chez {{Manpower}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{23h40}}. Un homme appelle pour lui et sa femme. L'écoutant demande les dates de naissance, obligatoires dans le logiciel {{SI-SIAO}}. Lui : [[DATE_NAISSANCE:12 mars 1977]]. Elle, au loin : « [[DATE_NAISSANCE:soixante-dix-neuf]] ! » puis « le [[DATE_NAISSANCE:20 août]] ». Noms : [[PERSONNE:Ionuț]] et [[PERSONNE:Florina Stan]]. Rien sur {{Marseille}} ce soir, rappel demain {{9h}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Formation d'une nouvelle écoutante au {{115}}. La référente lui dit : 'tu demandes toujours : combien de personnes, enfants, âges, où ils sont là maintenant'. Les places d'hiver ouvrent le {{1er novembre}}, ferment le {{31 mars}}. Ce soir {{0 place}} sur {{Marseille}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un éducateur de l'{{Addap 13}} appelle le 115 pour un jeune de {{19 ans}} sorti de l'{{ASE}} il y a {{3 semaines}}. Il donne son portable pour qu'on le rappelle : [[TELEPHONE:zéro six, vingt-trois, quarante-quatre, zéro huit, quatre-vingt-onze]]. Le jeune s'appelle [[PERSONNE:Moussa]], 'il a pas de nom de famille sur le dossier, c'est compliqué'.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en appartement relais ({{CHRS}} de {{Gap}}). L'éducateur vérifie la présence prévue au contrat d'hébergement : M. [[PERSONNE:Abdi]] + son fils [[PERSONNE:Hamza]], {{8 ans}}. Gâteau sur la table : c'était hier l'anniversaire d'[[PERSONNE:Hamza]], né le [[DATE_NAISSANCE:11 avril 2016]]. Contrat renouvelé jusqu'au {{30/09}}. Participation : {{10 %}} des ressources.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Jeune, {{18 ans}} depuis le [[DATE_NAISSANCE:2 avril]], vient s'inscrire pour le {{Contrat d'engagement jeune}}. Il s'appelle [[PERSONNE:Rayan Mezouar]]. La conseillère : 'né le [[DATE_NAISSANCE:02/04/2006]] c'est ça ?' Il confirme. Allocation jusqu'à {{528 €}} par mois. Démarrage le {{lundi 22}}. Identifiant attribué : [[ID_FRANCE_TRAVAIL:7120438C]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Réunion d'info collective « {{Créer son entreprise}} », {{14 participants}}. Le conseiller projette un diaporama, parle de l'{{ACRE}}, de l'{{ARCE}} ({{60 %}} des droits restants). Une dame demande si on peut être {{auto-entrepreneur}} et toucher l'{{ARE}}. Oui mais. Le conseiller cite {{Xavier Niel}} en exemple, rires. Durée {{1h30}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "La conseillère aide une dame de {{55 ans}} à refaire son CV. La dame veut mettre sa date de naissance en haut 'comme avant'. Conseillère : 'non, on ne met plus l'âge'. Sur le brouillon : \"[[PERSONNE:Nadia Rahmani]], née le [[DATE_NAISSANCE:08/01/1969]], [[ADRESSE:41 chemin de la Madrague-Ville, 13002 Marseille]]\". Elles barrent la date ensemble et gardent le mail, [[EMAIL:nadia.rahmani69@laposte.net]]. Ironie : son année de naissance, [[DATE_NAISSANCE:69]], reste dans le mail.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        'Appel sortant : la conseillère appelle un demandeur pour actualiser son dossier, vérif d\'identité d\'abord : "vous me confirmez votre date de naissance ?" — "[[DATE_NAISSANCE:trente et un, dix, quatre-vingt-huit]]" — "parfait M. [[PERSONNE:Lopez]]". Il a trouvé un CDI chez {{Airbus Helicopters}} à {{Marignane}}, début le {{6 mai}}. Elle clôture l\'inscription à compter du {{05/05}}.',
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel : un demandeur ne reçoit pas son paiement. Le conseiller, M. [[PERSONNE:Bourgeois]] : 'votre identifiant ?' — '[[ID_FRANCE_TRAVAIL:3 0 5 8 1 2 7 F]]' (il lit chiffre par chiffre). Trop-perçu de {{312 €}} détecté, retenue en cours. Le monsieur, [[PERSONNE:Christophe Vial]], s'énerve. Le conseiller lui propose un échéancier.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}, attente {{9 min}}. Une dame appelle pour sa mère qui a {{64 ans}} et veut savoir si elle peut partir à la retraite. Hors sujet pour France Travail, la conseillère oriente vers la {{Carsat Sud-Est}} et {{info-retraite.fr}}.",
    ),
]

BATCH_3 = [
    (
        "caf",
        "accueil_physique",
        "Dépôt d'une demande de {{RSA}} papier (le monsieur veut pas le faire en ligne). L'agent vérifie le formulaire rempli à la main, case « date de naissance » : [[DATE_NAISSANCE:7-11-63]]. Case conjoint : rayée. Nom [[PERSONNE:Gérard Pastor]], {{60 ans}}. L'agent : 'à votre âge, pensez à la retraite anticipée pour {{carrière longue}}'. N° alloc attribué sur place : [[N_ALLOCATAIRE:4412089]]. Il garde le récépissé.",
    ),
    (
        "caf",
        "accueil_physique",
        "Une dame donne son RIB imprimé, l'agent le scanne. J'ai le temps de lire : titulaire « MME [[PERSONNE:OUEDRAOGO AMINATA]] », IBAN [[IBAN:FR76 3000 3018 3000 0504 1268 721]], {{Société Générale}} agence {{Vieux-Port}}. Elle touche l'{{AAH}} de son fils sur son compte à elle depuis ses {{20 ans}} à lui.",
    ),
    (
        "caf",
        "accueil_physique",
        "Question fréquente d'après l'agente : 'jusqu'à quand j'ai les allocs pour mon fils ?' Réponse : jusqu'à ses {{20 ans}}. La dame en face : fils [[PERSONNE:Théo]] né le [[DATE_NAISSANCE:3 novembre 2004]], donc fin en {{novembre 2024}}... sauf s'il gagne plus de {{55 % du SMIC}}. Elle, [[PERSONNE:Isabelle Garcia]], [[DATE_NAISSANCE:1972]] d'après l'écran. Allocataire depuis {{1998}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'un bailleur ({{13 Habitat}}) qui demande pourquoi l'{{APL}} d'un locataire est suspendue. L'agent ne peut pas répondre sans l'accord du locataire, secret. Le bailleur raccroche mécontent. Durée {{4 min}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        'Une dame appelle pour la déclaration de grossesse. L\'agente : date présumée de début de grossesse ? "le {{10 novembre}}". Date de naissance de madame ? "[[DATE_NAISSANCE:18 janvier 1996]]". Premier enfant ? "non, j\'ai [[PERSONNE:Milo]], il est de [[DATE_NAISSANCE:2021]]". Nom [[PERSONNE:Camille Arnaud]], {{Manosque}}. Alloc [[N_ALLOCATAIRE:6023417]].',
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle chez un couple qui déclare vivre séparé à la même adresse, [[ADRESSE:230 chemin de la Bastide Neuve, 13400 Aubagne]]. Le contrôleur compare les pièces d'identité : lui [[PERSONNE:Stéphane Ricci]], né le [[DATE_NAISSANCE:24/07/1980]], elle [[PERSONNE:Aurélie]], née le [[DATE_NAISSANCE:04/09/1982]]. {{Deux chambres}}, {{deux frigos}} (!). Le contrôleur me glisse que c'est rare, les deux frigos. Décision après passage en commission.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Débrief dans la voiture entre 2 contrôles. Le contrôleur fait {{3 à 4 visites}} par jour sur le secteur {{Var Est}}, beaucoup à {{Fréjus}} et {{Saint-Raphaël}}. Il dit qu'il trouve une fraude sur {{10 contrôles}} environ, le reste c'est des erreurs de bonne foi. Il roule en {{C3}} de service.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mise à jour carte Vitale pour une mère et ses 2 enfants. L'agent lit le relevé : [[PERSONNE:Tatiana Moreau]] [[DATE_NAISSANCE:11/1987]], enfants [[PERSONNE:Liam]] [[DATE_NAISSANCE:2012]] et [[PERSONNE:Chloé]] [[DATE_NAISSANCE:2016]]. Le grand peut avoir sa propre carte dès {{12 ans}}, l'agent fait la demande. Photo à envoyer. La maman : 'encore une photo...'.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Homme venu pour une {{attestation de droits}}. Donne sa carte Vitale cassée en deux 🙄. L'agent recopie le numéro sur un post-it : [[NIR:179110608811729]] → imprime l'attestation. M. [[PERSONNE:Bernardi]], né à {{Nice}}. Carte refaite gratuitement, délai {{3 semaines}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'une fille pour son père décédé, demande de capital décès. L'agent : nom, date de naissance et date de décès. \"[[PERSONNE:Antoine Luciani]], né le [[DATE_NAISSANCE:5 septembre 1958]] à {{Ajaccio}}, décédé le {{2 février}}\". Elle : [[PERSONNE:Stéphanie]]. La fille pensait que c'était automatique, non, formulaire {{S3180}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Pause café plateforme. Les téléconseillers ont un tableau avec les motifs d'appel du mois : 1 IJ, 2 carte Vitale, 3 {{C2S}}, 4 remboursements. Objectif : décroché en moins de {{5 min}}. Aujourd'hui moyenne {{11 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête sur place avec l'{{agent assermenté}} : suspicion de fausse déclaration de résidence pour la {{C2S}}. À l'adresse déclarée, [[ADRESSE:3 rue des Tanneurs, 84000 Avignon]], c'est un garage. Le gérant connaît pas [[PERSONNE:Mehmet Yilmaz]], 'jamais entendu'. L'agente note la DDN dans le PV pour l'identifier : [[DATE_NAISSANCE:21/03/1984]]. Suite : courrier recommandé.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande d'aide pour la cantine. L'agent feuillette le livret de famille et lit : '[[PERSONNE:Mathis]] [[DATE_NAISSANCE:12 oct. 2015]], [[PERSONNE:Jules]] [[DATE_NAISSANCE:9 janv. 2018]]'. Papa seul, [[PERSONNE:Cédric Blanchard]], {{Istres}}. Tarif cantine ramené de {{3,90 €}} à {{1 €}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide mobilité : une dame a besoin de {{400 €}} pour réparer sa voiture, elle est aide à domicile, fait {{80 km}} par jour. Le devis du {{Garage du Midi}} indique l'immat [[IMMATRICULATION:CK-915-BH]] et le nom de la cliente, [[PERSONNE:Sylvie Pons]]. L'aide sera versée au garage directement. Commission {{mardi}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'un monsieur pour le colis de {{Noël}} des seniors (à partir de {{70 ans}}). Agent : 'votre date de naissance ?' — 'je suis de [[DATE_NAISSANCE:cinquante-quatre]]'. Agent : 'alors vous aurez 70 ans cette année, ok si c'est avant le {{31 décembre}}'. 'Je suis du [[DATE_NAISSANCE:1er octobre]]'. Inscrit. Nom [[PERSONNE:Honoré Castel]], tél [[TELEPHONE:04 90 71 26 83]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Tour de la résidence autonomie du CCAS, {{Les Tilleuls}}, à {{Cagnes-sur-Mer}}. Sur le panneau de l'entrée, les anniversaires du mois : « [[PERSONNE:Jeannine]] [[DATE_NAISSANCE:04/04]] – [[PERSONNE:Roger]] [[DATE_NAISSANCE:11/04]] – [[PERSONNE:Yvette]] [[DATE_NAISSANCE:27/04]] ({{100 ans}} !!) ». La directrice vérifie avec moi les {{3 logements}} vacants.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de l'{{HIA Sainte-Anne}} à {{Toulon}}. Un jeune militaire, entorse. L'agent lui demande sa date de naissance, il la donne façon armée : « [[DATE_NAISSANCE:2002 03 17]] ». Nom [[PERSONNE:Hugo Lemaire]]. Il donne aussi son matricule, [[IDENTIFIANT:2102345678]], l'agent dit que c'est pas nécessaire.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{19h}}, urgences de {{Cannes}} ({{Simone Veil}}). Une touriste italienne, chute {{rue d'Antibes}}. Pas de carte européenne. Passaporto n° [[IDENTIFIANT:YA7845123]]. Nom : [[PERSONNE:Giulia Bianchi]]. L'agente baragouine en italien, moi aussi 😅. Forfait urgences à régler, {{19,61 €}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une grand-mère amène ses {{2 petits-enfants}} (gastro). L'IOA : 'les dates de naissance des petits ?' Elle sort son carnet : '[[PERSONNE:Léon]] c'est le [[DATE_NAISSANCE:8/10/19]], [[PERSONNE:Ambre]] le [[DATE_NAISSANCE:14/5/21]]'. Les parents sont au travail. Autorisation de soins ? Pas de papier. L'IOA appelle la maman, [[PERSONNE:Élodie Faure]], au [[TELEPHONE:06 33 81 57 20]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "L'infirmière d'accueil appelle le service de cardio pour une place. 'On a {{0 lit}}, rappelle à {{17h}}.' Elle raccroche, me dit : 'ça, c'est tous les jours'. {{14 patients}} en attente de lit à l'{{UHCD}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS de {{La Seyne}}. L'éduc consulte le SI-SIAO : la fiche de [[PERSONNE:Kamel Saadi]] dit « né le [[DATE_NAISSANCE:1975-09-30]] », mais lui dit qu'il est de [[DATE_NAISSANCE:74]]. Erreur dans le logiciel ou dans sa tête ? Il a {{49 ans}} ou {{48}}. L'éduc ne corrige rien sans papier. Arrivé à La Seyne en {{2015}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Une résidente montre à l'éducatrice un SMS du bailleur : visite d'un T2 {{Logirem}}, [[ADRESSE:8 allée des Pins, 13011 Marseille]], le {{3 juin}} à {{10h}}. Elle a peur de pas y arriver en bus. L'éduc l'accompagnera. La dame s'appelle [[PERSONNE:Soraya]], {{8 mois}} au CHRS.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} – une femme appelle avec ses 3 enfants, violences conjugales, cachée chez une voisine. L'écoutante note vite : [[PERSONNE:Naïma]], [[DATE_NAISSANCE:1990]] ; enfants [[PERSONNE:Wassim]] [[DATE_NAISSANCE:2011]], [[PERSONNE:Soumaya]] [[DATE_NAISSANCE:2015]], [[PERSONNE:Ayoub]] [[DATE_NAISSANCE:2019]]. Mise à l'abri ce soir à l'hôtel ({{Ibis budget}} {{Vitrolles}}, {{chambre 214}}). Police prévenue, {{3919}} donné.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115. Un homme âgé, dur d'oreille, appelle d'une cabine (!). L'écoutante répète 3 fois. Il dit s'appeler [[PERSONNE:René]]... [[PERSONNE:Bonnafoux]] ? Elle épelle : [[PERSONNE:B-O-N-N-A-F-O-U-X]]. Il est à la {{gare Saint-Charles}}. Maraude envoyée.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite du dispositif « {{Un chez-soi d'abord}} » à {{Marseille}} : appartements dans le diffus. L'éducatrice fait le tour des {{6 logements}} du jour. Dans l'un, rien que des matelas, le monsieur dort par terre par habitude. Elle note : prévoir un lit. Loyer payé par l'association.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV seniors. Un participant, [[PERSONNE:Bruno Lacroix]], écrit au tableau sa frise de carrière : {{1985}} CAP, {{1987}}-{{2010}} {{Renault}} {{Marseille}}, 2010-{{2023}} intérim... La conseillère : 'et votre année de naissance, vous la cachez ?' Lui : '[[DATE_NAISSANCE:mille neuf cent soixante-neuf]], je la cache pas, j'en suis fier'. Rires.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Conseillère entreprise, Mme [[PERSONNE:Espinasse]] : un employeur passe au guichet, {{Boulangerie Santini}} à {{Hyères}}. Il veut recruter un apprenti. Il laisse sa carte : [[PERSONNE:Paul Santini]], [[TELEPHONE:07 81 40 22 16]], [[EMAIL:p.santini.boulange@orange.fr]]. Offre n° {{168WQZK}} créée dans la foulée.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Le conseiller vérifie les pièces d'une demandeuse étrangère. Titre de séjour : [[PERSONNE:Hoang Thi Mai]], née le [[DATE_NAISSANCE:12.09.1990]] à {{Hanoï}}, n° [[IDENTIFIANT:1302478915]], valable jusqu'au {{11/09/2026}}. Il note la date de fin de validité, 'ça compte pour l'inscription'.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel : une dame veut savoir si ses droits {{ARE}} couvrent son congé maternité. La conseillère : 'date prévue d'accouchement ?' 'le {{3 août}}'. 'Et votre date de naissance pour vous retrouver ?' '[[DATE_NAISSANCE:13/08/1993]]'. Identifiant [[ID_FRANCE_TRAVAIL:0542187R]]. Nom [[PERSONNE:Julie Mercier]]. Bascule vers la {{CPAM}} pendant le congé.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'un employeur furieux : sa salariée en contrat aidé ({{PEC}}) n'a pas eu le renouvellement. La conseillère cherche : contrat de Mme [[PERSONNE:Karadag]] jusqu'au {{31/05/2024}}, prescription faite le {{15/05}} donc ok. L'employeur, c'est l'{{association Les Amis du Panier}}. Il se calme.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'un étudiant : job d'été, saisonnier à {{Briançon}} ({{Serre Chevalier}}). La conseillère donne le lien du site, parle du {{forum saisonniers}} du {{12 avril}}. {{3 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Une dame vient déclarer que sa mère vit désormais chez elle (pour l'{{APL}}). L'agent : 'date de naissance de votre mère ?' — 'née en [[DATE_NAISSANCE:juin 41]]... le [[DATE_NAISSANCE:12]], je crois'. L'agent recopie la carte d'identité : [[DATE_NAISSANCE:12/06/1941]]. Mère [[PERSONNE:Rosa Pereira]], fille [[PERSONNE:Ana Pereira-Martins]]. L'APL sera recalculée, ressources de la maman ({{ASPA}}) à déclarer.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Conseiller : 'votre numéro allocataire ?' – 'je l'ai pas'. 'Votre date de naissance et code postal alors.' – 'le [[DATE_NAISSANCE:vingt-cinq décembre quatre-vingt-un]], {{84100}}'. Né à {{Noël}}, l'agent lui dit 'joyeux anniversaire en retard'. Dossier trouvé : [[PERSONNE:Jérôme Bastide]], n° [[N_ALLOCATAIRE:1267534]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une maman appelle les urgences pédiatriques de {{l'Archet}} pour savoir si elle doit venir (fièvre {{39,5}}). L'infirmière ne fait pas de conseil par téléphone, renvoie vers le {{15}}. Avant de raccrocher elle note quand même « [[PERSONNE:Anaïs]], {{10 mois}}, née le [[DATE_NAISSANCE:2 juin 2023]] », au cas où elles viennent.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur veut le numéro direct de l'assistante sociale. L'agente donne le standard, pas le direct. Il laisse son mail pour être rappelé : [[EMAIL:m.benyoucef13 arobase gmail point com]]. Nom [[PERSONNE:Mounir Benyoucef]]. Il appelle de {{Marignane}}.",
    ),
]

BATCH_4 = [
    (
        "caf",
        "accueil_physique",
        "Jeune femme enceinte, {{22 ans}}, demande le {{RSA}} majoré (possible avant {{25 ans}} quand on est enceinte). L'agent : 'votre numéro de sécu ?' → [[NIR:2 01 12 84 007 412 63]]. 'Donc née en [[DATE_NAISSANCE:décembre 2001]] à {{Avignon}} ?' Oui. [[PERSONNE:Lou-Anne Chabrol]]. Grossesse déclarée le {{20/02}}. Rdv avec l'AS le {{8 avril}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} d'{{Avignon}}, espace numérique. {{3 ordinateurs}} dont un en panne. Une jeune en service civique aide les gens à faire leur déclaration trimestrielle. Elle me dit qu'elle en fait une {{quinzaine}} par matinée. Les gens viennent souvent juste pour imprimer une attestation de paiement.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Nguyen Van Long]] vient déclarer la résidence alternée de sa fille à partir du {{1er septembre}}. L'agente demande la date de naissance de la petite : « le [[DATE_NAISSANCE:vingt-trois mai deux mille seize]] », et le nom de la mère : « [[PERSONNE:Sarah Cohen]] ». Jugement du {{JAF}} daté du {{14 août}}. Num alloc [[N_ALLOCATAIRE:2034871]]. Partage des allocs {{50/50}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une grand-mère qui a la garde de 2 petits-enfants. L'agent : 'leurs dates de naissance ?' — « [[PERSONNE:Kylian]], [[DATE_NAISSANCE:onze novembre 2013]], comme l'armistice, et [[PERSONNE:Maëlys]], [[DATE_NAISSANCE:vingt mars 2016]] ». Nom [[PERSONNE:Josiane Sanchez]]. Elle demande l'{{ASF}}, l'agent parle aussi de l'{{allocation de rentrée scolaire}} en {{août}}. Elle dicte son RIB {{Banque Postale}} pour gagner du temps : [[IBAN:FR10 2004 1010 0805 1234 5K02 972]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel : 'mon {{RSA}} a été versé sur le compte de mon ex !' L'agente vérifie : l'IBAN au dossier est bien [[IBAN:FR7611306000956310298741183]], compte joint ouvert en {{2019}}. La dame, [[PERSONNE:Vanessa Giraud]], dit qu'elle l'a fermé... la banque n'a pas fait le nécessaire. Nouveau RIB à déposer, versement de {{607,75 €}} perdu pour ce mois.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel en anglais d'un étudiant américain à {{Aix}} pour l'{{ALS}}. L'agente se débrouille : « you need a French bank account ». Pas de serveur vocal en anglais. {{8 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place, famille recomposée, [[ADRESSE:Lotissement Les Micocouliers, 6 rue des Cigales, 83300 Draguignan]]. Dossier [[N_ALLOCATAIRE:0718246]]. Le contrôleur fait l'inventaire des enfants : [[PERSONNE:Noé]] ({{9 ans}}, né le [[DATE_NAISSANCE:21/12/2014]]), [[PERSONNE:Timéo]] (né en [[DATE_NAISSANCE:2017]]), et les deux de monsieur, [[PERSONNE:Lisa]] [[DATE_NAISSANCE:2010]] et [[PERSONNE:Hugo]] [[DATE_NAISSANCE:2012]], là un week-end sur deux seulement. Monsieur [[PERSONNE:Arnal]] insiste : 'ils sont à charge'. Non, pas au sens Caf.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{AAH}} d'un monsieur qui vit en camping à l'année : [[ADRESSE:camping Le Ventoux, emplacement 41, Malaucène]]. Mobil-home, propre. Le gérant confirme qu'il est là depuis {{2021}}. Le contrôleur note l'immat de la voiture garée devant, [[IMMATRICULATION:BZ-307-AP]], au nom de monsieur ([[PERSONNE:Francis Bayle]]).",
    ),
    (
        "cpam",
        "accueil_physique",
        "Borne {{ameli}} de l'accueil, une dame imprime son attestation et me la montre, perdue : « Bénéficiaire : MME [[PERSONNE:BOUAZIZ Leïla]] », « Date de naissance : [[DATE_NAISSANCE:1983-10-05]] », « NIR : [[NIR:2 83 10 13 001 156 15]] ». Elle cherche où est sa mutuelle. L'agent lui explique que la {{complémentaire}} n'apparaît pas là-dessus.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Agent d'accueil Cpam {{Marseille}} {{Belle de Mai}}. Il me dit que les gens viennent surtout pour 3 choses : la carte Vitale, les IJ qui tardent, la {{C2S}}. Depuis le {{1er janvier}} ils ont un agent de plus. Il parle {{arabe}}, ça aide énormément.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un monsieur dicte tout fort sa date de naissance à l'agent, je l'entends du fond : « le [[DATE_NAISSANCE:3 janvier 1966]], à {{Alger}} ». Le NIR sur sa carte : [[NIR:166019935203155]]. [[PERSONNE:Mohand Amrani]]. Demande d'une nouvelle {{carte Vitale}} avec photo, la sienne date de {{1998}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateforme : une mère appelle pour son fils étudiant qui n'a plus de remboursements. L'agent : 'il a plus de {{18 ans}}, c'est à lui d'appeler'. Elle donne quand même : [[PERSONNE:Mathéo Girard]], [[DATE_NAISSANCE:09/03/2005]], étudiant à {{Aix-Marseille Université}}, et son mail à elle pour recevoir le lien, [[EMAIL:sandrine.girard84@sfr.fr]]. L'agent explique la bascule sur son propre compte à 18 ans.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Ghazarian]] appelle pour un remboursement de transport. Il donne le numéro de sa facture de taxi : [[IDENTIFIANT:TX-2024-00387]]. Taxi conventionné, {{Taxis Marseillais}}. Montant {{64,20 €}}. L'agente : délai de {{15 jours}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail à {{Aubagne}}. Cette fois la personne est là : Mme [[PERSONNE:Rossi]], en pyjama, surprise. L'agente vérifie l'identité sur la carte : née le [[DATE_NAISSANCE:02/05/1977]], ok. Arrêt jusqu'au {{19/04}}, sorties libres. Tout est en règle. Durée totale {{7 min}} pour {{40 min}} de route.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Accompagnement de la conseillère {{PRADO}} (retour à domicile après hospitalisation). Chez M. [[PERSONNE:Baptistin Aillaud]], [[ADRESSE:14 montée des Accoules, 13002 Marseille]], sorti de l'hôpital {{Saint-Joseph}} {{lundi}}. Elle vérifie que l'infirmière passe bien, que le kiné a appelé. Le fils, au cas où : [[TELEPHONE:06 14 92 38 71]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande de {{bons alimentaires}}. L'agent crée la fiche foyer, lit à voix haute : « Madame [[PERSONNE:Toumi]], née le [[DATE_NAISSANCE:30.06.1985]] ; enfants : [[DATE_NAISSANCE:2008]], [[DATE_NAISSANCE:2011]], [[DATE_NAISSANCE:2019]] ». Les prénoms c'est pas obligatoire. {{2 bons}} de {{30 €}}, valables à l'{{Intermarché}} de la {{Cabucelle}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{Vitrolles}}, CCAS. Affiche à l'entrée : « Permanence écrivain public le mardi {{9h-12h}} ». Une dame attend pour un courrier à la préfecture. Le bénévole écrivain public est un ancien instituteur, {{78 ans}}. Il tape à deux doigts mais vite.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "L'agente appelle la famille d'une dame pour compléter son dossier d'aide sociale à l'hébergement. Elle relit : [[PERSONNE:Odette Mistral]], NIR [[NIR:2 47 07 13 004 019 32]], née le [[DATE_NAISSANCE:8 juillet 1947]] à {{Arles}}, veuve depuis {{2010}}. Le fils au bout du fil, [[PERSONNE:Alain]], confirme (il parle fort, « c'est le {{mistral}} », il est dehors). Entrée à l'{{EHPAD Les Jardins d'Arles}} prévue le {{2 mai}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une dame qui a reçu une facture d'eau énorme ({{1 240 €}}). Elle donne sa référence client {{Société des Eaux de Marseille}} : [[IDENTIFIANT:0043127889]]. L'agente lui explique le {{FSL}} et lui donne un rdv le {{16}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite du logement d'urgence du CCAS de {{Briançon}} (T1 au-dessus de la mairie annexe). Vide pour l'instant, dernier occupant parti le {{15 février}}. L'agent vérifie le chauffage, {{-12°}} dehors cette semaine. Fiche d'état des lieux à remplir, {{2 pages}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec l'évaluatrice, chez [[PERSONNE:Ginette Arnaud]], {{Carpentras}}. Sur le frigo, la liste des anniversaires des petits-enfants pour pas oublier les cartes : « [[PERSONNE:Clara]] [[DATE_NAISSANCE:17 janvier]] / [[PERSONNE:Baptiste]] [[DATE_NAISSANCE:2 mars]] / [[PERSONNE:Inès]] [[DATE_NAISSANCE:30 septembre]] ». Elle-même a {{91 ans}}. {{GIR 4}} estimé.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Triage, {{23h}}. Jeune homme, accident de trottinette. Pas de papiers. Il dit : « [[PERSONNE:Ilan Benchetrit]], né le [[DATE_NAISSANCE:29/11/2001]] ». L'agent cherche dans le logiciel : un homonyme né le [[DATE_NAISSANCE:29/11/2000]] ! Il crée un nouveau dossier pour pas mélanger. IPP [[IDENTIFIANT:P00918274]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Pendant l'attente, annonce micro : « le propriétaire du véhicule [[IMMATRICULATION:GD-614-NK]] est prié de déplacer sa voiture, elle bloque l'accès ambulances ». {{3 fois}}. Personne. La sécu appelle la fourrière. Urgences de {{La Timone}}, {{22h}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Écran dans la salle : « Patients en attente : {{17}} — Temps moyen : {{3h10}} ». Un enfant joue avec la {{fontaine à eau}}. La maman dort. L'agente d'accueil me dit qu'elle fait des {{12h}}, {{3 jours}} d'affilée.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel à l'accueil des urgences d'{{Arles}} : une fille cherche sa mère, partie de l'EHPAD en ambulance. L'agente, [[PERSONNE:Karine]] : 'nom, prénom, date de naissance ?' — « [[PERSONNE:Reyes Antonia]], [[DATE_NAISSANCE:03/03/1938]] ». L'agente confirme qu'elle est bien arrivée, {{box 5}}, mais ne donne aucune info médicale au téléphone.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier administratif au CHRS. Un résident, [[PERSONNE:Souleymane Camara]], prépare sa demande de titre de séjour avec l'éduc. Sur l'extrait d'acte de naissance : « né le [[DATE_NAISSANCE:1er janvier 2001]] à {{Conakry}} ». Récépissé précédent n° [[IDENTIFIANT:1302567841]], expiré le {{10/03}}. L'éduc soupire : rdv préfecture introuvable sur internet.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Résidente qui cherche du travail, l'éduc lui crée une adresse mail présentable : avant c'était [[EMAIL:princesse_du_13@hotmail.fr]] 😅, maintenant [[EMAIL:sabrina.mansouri.pro@gmail.com]]. [[PERSONNE:Sabrina]] rigole. Inscription sur {{Indeed}} dans la foulée.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} des {{Alpes-Maritimes}}. Un bénévole appelle pour une famille afghane arrivée à {{Nice}} en train ({{gare Thiers}}). L'écoutant prend les infos : père [[PERSONNE:Ahmad Rahimi]], [[DATE_NAISSANCE:1985]], mère [[PERSONNE:Zahra]], [[DATE_NAISSANCE:1992]], enfants de 2, 5 et {{9 ans}}. Les dates exactes, ils savent pas : « là-bas personne ne fête ça », dit le bénévole. Orientation vers la {{SPADA}}, hébergement d'urgence {{1 nuit}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Cellule de veille du {{115}} pendant l'épisode de froid ({{plan grand froid}} niveau 2 déclenché {{hier}}). {{40 places}} supplémentaires dans un gymnase. Les appels doublent. Un écoutant fait des heures sup jusqu'à {{1h}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115. Un monsieur appelle depuis son camping-car en panne sur l'aire de {{Sisteron}}, plaque allemande [[IMMATRICULATION:B-KL 4821]]. Il n'a plus rien pour réparer. L'écoutante lui donne le numéro du {{Secours populaire}}. Nom [[PERSONNE:Klaus Becker]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en diffus à {{Hyères}}. Le logement est au nom du CHRS, [[ADRESSE:6 rue Massillon, 83400 Hyères]]. Mme [[PERSONNE:Assoumani]] a accouché ! Bébé [[PERSONNE:Nawal]], née le [[DATE_NAISSANCE:14 mars]], {{3,2 kg}}. L'éducatrice note tout pour la Caf. Naissance déclarée à la mairie le {{18 mars}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Entretien de situation. Le conseiller remplit le diagnostic : « Date de naissance : [[DATE_NAISSANCE:23/05/1968]] — Âge : {{55 ans}} — Senior : oui ». Le demandeur, [[PERSONNE:Patrice Delmas]], ancien chauffeur chez {{Transdev}}, dit « mettez que j'ai {{56 ans}} dans {{une semaine}} ». ID [[ID_FRANCE_TRAVAIL:5503918H]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une jeune maman vient avec son bébé en poussette. Elle veut l'aide à la garde ({{AGEPI}}). Le conseiller demande le justificatif de la {{Crèche Les Petits Loups}} : facture au nom de [[PERSONNE:Mélissa Durand]], réf. [[IDENTIFIANT:PL-0234]]. AGEPI accordée, {{400 €}}, versée sur [[IBAN:FR76 4061 8802 3400 0401 2398 755]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un demandeur appelle, il a changé de numéro. La conseillère, vérif d'identité : nom + date de naissance. « [[PERSONNE:Mamadou Ba]], [[DATE_NAISSANCE:zéro huit, zéro huit, quatre-vingt-huit]] ». Nouveau numéro : [[TELEPHONE:07 62 18 40 93]]. Identifiant : [[ID_FRANCE_TRAVAIL:9081263S]]. C'est fait en {{2 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appels sortants pour remplir un atelier. La conseillère doit appeler {{25 personnes}} avant {{midi}}. 9 répondent. Les autres : messagerie. Elle laisse le même message {{16 fois}}.",
    ),
]

BATCH_5 = [
    (
        "caf",
        "accueil_physique",
        "Un couple vient pour la {{prime d'activité}}. Lui, [[PERSONNE:Rachid Bensalem]], elle, [[PERSONNE:Houria]]. L'agent lit leurs titres de séjour : lui né le [[DATE_NAISSANCE:16/04/1982]], elle le [[DATE_NAISSANCE:02/02/1987]], entrés en France le {{15/09/2017}}, titres valables du {{03/01/2023}} au {{02/01/2033}}. Num alloc [[N_ALLOCATAIRE:5501938]]. RIB {{CEPAC}} déposé : [[IBAN:FR76 1131 5000 0108 1234 5678 941]]. Droit ouvert à compter de {{mars}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Attente à la {{Caf}} de {{Gap}}, petite agence, {{2 agents}}. Très calme, {{4 personnes}} en {{1h}}. L'agente connaît presque tout le monde par son prénom, me dit-elle. « Ici c'est pas {{Marseille}} ! »",
    ),
    (
        "caf",
        "accueil_physique",
        "Une dame montre l'acte de naissance de son bébé pour l'inscrire. L'agente lit : « Le [[DATE_NAISSANCE:vingt-sept février deux mille vingt-quatre]], à {{neuf heures dix}}, est née à {{Marseille}} {{5e}} [[PERSONNE:Lyna, Ambre, Salma HADDAD]], de [[PERSONNE:Karim Haddad]], né à {{Oran}} le [[DATE_NAISSANCE:4 avril 1989]]... ». Alloc [[N_ALLOCATAIRE:3308127]]. {{Prime de naissance}} déjà versée.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'un étudiant qui demande l'{{APL}}. L'agent : 'vous êtes né quand ?' — « [[DATE_NAISSANCE:2005]] ». 'Le jour ?' — « le [[DATE_NAISSANCE:seize]] » — 'de quel mois ?' — « [[DATE_NAISSANCE:août]] ». 'Vous avez {{18 ans}}, vous pouvez avoir votre propre dossier.' [[PERSONNE:Maxime Roche]], logement {{CROUS}} {{Cuques}} à {{Aix}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'un allocataire qui travaille à {{Monaco}} et vit à {{Beausoleil}}. Il veut que ses allocs soient versées sur son compte monégasque : [[IBAN:MC58 1273 9000 7005 8020 1000 734]]. L'agent dit que ça passe (zone {{SEPA}}). Il propose d'envoyer le RIB par mail depuis [[EMAIL:f.gallo@monaco-mail.mc]]... non, on ne l'envoie pas par mail, c'est par l'espace perso. [[PERSONNE:Fabrice Gallo]], pas content.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle, déclaration d'isolement. Monsieur dit vivre seul avec ses 2 enfants. Sur le frigo, un dessin : « joyeux anniversaire maman {{30 ans}} » 🤔. Le contrôleur demande : année de naissance de la mère des enfants ? « [[DATE_NAISSANCE:1994]] », elle vit à {{Toulouse}}, dit le monsieur. Enfants [[PERSONNE:Rose]] ([[DATE_NAISSANCE:2016]]) et [[PERSONNE:Sacha]] ([[DATE_NAISSANCE:2018]]). Il vit à {{la Rose}} ({{13e}}), [[ADRESSE:12 traverse des Platanes, 13013 Marseille]]. Nom [[PERSONNE:Olivier Pujol]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Préparation des contrôles de la journée au bureau. Le contrôleur imprime {{5 dossiers}}, regarde les itinéraires : {{Vitrolles}}, {{Marignane}}, {{Les Pennes-Mirabeau}}. Il prévient rarement avant, sauf les personnes âgées. Départ {{9h15}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une dame née aux {{Comores}}, naturalisée en {{2015}}, n'a jamais eu de carte Vitale. L'agent retrouve son NIR définitif : [[NIR:280069939714470]]. 'Vous êtes bien née le [[DATE_NAISSANCE:12 juin 1980]] ?' — oui. [[PERSONNE:Faïza Mohamed Soilihi]]. Carte commandée, {{2 à 3 semaines}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un monsieur veut savoir pourquoi ses remboursements vont sur le compte de sa femme. L'agent : 'vous êtes ayant droit de madame'. Il veut son propre compte, donne un RIB {{LCL}} : [[IBAN:FR46 3000 2056 1700 0007 1849 R16]]. Il faut d'abord se détacher du dossier de madame. M. [[PERSONNE:Serrano]]. Formulaire {{S1106}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un homme appelle pour sa fille de {{16 ans}} qui veut sa propre carte. L'agente : 'date de naissance de votre fille ?' « le [[DATE_NAISSANCE:quatre juillet deux mille sept]] ». 'Elle a plus de 16 ans, elle peut le faire elle-même.' Il dit que c'est trop compliqué pour elle. La fille : [[PERSONNE:Jade Kasparian]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Serveur vocal du {{3646}} : « tapez 1 pour..., tapez 2 pour... ». J'ai compté : {{6 choix}} avant d'avoir un humain. La téléconseillère me dit que beaucoup de gens raccrochent à ce stade. Appels du jour : {{312}} sur la plateforme de {{Nice}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'une dame âgée pour un remboursement de dentier ({{1 200 €}} de reste à charge). Elle donne tout sans qu'on lui demande : « je suis née le [[DATE_NAISSANCE:vingt-et-un du dix trente-neuf]], mon numéro c'est le [[TELEPHONE:04 94 63 12 58]], j'habite [[ADRESSE:18 avenue des Mimosas, Sanary]] ». L'agent : 'merci madame, j'ai juste besoin de votre numéro de sécu'. Mme [[PERSONNE:Bérenger]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite avec une conseillère de la {{Mission accompagnement santé}} chez une famille à {{Toulon}} ({{La Beaucaire}}). Personne n'a de médecin traitant. Elle fait la liste : monsieur [[PERSONNE:Hakim]] [[DATE_NAISSANCE:1979]], madame [[PERSONNE:Latifa]] [[DATE_NAISSANCE:1983]], les enfants [[DATE_NAISSANCE:2007]], [[DATE_NAISSANCE:2010]], [[DATE_NAISSANCE:2015]]. Elle appelle {{3 cabinets}} devant eux. Un seul accepte, pour les enfants.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Inscription au voyage des seniors du CCAS ({{Gréoux-les-Bains}}, {{4 jours}}, {{120 €}}). L'agente remplit la liste avec le monsieur, pour lui et sa femme : « [[PERSONNE:LOMBARDO Pietro]] – [[DATE_NAISSANCE:14/08/1946]] / [[PERSONNE:LOMBARDO Maria-Grazia]] – [[DATE_NAISSANCE:22/12/1949]] ». Départ le {{3 octobre}} devant la mairie. Tél pour le car : [[TELEPHONE:06.77.21.04.39]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{10h}}. Un monsieur vient juste pour se mettre au chaud. L'agent le laisse s'asseoir, lui offre un café. 'Ici on fait aussi ça.' Il reste {{45 min}}, part sans rien demander. L'agent : 'il vient tous les {{jeudis}}'.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande de domiciliation par un couple qui vit dans une voiture, {{Peugeot 206}} grise immatriculée [[IMMATRICULATION:8712 ZT 13]] (ancien format, « elle est vieille comme moi » dit le monsieur). L'agente enregistre [[PERSONNE:Jacky]] et [[PERSONNE:Corinne Marchal]]. Ils se garent près du {{stade Vélodrome}}. Courrier disponible à partir de {{lundi}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un agent appelle une dame pour le {{registre des personnes vulnérables}}. Vérification des infos : « Vous êtes bien Mme [[PERSONNE:Cappellini]], née le [[DATE_NAISSANCE:10 février 1936]] ? » — « Oui mon petit, et j'ai encore toute ma tête. » Son voisin à prévenir : M. [[PERSONNE:Trabelsi]], [[TELEPHONE:06 09 55 17 82]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Ligne du CCAS saturée le lundi matin. L'agente a un casque, {{2 lignes}}. Entre {{8h30}} et {{10h}}, {{27 appels}}. Beaucoup de questions sur le {{chèque énergie}} et sur la cantine.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'évaluation avant entrée en foyer-logement : Mme [[PERSONNE:Pellegrin]], [[ADRESSE:4 place de l'Horloge, 84000 Avignon]]. Sur la feuille de l'agente, un blanc : 'date de naissance de votre mari défunt ?' — « il était de [[DATE_NAISSANCE:trente-deux]], le [[DATE_NAISSANCE:sept novembre]] ». Décédé en {{2019}}. Pension de réversion à justifier.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accueil des urgences de {{Carpentras}}. Un bébé de {{3 semaines}}, les parents paniqués. La mère dit « elle est du [[DATE_NAISSANCE:22/04]] », l'agente tape [[DATE_NAISSANCE:22/04/2024]]. [[PERSONNE:Maya Benoît]]. Pas encore de NIR pour le bébé, rattachement à la maman, [[PERSONNE:Cindy Benoît]]. Pédiatre de garde appelé.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un patient donne sa carte vitale à l'agent, qui la passe dans le lecteur : l'écran affiche [[PERSONNE:KHALIL Youssef]] et le NIR [[NIR:1 95 04 99 350 210 18]], né à {{Casablanca}}. « Il a mis mon nom à l'envers » rigole le patient. Entorse de cheville, {{catégorie 4}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Relève de {{13h30}}. L'IOA du matin passe les consignes : « box 3 attend le scanner, box 6 sort, le monsieur du couloir c'est pour la {{gériatrie}} ». {{8 minutes}} chrono. Urgences du {{Centre Hospitalier d'Aix}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une pharmacienne appelle les urgences de {{Fréjus}} pour savoir si un patient a été vu (ordonnance illisible). L'agent refuse : « je ne peux rien dire ». Elle insiste en donnant le nom et la DDN : [[PERSONNE:Léandre Cottin]], [[DATE_NAISSANCE:18/10/51]]. Non. Elle rappellera le médecin.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Signature du contrat de séjour au CHRS. L'éducatrice relit la première page avec la dame : « Nom : [[PERSONNE:IBRAHIMA]] — Prénom : [[PERSONNE:Aïssatou]] — Née le : [[DATE_NAISSANCE:17/02/1997]] — Entrée le : {{08/04/2024}} — Fin prévue : {{07/10/2024}} ». Les dates sont les unes sous les autres, la dame se trompe de ligne en vérifiant 😅.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un résident a un entretien {{France Travail}} demain. L'éduc vérifie qu'il a son identifiant : il l'a noté au stylo sur sa main, « [[ID_FRANCE_TRAVAIL:2917 458 P]] ». Elle le lui recopie sur un papier. [[PERSONNE:Steven]] promet de pas le perdre. Rdv à {{9h30}}, agence {{Marseille Belsunce}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115. Un jeune homme appelle, {{18 ans}} depuis {{2 jours}}, sorti du foyer de l'{{ASE}}. L'écoutante : 'ta date de naissance ?' — « le [[DATE_NAISSANCE:14 avril 2006]] ». [[PERSONNE:Dylan Mancini]]. Pas de place jeune majeur ce soir. Elle lui donne l'adresse de l'accueil de nuit {{Saint-Jean-de-Dieu}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel au 115 d'une femme qui dort dans sa voiture avec son chien {{Rocky}} à {{Fréjus}}, plage de {{la Base}}. Immat [[IMMATRICULATION:EF-228-QG]] donnée pour que la maraude la trouve. [[PERSONNE:Valérie]], {{54 ans}}. Les CHRS ne prennent pas les chiens. Elle refuse de le laisser.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Statistiques affichées au {{115}} du {{Vaucluse}} : en {{janvier}}, {{1 842 appels}}, {{61 %}} de demandes non pourvues. Le chef de service dit que c'est le pire mois depuis {{2019}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite de sécurité des appartements diffus avec l'agent technique du CHRS. Détecteurs de fumée : 2 HS sur 9. Une fuite sous un évier. Le résident est absent, on rentre avec la clé. L'agent laisse un mot. {{45 min}} par logement.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Inscription d'un jeune de {{20 ans}}, il a tous ses papiers dans une pochette. Le conseiller recopie le NIR de l'attestation : [[NIR:104011321550332]]. Il vérifie : « né en [[DATE_NAISSANCE:janvier 2004]] à {{Marseille}}, ok ». [[PERSONNE:Anthony Giacometti]]. Identifiant : [[ID_FRANCE_TRAVAIL:7734120K]]. Orientation {{Mission locale}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Le conseiller montre à une dame comment répondre à une offre sur l'appli. Elle tape son mail : [[EMAIL:marie.jo.ferrer@free.fr]] — elle se trompe, [[EMAIL:marie.jo.ferer@free.fr]], corrigé. [[PERSONNE:Marie-Jo Ferrer]], {{59 ans}}, veut être agent d'accueil à l'{{aéroport de Marignane}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} {{Avignon Courtine}}, {{11h}}. {{12 personnes}} dans la zone d'attente, {{4 conseillers}} au flux. Un vigile. Une affiche « Salon de l'emploi saisonnier – {{jeudi 18 avril}} – {{Parc des Expositions}} ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'une dame qui veut déclarer la naissance de son enfant (elle croit que ça change ses droits). La conseillère : « ça ne change rien chez nous, c'est la {{Caf}} ». Elle note quand même dans le dossier « enfant né le [[DATE_NAISSANCE:3/5/2024]] » pour l'{{AGEPI}} plus tard. Demandeuse [[PERSONNE:Amandine Roux]], identifiant [[ID_FRANCE_TRAVAIL:6620491B]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un demandeur appelle d'un numéro masqué. Conseillère : 'pouvez-vous me donner un numéro où vous rappeler ?' « [[TELEPHONE:+33 7 45 90 16 28]] ». Il veut contester une sanction. Recours à faire auprès du {{médiateur}}. M. [[PERSONNE:Ouattara]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère relit un historique au téléphone : « premier contrat le {{12/07/2019}}, fin le {{11/01/2020}}, reprise le {{02/03/2021}} ». Le demandeur : « et c'est pas ma date de naissance, le {{12 juillet}} ? » Non, sa DDN c'est le [[DATE_NAISSANCE:07/12/1999]], il a inversé jour et mois, ça le fait rire. [[PERSONNE:Lucas Ferrand]].",
    ),
]

BATCH_6 = [
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Paoli]], {{65 ans}}, vient pour son {{APL}} : passage à la retraite. L'agent recopie le NIR de l'attestation de la {{Carsat}} : [[NIR:2 58 09 2A 004 008 53]]. « Ah vous êtes née à {{Ajaccio}} ? » « Oui, le [[DATE_NAISSANCE:19 septembre 58]], mais à {{Marseille}} depuis {{1977}} ». Alloc [[N_ALLOCATAIRE:0427795]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Une agente en formation observe sa tutrice. La tutrice : « toujours vérifier l'identité avant de parler du dossier, même si la personne a l'air de bonne foi ». Ce matin : {{26 tickets}}, {{3 réclamations}}, une personne partie sans être reçue. Pause à {{10h30}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel : une femme dont le conjoint est décédé. L'agente, très douce, enregistre le décès : « date de naissance de votre mari ? » — « [[DATE_NAISSANCE:5 mai 1961]] ». « Et la date du décès ? » — « le {{5 mars}} ». Elle confond les deux et se corrige. [[PERSONNE:Michel Jourdan]], la veuve [[PERSONNE:Éliane]]. L'agente parle de l'{{allocation veuvage}} (c'est la {{Carsat}}). Alloc [[N_ALLOCATAIRE:1150678]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une allocataire appelle : elle a reçu un mail bizarre de « la Caf » qui demande son RIB, envoyé depuis {{caf-remboursement@secure-info.net}}. L'agent : c'est du phishing ! Elle donne son mail à elle pour vérifier que rien n'a été modifié au dossier : [[EMAIL:kaoutar.benmoussa@yahoo.fr]]. Rien. [[PERSONNE:Kaoutar]] soulagée.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Formation flash entre deux appels : la superviseure rappelle que la {{revalorisation}} des prestations c'est le {{1er avril}}, et que les gens vont appeler dès le lendemain. Elle fait une fiche réponse type. Je note : « montant {{RSA}} personne seule : {{635,71 €}} ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle de ressources chez un auto-entrepreneur (livreur {{Uber Eats}}). Le contrôleur demande le SIRET : [[IDENTIFIANT:912 345 675 00017]], « c'est mon SIRET perso ». Relevés du compte {{Nickel}} [[IBAN:FR76 1659 8000 0100 0004 5621 210]]. Il s'appelle [[PERSONNE:Bilal Hachemi]], né le [[DATE_NAISSANCE:27/10/1996]], vit chez sa mère, [[ADRESSE:Bât B2, 35 avenue de Saint-Just, 13004 Marseille]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle annulé : la personne a appelé ce matin, hospitalisée. Le contrôleur reprogramme dans {{15 jours}}. On enchaîne sur le suivant, {{30 min}} de route vers {{Aubagne}}. Il me parle des contrôles {{RSA}} : 'on ne cherche pas à piéger'.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une maman conteste un refus de remboursement pour son fils ({{orthodontie}}, plus de {{16 ans}} au début du traitement). L'agent lit : enfant né le [[DATE_NAISSANCE:11/01/2008]], début de traitement le {{15/02/2024}} → 16 ans et 1 mois, hors limite. Maman : « mais le devis est du {{20/12/2023}} ! » L'agent : c'est la date de début qui compte. [[PERSONNE:Nolan Perez]], maman [[PERSONNE:Magali Perez]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil Cpam de {{Draguignan}}. Un écran diffuse en boucle « {{M'T dents}} », le programme de dépistage dentaire gratuit à {{3 ans}}, {{6 ans}}, {{9 ans}}... Un enfant le regarde, fasciné. L'agente dit que personne ne le regarde jamais à part les enfants.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un monsieur ne trouve plus sa carte, il connaît son numéro par cœur et le dit d'une traite : « [[NIR:un, quatre-vingt-dix, zéro neuf, quatre-vingt-quatre, zéro trente et un, zéro quatre-vingt-huit, soixante et un]] ». L'agent retape, ça correspond. M. [[PERSONNE:Reboul]], de {{Carpentras}}. Attestation imprimée.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'un père qui veut rattacher son fils d'un an sur sa carte à lui et pas sur celle de la mère. Il a l'attestation sous les yeux : NIR du bébé [[NIR:123051305690145]], né le [[DATE_NAISSANCE:09/05/23]] à {{Martigues}}. [[PERSONNE:Tiago Fernandes]], le père [[PERSONNE:Nuno Fernandes]]. Rattachement aux deux parents possible, l'agente le fait.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'une infirmière libérale pour un patient qui n'a plus de droits. Elle donne le nom ([[PERSONNE:Raymond Lecomte]]) et son propre numéro pro : [[TELEPHONE:06 25 81 44 07]]. L'agente ne peut pas tout dire, mais confirme que les droits sont ouverts jusqu'au {{31/12}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Écoute d'appels. Une dame pleure parce que ses IJ n'arrivent pas depuis {{2 mois}}. La conseillère relance la gestionnaire en direct par la messagerie interne. Réponse en {{5 min}} : paiement parti {{hier}}. La dame remercie {{10 fois}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt de travail à {{La Ciotat}}. Pas de réponse. La voiture de l'assuré est garée devant : immat [[IMMATRICULATION:FK-563-XD]] relevée dans le PV. Le voisin : « [[PERSONNE:Patrick]] ? il est parti à la pêche ». L'agente note. L'assuré, M. [[PERSONNE:Garcin]], est né en [[DATE_NAISSANCE:1970]], c'est sur la fiche de contrôle à côté du début de l'arrêt, {{03/04/2024}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Inscription à l'{{aide aux vacances}} pour les enfants (centre aéré). L'agente remplit : [[PERSONNE:Eden]] [[DATE_NAISSANCE:06.11.2014]], [[PERSONNE:Kais]] [[DATE_NAISSANCE:28.02.2017]]. Maman [[PERSONNE:Sonia Bouhadi]], tél [[TELEPHONE:07 69 32 15 08]]. Séjour du {{8 au 19 juillet}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Un jeune homme en fauteuil vient pour l'aide au transport. L'agent demande la notification : n° de dossier {{MDPH}} [[IDENTIFIANT:13-2022-048812]], taux {{80 %}}. [[PERSONNE:Yohan Morel]]. Aide accordée sur place, c'est rare.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Une dame âgée ne sait plus l'année de naissance de son mari pour le dossier de {{téléassistance}}. « [[DATE_NAISSANCE:1940]]... ou [[DATE_NAISSANCE:41]] ? » Elle appelle sa fille sur haut-parleur, qui répond : « [[DATE_NAISSANCE:2 février 1941]], maman ». Le mari, [[PERSONNE:Aimé Giraudo]], est assis à côté et ne dit rien 😂.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une assistante sociale de l'hôpital appelle le CCAS pour une sortie d'hospitalisation sans domicile. Elle donne : [[PERSONNE:Serge Lambert]], né le [[DATE_NAISSANCE:30/09/1962]], sortie prévue le {{24/04}}. L'agent du CCAS, [[PERSONNE:Thomas Achard]], a une place en {{pension de famille}}. Rappel sur sa ligne directe : [[TELEPHONE:04 91 38 76 12]] {{poste 4521}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Canicule : l'agent fait le tour des inscrits du registre. Chez M. [[PERSONNE:Kaddour]] ([[DATE_NAISSANCE:1933]]), [[ADRESSE:22 rue Thubaneau, 13001 Marseille]] : {{31°C}} dans l'appart, volets ouverts en plein soleil. L'agent les ferme, rappelle de boire. M. [[PERSONNE:Kaddour]] : « j'ai connu pire en {{Algérie}} en {{1956}} ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Passage au jardin partagé du CCAS, quartier des {{Moulins}} à {{Nice}}. Les parcelles sont attribuées par tirage au sort. Une dame fait pousser des tomates, de la menthe et des {{roses}} autour d'un vieil {{olivier}}. L'animatrice note l'arrosage sur un planning. Pas un contrôle, mais c'est dans ma demi-journée 🙂.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Attente de {{2h}}. Je lis le dossier de transfert posé sur le comptoir (pas discret 😬) : « Patient : [[PERSONNE:AMRANI Brahim]] — Né(e) le : [[DATE_NAISSANCE:01/07/1955]] — Motif : chute — Adressé par : {{EHPAD Les Oliviers}} ». L'agente le retourne quand elle me voit regarder.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Pasteur 2}}, {{15h}}. Un patient anglais ne parle pas français. Il montre sa carte européenne d'assurance maladie, n° [[IDENTIFIANT:80826000120345678901]]. Nom [[PERSONNE:Oliver Hughes]]. Il laisse son mail pour la facture : [[EMAIL:ol.hughes@btinternet.com]]. L'agente : « ok, we send you the bill ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une dame appelle pour récupérer le compte rendu de passage de sa mère. L'agent : « il faut une demande écrite avec copie de pièce d'identité », à envoyer à {{urgences.dossiers@ch-hyeres.fr}}. Elle dicte quand même : [[PERSONNE:Colette Vidalenc]], née le [[DATE_NAISSANCE:14 juillet 1944]] (« comme la fête nationale »), venue le {{9 mars}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le téléphone de l'accueil sonne toutes les {{3 minutes}}. L'agent me fait le bilan : familles qui cherchent un proche, ambulances privées, pharmacies, une fois un journaliste. Consigne : rien sans vérif d'identité. Urgences de {{Digne}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour à {{Nice}}. Une femme demande une attestation d'hébergement pour la {{préfecture}}. L'éducateur tape : « Je soussigné..., atteste que Mme [[PERSONNE:Tchamba Estelle]], née le [[DATE_NAISSANCE:03/11/1989]] à {{Douala}}, est hébergée au CHRS depuis le {{15/01/2023}} ». Il imprime, signe, tamponne.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un résident a ouvert un compte à la {{Banque Postale}} avec l'aide de l'éduc (droit au compte). Il revient tout fier avec son RIB : [[IBAN:FR61 2004 1010 1306 9871 2U03 362]]. Il va enfin pouvoir toucher le {{RSA}}. [[PERSONNE:Mohamed Lamine Traoré]], {{38 ans}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Repas du midi au CHRS, {{42 couverts}}. Les résidents mettent la table à tour de rôle. Planning au mur avec les numéros de chambre, pas les noms. Une éduc me dit que c'est voulu, « certains ne veulent pas que leur nom traîne ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115. Une mère et sa fille majeure. L'écoutant : « vos dates de naissance ? » La mère : « moi [[DATE_NAISSANCE:9 septembre 69]], elle le [[DATE_NAISSANCE:1er mai 99]] ». « Noms ? » [[PERSONNE:Farida]] et [[PERSONNE:Inès Mansour]]. Expulsées ce matin du [[ADRESSE:15 boulevard National, 13003 Marseille]] (« les huissiers à {{8h}} »). Hôtel pour {{3 nuits}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115 : un monsieur appelle d'un portable prêté. Il donne son nom, [[PERSONNE:Abdou]], et le numéro du prêteur pour qu'on le rappelle, [[TELEPHONE:06 58 03 91 27]]. Il est à {{Avignon}}, gare routière. Place trouvée au {{CHRS}} pour ce soir, il doit y être avant {{20h}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite en appartement relais à {{Toulon}}. Une résidente prépare l'anniversaire de son fils, {{10 ans}} demain. L'éducatrice note dans son cahier de suivi : « [[PERSONNE:Adam]] né le [[DATE_NAISSANCE:20/05/2014]], fête samedi, RAS ». La maman, [[PERSONNE:Nesrine]], veut inviter {{6 copains}} d'école.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "État des lieux de sortie d'une résidente partie en logement social. Appartement propre. L'éduc coche la grille : murs ok, sol ok, {{1 ampoule}} manquante. Clés rendues : 3. Caution du {{CHRS}} restituée intégralement.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier « {{Valoriser son expérience}} ». Le monsieur, [[PERSONNE:Hervé Colombani]], reconstitue ses dates d'entrée dans chaque boîte et mélange avec les naissances : « {{2003}} c'est quand je suis rentré chez {{Eurocopter}}... non, [[DATE_NAISSANCE:2003]] c'est la naissance de ma fille, Eurocopter c'est {{2004}} ». La conseillère corrige le tableau. ID [[ID_FRANCE_TRAVAIL:1247609T]].",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Aide à la mobilité. Le conseiller vérifie le devis du garage et la carte grise de la voiture achetée à crédit : [[IMMATRICULATION:GH-072-LM]]. Il demande l'aide à la réparation, {{300 €}}. [[PERSONNE:Samir Oukacha]], ID [[ID_FRANCE_TRAVAIL:4401276D]]. Le conseiller valide en {{10 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'une dame pour sa fille qui aura {{18 ans}} le mois prochain et veut s'inscrire. La conseillère : « elle pouvait s'inscrire dès ses {{16 ans}} en fait ». « Ah bon ! elle est née le [[DATE_NAISSANCE:17 juin 2006]] ». Inscription en ligne, lien envoyé par SMS au [[TELEPHONE:07 88 14 63 20]]. La fille : [[PERSONNE:Clémence Aubry]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un demandeur appelle le {{3949}} pour donner son nouveau mail, l'ancien a été piraté : [[EMAIL:j.rakotomalala@proton.me]]. La conseillère vérifie l'identité par l'identifiant : [[ID_FRANCE_TRAVAIL:8836015M]]. [[PERSONNE:Jean Rakotomalala]]. Conseil : changer aussi le mot de passe de l'espace.",
    ),
]

BATCH_7 = [
    (
        "caf",
        "accueil_physique",
        "Une dame refait sa demande de {{prime d'activité}} après une reprise de travail chez {{Carrefour Market}}. L'agent lui demande son NIR pour la recherche : [[NIR:2 87 03 13 203 042 66]]. Elle s'appelle [[PERSONNE:Nathalie Grimaldi]], née en [[DATE_NAISSANCE:mars 1987]] à {{Marseille}} {{3e}}, « à la {{Belle de Mai}}, comme mon père ». Contrat du {{02/04}}, {{24h}} par semaine. Alloc [[N_ALLOCATAIRE:2693014]].",
    ),
    (
        "caf",
        "accueil_physique",
        "Écran de l'agent, rubrique « Personnes au foyer » (je lis par-dessus son épaule) :\n[[PERSONNE:ABDALLAH Moussa]] {{Allocataire}} [[DATE_NAISSANCE:12/08/1978]]\n[[PERSONNE:ABDALLAH Halima]] {{Conjoint}} [[DATE_NAISSANCE:03/03/1984]]\n[[PERSONNE:ABDALLAH Ismaël]] {{Enfant}} [[DATE_NAISSANCE:25/12/2009]]\n[[PERSONNE:ABDALLAH Yasmine]] Enfant [[DATE_NAISSANCE:14/06/2012]]\nL'agent clique sur « Modifier » pour ajouter le dernier, né le [[DATE_NAISSANCE:10/04/2024]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur dicte son RIB à l'ancienne, les 4 blocs : « [[IBAN:30004 00812 00010234567 96]] ». L'agente : « il me faut l'IBAN complet avec {{FR76}} devant » — il ne sait pas. Elle lui explique où le trouver sur l'appli {{BNP}}. M. [[PERSONNE:Delorme]], alloc [[N_ALLOCATAIRE:3871520]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un appel surprenant : une dame veut que la Caf lui donne la date de naissance de son ex-mari pour un dossier au tribunal. Refus net de l'agent. Elle : « je sais qu'il est de [[DATE_NAISSANCE:76]], c'est juste le jour qui me manque ». Non. Elle donne son numéro allocataire, [[N_ALLOCATAIRE:4075382]], comme si ça changeait quelque chose. L'agent lui conseille de passer par son avocat, Me [[PERSONNE:Santoni]]. Appel de {{7 min}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur place à {{Orange}}. Monsieur déclare héberger son neveu mineur. Le contrôleur demande le jugement : [[PERSONNE:Younès]], né le [[DATE_NAISSANCE:5 janvier 2009]] à {{Tunis}}, confié par jugement du {{12/10/2023}} (RG [[IDENTIFIANT:23/03187]]). Le neveu est à l'école. L'oncle : [[PERSONNE:Abdelaziz Jaziri]], [[ADRESSE:8 cours Aristide Briand, 84100 Orange]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle d'une famille qui déclare vivre à {{Sisteron}}, mais le voisinage dit qu'ils sont repartis en {{Italie}}. Devant la maison, un {{Fiat Doblò}} immatriculé [[IMMATRICULATION:GA 518 XT]] (plaque italienne). Le contrôleur toque, une dame ouvre, Mme [[PERSONNE:Ferraro]] : « on est là, on est là ». {{20 min}} de discussion, il n'est pas convaincu.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Une famille de voyageurs stationnée sur l'aire d'accueil de {{Saint-Martin-de-Crau}}. La maman inscrit ses 3 enfants. Adresse : [[ADRESSE:aire d'accueil des gens du voyage de Saint-Martin-de-Crau, emplacement 14]], caravane [[IMMATRICULATION:GK-310-WW]]. Enfants nés le [[DATE_NAISSANCE:7/7/2013]], le [[DATE_NAISSANCE:18/1/2016]] et le [[DATE_NAISSANCE:4/9/2020]]. Elle : [[PERSONNE:Sandra Winterstein]]. Domiciliation au CCAS d'{{Arles}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Affluence : file d'attente jusqu'au trottoir à {{8h25}}, ouverture à {{8h30}}. Le vigile distribue des tickets. L'agent me dit que c'est comme ça le {{premier lundi du mois}}. Dehors il pleut.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel en espagnol d'un saisonnier agricole ({{Châteaurenard}}). La conseillère, [[PERSONNE:Pilar]], parle un peu espagnol. « ¿Fecha de nacimiento? » — « [[DATE_NAISSANCE:veintiuno de marzo del noventa]] ». Elle tape [[DATE_NAISSANCE:21/03/1990]]. Nom [[PERSONNE:José Luis Herrera]]. Il a besoin du formulaire {{S1}} pour ses droits espagnols.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une assurée veut savoir si son ostéo est remboursé. Non. Elle demande pour sa mutuelle, {{MGEN}} n° [[IDENTIFIANT:167294813]] : l'agente lui dit d'appeler la mutuelle. [[PERSONNE:Claire Lebon]]. {{2 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite d'un conseiller Cpam à domicile pour une invalidité ({{Hautes-Alpes}}, route de montagne, {{45 min}}). M. [[PERSONNE:Chaix]], {{61 ans}}. Le conseiller recopie le NIR sur le formulaire de pension : [[NIR:162050506102348]], né le [[DATE_NAISSANCE:23 mai 1962]] à {{Gap}}. Il habite [[ADRESSE:Hameau des Faures, 05230 Chorges]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Retour au bureau après les visites. L'agente saisit ses {{4 rapports}}, me montre le logiciel : cases à cocher, zone de texte libre limitée à {{500 caractères}}. « On écrit court ». Elle finit à {{17h40}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Demande d'{{aide alimentaire}} : jeune couple avec bébé. L'agent : 'le bébé est né quand ?' Le papa : « il y a deux mois, le [[DATE_NAISSANCE:vingt]] » — la maman corrige : « le [[DATE_NAISSANCE:19 février]] ! » Rires. [[PERSONNE:Kevin]] et [[PERSONNE:Marine Lopez]], bébé [[PERSONNE:Liam]]. Colis à récupérer {{vendredi}} à la {{Banque alimentaire}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Aide financière exceptionnelle (loyer impayé, {{2 mois}}). Le CCAS paie directement le bailleur, {{Unicil}}, référence locataire [[IDENTIFIANT:UN-0458213]]. La dame donne quand même son RIB « au cas où » : [[IBAN:FR76 1009 6185 3000 0321 6549 895]]. L'agent le lui rend. Mme [[PERSONNE:Diop]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un fils appelle le CCAS pour sa mère qui vient de perdre son mari, elle a besoin d'aide pour les obsèques. L'agent : identité du défunt ? « [[PERSONNE:Georges Manoukian]], né le [[DATE_NAISSANCE:12/06/1937]], décédé le {{15/04/2024}} à {{Saint-Joseph}} ». Aide possible si ressources faibles. La mère, [[PERSONNE:Araxie]], est née en [[DATE_NAISSANCE:1940]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appel d'une dame dont la voiture a été enlevée par la fourrière, elle vit dedans. Immat [[IMMATRICULATION:DX 447 RP]]. Frais : {{150 €}} + {{10 €}}/jour. Le CCAS peut avancer une partie. Nom [[PERSONNE:Laetitia Morin]], rdv {{cet après-midi}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez une dame pour l'{{APA}}, avec l'évaluatrice du {{Département}}, à {{Digne}}. Sur le buffet, des photos, et un cadre « [[PERSONNE:Lucienne]], [[DATE_NAISSANCE:1924]] – {{100 ans}} ». C'est elle ! 100 ans le mois dernier. Sa nièce, [[PERSONNE:Monique Giraud]], est là, laisse son numéro : [[TELEPHONE:04 92 31 08 66]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Un homme arrive seul, douleur thoracique. Il tend sa carte Vitale et son titre de séjour. L'agente lit : [[PERSONNE:Cheikh Ndiaye]], NIR [[NIR:1 88 08 99 341 077 52]], né le [[DATE_NAISSANCE:08/08/1988]] à {{Dakar}}. Elle me dit : « les [[DATE_NAISSANCE:8/8/88]], on s'en souvient ». ECG en {{10 min}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Accueil des urgences de {{Manosque}}. Un gendarme amène un homme en garde à vue pour un certificat. Identité : [[PERSONNE:Dimitri Boyer]]. L'agent imprime les étiquettes, IPP [[IDENTIFIANT:0412875]]. {{20 min}} d'attente, le gendarme soupire.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "{{4h du matin}}. Le téléphone de l'accueil sonne : une mère demande si son fils de {{17 ans}} est là, il n'est pas rentré. L'agent vérifie : personne sous ce nom cette nuit. Il lui conseille d'appeler le {{17}}. Il me dit : « ça, c'est les nuits du samedi ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Réunion des éducs, étude des demandes {{SIAO}}. L'éducatrice lit les fiches : « Famille [[PERSONNE:Petrov]] : M. [[DATE_NAISSANCE:1983]], Mme [[DATE_NAISSANCE:1986]], enfants [[DATE_NAISSANCE:2010]], [[DATE_NAISSANCE:2013]], [[DATE_NAISSANCE:2018]]. Arrivée en France : {{2022}}. Demande d'asile en cours. » Puis : « M. [[PERSONNE:Boukhris]], [[DATE_NAISSANCE:1959]], sorti de détention le {{2 mars}} ». Deux places, {{6 dossiers}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un résident en chantier d'insertion ({{ACI}} {{Le Fil d'Ariane}}) montre à l'éduc son premier bulletin de salaire. Salaire versé sur [[IBAN:FR76 1027 8089 4200 0205 1780 364]]. Il est ému. [[PERSONNE:Fabien]], {{44 ans}} : « premier bulletin depuis {{2016}} ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "115. Un homme appelle pour sa compagne enceinte de {{8 mois}}. L'écoutante priorise. « Date de naissance de madame ? » « [[DATE_NAISSANCE:2 novembre 2000]] ». « Et vous ? » « [[DATE_NAISSANCE:29 janvier 97]] ». Terme prévu le {{10 mai}}. [[PERSONNE:Killian]] et [[PERSONNE:Océane Brunet]]. Mise à l'abri en {{hôtel social}} à {{Salon}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Appel d'un propriétaire au {{115}} : un locataire a été expulsé, ses affaires sont sur le trottoir devant le [[ADRESSE:47 rue d'Aubagne, 13006 Marseille]]. Il donne le nom de l'ex-locataire, [[PERSONNE:Mustapha Zeroual]], et le portable qu'il avait : [[TELEPHONE:07 51 62 39 84]]. L'écoutant note, la maraude passera.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite d'un studio en diffus à {{Apt}}. Le résident, [[PERSONNE:Jordan]], {{24 ans}}, montre sa nouvelle carte d'identité, fier : « né le [[DATE_NAISSANCE:11/03/2000]] », n° [[IDENTIFIANT:D7K2M9X41]]. L'éduc en fait une photocopie pour le dossier de logement social ({{Grand Delta Habitat}}).",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un couple s'inscrit ensemble (même licenciement, {{Sodexo}} à l'aéroport). Le conseiller fait l'un après l'autre : lui [[PERSONNE:Karim Aït Ouarab]], né le [[DATE_NAISSANCE:19/02/1981]], ID [[ID_FRANCE_TRAVAIL:3365108N]] ; elle [[PERSONNE:Nora]], née le [[DATE_NAISSANCE:09/12/1983]], ID [[ID_FRANCE_TRAVAIL:3365109P]]. « Vos identifiants se suivent ! » rigole le conseiller.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un demandeur passe récupérer une attestation employeur qu'il n'a jamais reçue. Le conseiller cherche et trouve un mail de l'employeur ({{Onet}}) envoyé à la mauvaise adresse : [[EMAIL:r.ouazzani@gmal.com]] au lieu de gmail. Corrigé. [[PERSONNE:Rachid Ouazzani]]. Il était furieux depuis {{3 semaines}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Demande d'{{ASS}}. La conseillère remplit le formulaire papier avec la dame : [[PERSONNE:Hayet Bouzidi]], NIR [[NIR:269049935111843]], née le [[DATE_NAISSANCE:17 avril 1969]] à {{Sfax}}, identifiant [[ID_FRANCE_TRAVAIL:0098145J]]. Fin des droits {{ARE}} le {{30/04/2024}}. Versement prévu sur son compte {{Crédit Agricole}} : [[IBAN:FR76 1130 6000 7171 0204 5813 014]]. Elle a {{55 ans}} aujourd'hui même 🎂, la conseillère lui souhaite, elle sourit.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Le conseiller accompagne un chauffeur-livreur : l'employeur veut une copie du permis et de la carte grise. Véhicule perso [[IMMATRICULATION:ej-904-sn]], le conseiller dit que ça ne sert à rien de le mettre sur le CV. [[PERSONNE:Grégory Santos]]. Offre {{Chronopost}} à {{Vitrolles}}, n° {{174KMPR}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Dernier appel de ma demi-journée. Une dame, [[PERSONNE:Ghislaine Maurin]], veut savoir si elle peut cumuler sa pension de réversion avec l'{{ARE}}. La conseillère, Mme [[PERSONNE:Roubaud]], vérifie : née le [[DATE_NAISSANCE:31 mars 1963]], donc {{61 ans}}, et lit la date de fin de droits, {{31/03/2026}}. « Le même jour que mon anniversaire ! » Identifiant [[ID_FRANCE_TRAVAIL:2218674W]].",
    ),
]

# --- end of notes ---

NOTES = BATCH_1 + BATCH_2 + BATCH_3 + BATCH_4 + BATCH_5 + BATCH_6 + BATCH_7

if __name__ == "__main__":
    main()
