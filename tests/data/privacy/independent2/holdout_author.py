"""Authoring script for the independent2 evaluation corpus (hand-written notes).

Every note below was written by hand, one by one (no template filling).  Markup:
  [[CODE:value]]  an entity to mask (CODE in LABELS below), the brackets are stripped;
  {{value}}       a string that must be kept, added to the note's ``keep`` list.
Run ``python holdout_author.py`` to regenerate dev.jsonl and holdout.jsonl (fixed split seed).
"""

import json
import random
import re
from pathlib import Path

LABELS = {
    "P": "PERSONNE",
    "NIR": "NIR",
    "TEL": "TELEPHONE",
    "MAIL": "EMAIL",
    "IBAN": "IBAN",
    "ADR": "ADRESSE",
    "DN": "DATE_NAISSANCE",
    "ALLOC": "N_ALLOCATAIRE",
    "FT": "ID_FRANCE_TRAVAIL",
    "IMMAT": "IMMATRICULATION",
    "ID": "IDENTIFIANT",
}
CHANNELS = {"ap": "accueil_physique", "at": "accueil_telephonique", "cs": "controle_sur_place"}
MARK = re.compile(r"\[\[([A-Z]+):(.+?)\]\]|\{\{(.+?)\}\}")

NOTES = []


def N(site_kind, channel, marked):
    NOTES.append((site_kind, CHANNELS[channel], marked))


def render(marked):
    text, entities, keep, pos = [], [], [], 0
    for m in MARK.finditer(marked):
        text.append(marked[pos : m.start()])
        offset = sum(len(t) for t in text)
        if m.group(1):
            value = m.group(2)
            entities.append(
                {"start": offset, "end": offset + len(value), "label": LABELS[m.group(1)]}
            )
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        text.append(value)
        pos = m.end()
    text.append(marked[pos:])
    return "".join(text), entities, keep


def split(notes):
    """Random third held out: the first seed whose held-out part holds between 25 % and 40 %
    of every label, site kind and channel (at least one and not all when it has fewer than
    12 occurrences), and between 20 % and 45 % of the notes without any entity (so both
    parts mix all styles and themes)."""

    def ok(held, total):
        return 0 < held < total if total < 12 else 0.25 <= held / total <= 0.4

    def features(note):
        yield from (e["label"] for e in note["entities"])
        yield note["site_kind"]
        yield note["channel"]

    total = {}
    for n in notes:
        for f in features(n):
            total[f] = total.get(f, 0) + 1
    bare = sum(1 for n in notes if not n["entities"])
    for seed in range(10_000):
        order = list(range(len(notes)))
        random.Random(seed).shuffle(order)
        held = set(order[: len(notes) // 3])
        count = {}
        for i in held:
            for f in features(notes[i]):
                count[f] = count.get(f, 0) + 1
        held_bare = sum(1 for i in held if not notes[i]["entities"])
        if all(ok(count.get(f, 0), t) for f, t in total.items()) and (
            0.2 <= held_bare / bare <= 0.45
        ):
            print("split seed", seed)
            return held
    raise SystemExit("no balanced split found")


def main():
    here = Path(__file__).resolve().parent
    notes = []
    for i, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        text, entities, keep = render(marked)
        assert "[[" not in text and "{{" not in text, marked
        notes.append(
            {
                "id": f"ind2-{i:03d}",
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    held = split(notes)
    for name, part in (
        ("dev.jsonl", [n for i, n in enumerate(notes) if i not in held]),
        ("holdout.jsonl", [n for i, n in enumerate(notes) if i in held]),
    ):
        with open(here / name, "w", encoding="utf-8") as f:
            for n in part:
                f.write(json.dumps(n, ensure_ascii=False) + "\n")
        print(name, len(part))


# Hand-written notes, one per line. fmt: off keeps them readable.
# fmt: off
# ---------------------------------------------------------------- Caf
N("caf", "ap", "{{9h12}} arrivee. Mme [[P:Ngo Thi Lan]], dossier {{APL}} bloque depuis {{3 mois}}. num alloc [[ALLOC:2345671]]. agente ([[P:Karine]]) lit l'ecran : piece manquante = avis d'impo. attente {{40 min}} avant son tour")
N("caf", "ap", "Accueil {{Caf}} de {{Rennes}}, {{guichet 3}}. Beaucoup de monde, ticket {{A047}}. Rien de special ds la 1ere heure, les gens viennent surtout pr la {{prime d'activité}} et le {{RSA}}. Borne en panne, un agent du service civique aide sur les ordis.")
N("caf", "ap", "- jeune femme, {{22 ans}}, enceinte\n- veut savoir si droit {{PAJE}}\n- s'appelle [[P:Océane Le Floch]], nee le [[DN:14/02/2004]]\n- l'agent (M. [[P:Barbier]]) lui cree son espace en ligne, email [[MAIL:oceane.lefloch29@gmail.com]]\n- ressort contente au bout de {{25 min}}")
N("caf", "ap", "Monsieur [[P:Boulanger]] explique qu'il travaille la nuit {{chez le boulanger}} de la place, d'ou les horaires decales. Il a perdu son {{APL}} apres une declaration trimestrielle oubliee. [[P:Sabine]] (agente) lui montre comment declarer sur le site, il repart avec un rdv le {{12 mars}}.")
N("caf", "ap", "TRES LONGUE ATTENTE AUJOURD'HUI : {{1H30}} POUR CERTAINS. UNE DAME EN PLEURS, SON {{RSA}} SUSPENDU. L'AGENT DIT QUE C'EST LE CONTROLE DES RESSOURCES. PERSONNE NE LUI AVAIT EXPLIQUE.")
N("caf", "ap", "Mr [[P:Fontaine]] attend debout pres de la {{fontaine à eau}} depuis {{9h}}, il refuse de s asseoir. Quand on l'appelle il donne son num alloc de memoire : [[ALLOC:0 8 7 6 5 4 3]]. Probleme : sa fille [[P:Inès]] a eu {{20 ans}} donc plus comptee pr les {{AF}}.")
N("caf", "ap", "Dialogue au guichet :\n— Vous avez votre numéro allocataire ?\n— Non j'ai que ma carte vitale.\n— Votre nom ?\n— [[P:Kowalczyk]], [[P:K-O-W-A-L-C-Z-Y-K]]… enfin c'est [[P:K O W A L C Z Y K]].\n— Date de naissance ?\n— [[DN:trois avril quatre-vingt-un]].\nL'agente retrouve le dossier en {{2 min}}.")
N("caf", "ap", "Observé pendant {{3h}} : {{31 personnes}} reçues, dont {{12 pour le RSA}}, {{8 pour les APL}}, le reste divers ({{AAH}}, {{ASF}}, pension alimentaire via l'{{ARIPA}}). Temps moyen au guichet {{11 minutes}}. Aucun rdv honoré en retard.")
N("caf", "ap", "la dame (mme [[P:diallo]]) montre son titre de sejour sur son tel, n° [[ID:7 5 0 3 1 2 4 5 6 7]], l'agente recopie. Pb la CAF a enregistre la mauvaise date de fin. elle a {{3 enfants}}, droits coupes depuis {{janvier}}.")
N("caf", "ap", "Un monsieur tres presse : 'je m'appelle [[P:Rose]], [[P:Gérard Rose]], j'habite a cote de la {{Rose des Vents}}, je viens pour le dossier de ma mere'. L'agent lui explique qu'il faut une procuration. Il ressort en {{5 min}}. 🙄")
N("caf", "ap", "RDV {{10h30}} avec [[P:Aïcha Benali]] (agente : [[P:Murielle]]). Separation recente, demande {{ASF}}. Le pere des enfants, [[P:Rachid]], ne paie pas. [[P:Murielle]] conseille de passer par l'{{ARIPA}}. [[P:Aïcha]] donne son nouveau num : [[TEL:07 81 44 20 93]].")
N("caf", "ap", "Ce qui me frappe : les gens ne savent pas que la {{Caf}} ne peut pas tout faire au guichet. L'agente renvoie souvent vers {{caf.fr}} ou l'appli. Deux personnes agees completement perdues devant la borne.")
N("caf", "ap", "mme [[P:Nowak]] vient avec son fils [[P:Kacper]] qui traduit. elle habite [[ADR:12 rue des Lilas, 35200 Rennes]]. Demande d'{{APL}} pr un T2 a {{620 €}}. l'agent dit que le bailleur doit remplir l'attestation. Fils tres patient, {{16 ans}}.")
N("caf", "ap", "Borne d'accueil : {{guichet 5}} appelé, puis {{guichet 2}}. Un vigile. Un agent volant qui pré-trie. Le pré-tri prend {{3 min}} par personne environ. Je note qu'il n'y a pas de toilettes pour le public.")
N("caf", "ap", "[[P:Jean-Baptiste Moreau-Lefèvre]], {{58 ans}}, vient pour sa {{prime d'activité}}. Il montre un courrier : allocataire n° [[ALLOC:1928374]]. Conseillere ([[P:Nadia]]) : « vous avez declare {{1 540 €}} au lieu de 1 450 ». Il doit rembourser {{312 €}} en {{6 fois}}.")
N("caf", "ap", "ecran lu par dessus l'epaule (l'agente me montre) : NOM [[P:MENDES DA SILVA]] PRENOM [[P:JOAO]] NIR [[NIR:1 77 06 99 352 012 03]] SIT FAM : marié, {{2 enf}}. Dossier {{RSA}} socle. Demande de remise de dette.")
N("caf", "ap", "Une etudiante : [[P:Mei-Ling Chen]]. Veut l'{{APL}} pour un studio au {{Crous}}. Dossier deja fait en ligne mais bloque. l'agent voit que le RIB est faux : [[IBAN:FR76 3000 4000 0312 3456 7890 143]]. Il lui fait refaire la saisie.")
N("caf", "ap", "{{14h}}. Rush après la pause. Moi je suis avec [[P:Yannick]] au pré-accueil. Trois personnes d'affilée pour la même chose : le courrier de contrôle sur les ressources {{2025}}. [[P:Yannick]] dit que c'est une campagne nationale.")
N("caf", "ap", "Mme [[P:Noël]] arrive pour demander si elle aura la {{prime de Noël}} cette annee. Agent rit gentiment (« c'est la premiere fois qu'une Mme [[P:Noël]] me demande ça »). Elle touche le {{RSA}} depuis {{octobre}} donc oui, versement vers le {{15 décembre}}.")
N("caf", "ap", "petit garcon qui joue avec les depliants. maman ([[P:Fatoumata Keïta]]) debordee, dossier {{AAH}} du papa transmis a la {{MDPH}} il y a {{8 mois}}. aucune nouvelle. l'agent ne peut rien faire, donne le num de la MDPH.")
N("caf", "at", "Plateforme tel. [[P:Christelle]] decroche : « Caf d'Ille-et-Vilaine bonjour ». Appelant : M. [[P:Traoré]]. Il epelle son num alloc « [[ALLOC:trois deux un, cinq cinq, neuf huit]] ». Question sur son {{APL}}. Appel {{7 min}}.")
N("caf", "at", "Ecoute double au {{3230}}. Beaucoup d'appels pour savoir la date de paiement ({{le 5}}). Une dame tres agressive, l'agent reste calme, raccroche au bout de {{12 min}}. Entre deux appels il souffle.")
N("caf", "at", "appel 3 : un monsieur [[P:Petit]] (il dit « [[P:Petit]] comme {{petit}} ») rappelle pour la 4e fois. Son dossier {{ASF}}. il donne son tel pr qu'on le rappelle : [[TEL:zero six, douze, trente-quatre, cinquante-six, soixante-dix-huit]]. L'agent fait une fiche de rappel.")
N("caf", "at", "Appel d'une assistante sociale du {{CDAS}} pour une famille : famille [[P:Oliveira]], [[ADR:4 allée du Morbihan, Rennes]]. Elle veut accélérer le versement. L'agente ([[P:Hélène]]) ne peut pas donner d'infos sans l'accord de la famille.")
N("caf", "at", "Call: femme parle mal francais, l'agent passe en anglais. Elle s'appelle [[P:Blessing Okafor]], num dossier [[ALLOC:4456120]]. Elle envoie ses pieces par mail depuis [[MAIL:blessing.okafor at yahoo dot fr]]. {{10 min}}.")
N("caf", "at", "Temps d'attente affiché sur le bandeau : {{23 appels}} en attente, {{18 min}}. Les agents enchaînent sans pause. Script d'accueil affiché sur l'écran. Pas de données perso ici, juste un constat : ils ont {{6 min}} cible par appel.")
N("caf", "at", "[[P:Bernard]] (l'agent, 30 ans de maison) m'explique : le {{3230}} c'est le numero national, ensuite dispatch vers les caf. appel d'un jeune, [[P:Lucas Bernard]] — meme nom que l'agent, ca les fait rire. Il demande la {{prime d'activité}}, simulateur en ligne.")
N("caf", "at", "appel d'un bailleur (pas un allocataire) pour un tiers payant. l'agent refuse de donner des infos par tel. Procedure : ecrire par courrier. {{4 min}}.")
N("caf", "at", "Appelante : mme [[P:Sow]], nee le [[DN:1987-09-23]], n° alloc [[ALLOC:2 099 871]]. Veut modifier son RIB, nouveau compte : [[IBAN:FR14 2004 1010 0505 0001 3M02 606]]. L'agent dit que ça ne se fait pas par tel, il faut passer par l'espace perso.")
N("caf", "cs", "Controle sur place avec [[P:Marc]] (controleur). Logement [[ADR:27 bis rue Jean-Jaurès, 35000 Rennes]]. Allocataire : [[P:Sandrine Leroux]]. Soupçon de vie maritale. On voit deux brosses a dents, des chaussures d'homme. [[P:Marc]] reste tres neutre, pose des questions ouvertes. {{1h10}} sur place.")
N("caf", "cs", "Visite a domicile. Mr [[P:Gomes]] nous recoit dans sa cuisine. Il montre ses fiches de paie, son contrat chez {{Leclerc}}. Le controleur ([[P:Thierry]]) note tout sur tablette. Plaque de la voiture garee devant notée : [[IMMAT:FG-482-KL]] (elle appartient au beau-frere, dit-il).")
N("caf", "cs", "controle : logement insalubre ? {{APL}} versee au bailleur. moisissures ds la chambre des enfants. Locataire, Mme [[P:Haddad]], {{3 enfants}}. Controleuse ([[P:Laëtitia]]) prend des photos, va faire un signalement {{CAF}} → {{ARS}}. On reste {{45 min}}.")
N("caf", "cs", "Controle sur place ce matin, rien à signaler côté perso : appartement conforme, contrôle de routine tiré au sort. Le contrôleur m'explique la charte du contrôle, le droit à l'erreur (loi {{ESSOC}}), le délai de {{15 jours}} pour répondre.")
N("caf", "cs", "On arrive [[ADR:8, impasse des Tilleuls, 35510 Cesson-Sévigné]]. Personne. Voisine dit que « [[P:Dédé]] » (le monsieur, [[P:André Le Bihan]]) est à l'hôpital depuis une semaine. Le contrôleur laisse un avis de passage.")
N("caf", "cs", "Dans le salon, diplome au mur au nom de [[P:Maria do Carmo Ferreira]]. Elle nous montre son bail (proprio : M. [[P:Delaunay]], un particulier). Loyer {{540 €}}. Ref locataire chez le bailleur : [[ID:LOC-2231-0087]].")
N("caf", "cs", "CONTROLE - ressources non declarees ? Le monsieur vend sur {{Leboncoin}}, pseudo [[ID:@vintage_dudu35]]. Le controleur ([[P:Stéphane]]) dit que les ventes occasionnelles ne comptent pas. Fin au bout de {{50 min}}, pas d'indu.")
N("caf", "ap", "Pas mal de questions sur la reforme {{Solidarité à la source}} et le montant net social. Une affiche l'explique mais personne ne la lit. Agent dit que depuis {{mars}} il voit {{2 fois plus}} de monde le lundi.")
N("caf", "ap", "mr [[P:Pierre]] (oui c'est son nom de famille) vient avec une {{pierre}} de rein dans un bocal 😅 pour justifier un arret maladie… l'agente [[P:Coralie]] lui explique gentiment que c'est la {{Cpam}} qui gere les IJ, pas la {{Caf}}.")
N("caf", "ap", "{{guichet 4}} — couple [[P:Nguyen]] + interprete benevole ([[P:Thanh]]). Demande de {{RSA}} couple. Agente remplit le formulaire {{Cerfa 15481}}. Il manque le justificatif de domicile. Ils reviennent jeudi.")
N("caf", "ap", "Moment dur : [[P:Kevin]], {{19 ans}}, sorti de l'{{ASE}}, aucune ressource. Il dort chez un copain a {{Villejean}}. L'agente appelle le {{115}} devant lui puis l'oriente vers la {{Mission locale}} pour le {{CEJ}}.")
N("caf", "ap", "Une dame montre une capture d'ecran de son espace : « n° allocataire [[ALLOC:3198765]] – Mme [[P:LOPES Ana Paula]] – paiement du 05/02 : {{412,35 €}} ». Elle ne comprend pas la baisse. Explication : son fils a trouvé un job.")
N("caf", "ap", "Observations générales : l'accueil ferme a {{12h}}, rouvre a {{13h30}} sur rdv uniquement. Les gens sans rdv repartent. {{Trois}} agents sur {{cinq}} sont des contractuels. Formation {{2 semaines}} seulement.")
N("caf", "ap", "Mme [[P:Marine]] (prénom), qui porte un pull {{bleu marine}}, parle de son ex : « [[P:Jo]], il est parti a {{Lorient}} ». Elle veut l'{{ASF}}. L'agent [[P:Olivier]] note l'adresse de l'ex : [[ADR:3 rue du Port, 56100 Lorient]].")
N("caf", "ap", "n° alloc donné à voix haute dans la file (!) : « [[ALLOC:sept cent quatre-vingt-douze mille trois cent dix]] ». Tout le monde entend. Pb de confidentialité, l'agente [[P:Solène]] dit qu'ils ont demandé des cabines depuis {{2019}}.")
N("caf", "ap", "[[P:Hamid]] et [[P:Yasmina Cherif]], retraités, veulent savoir si l'{{APL}} baisse quand on touche l'{{ASPA}}. Agent simule : oui, de {{38 €}}. Ils ont 78 et {{81 ans}}.")

# ---------------------------------------------------------------- Cpam
N("cpam", "ap", "Cpam de {{Rennes}}, accueil sur rdv. {{10h02}} : Mme [[P:Guillou]] pour sa carte vitale perdue. L'agent ([[P:Fabrice]]) lit son NIR à voix basse sur l'écran : [[NIR:2 91 08 35 238 117 74]]. Commande d'une nouvelle carte, délai {{3 semaines}}.")
N("cpam", "ap", "monsieur d'origine ukrainienne, [[P:Oleksandr Shevchenko]], veut la {{C2S}}. Il a un numero provisoire [[NIR:1 85 03 99 112 045 06]]? l'agente dit que c'est un NIA, pas encore un vrai NIR. Interprete au tel ({{ISM}}). {{35 min}}.")
N("cpam", "ap", "ACCUEIL CPAM – {{9H}} – DEJA {{14 PERSONNES}} DEHORS AVANT L'OUVERTURE. ON M'EXPLIQUE QUE LE MARDI C'EST TOUJOURS COMME CA. UN SEUL AGENT SANS RDV.")
N("cpam", "ap", "Échange :\n« c'est pour mes IJ, ça fait {{deux mois}} que j'ai rien »\n« votre employeur a envoyé l'attestation ? »\n« Je sais pas, c'est {{Intermarché}} »\nL'agente [[P:Pauline]] appelle le service IJ en interne. La personne (Mme [[P:Jourdain]]) repart rassurée.")
N("cpam", "ap", "Dr [[P:Lemoine]] (médecin traitant de la dame) n'a pas fait la déclaration en ligne. La patiente, [[P:Colette Vasseur]], {{72 ans}}, est en {{ALD}}. L'agent imprime le formulaire {{S3704}} et lui dit de le faire signer.")
N("cpam", "ap", "mr [[P:Ben Youssef]] veut rembourser des soins faits en Tunisie. formulaire {{S3125}}, factures en arabe. Agent : il faut traduire. Il a un compte {{Ameli}}, identifiant = son NIR [[NIR:1 63 01 33 063 088 71]]. Il l'a ecrit sur un post-it dans son portefeuille…")
N("cpam", "ap", "Je remarque l'écran d'attente : « {{Ameli}}, c'est plus simple ». Campagne vaccin grippe. Borne pour imprimer l'attestation de droits. Une personne sur deux ne sait pas ce qu'est un compte Ameli.")
N("cpam", "ap", "Femme enceinte ({{7 mois}}) sans couverture : [[P:Aminata Coulibaly]]. Titre de séjour en cours, récépissé n° [[ID:3502 1A 998877]]. L'agent ouvre les droits {{PUMa}} immédiatement. Elle pleure. Moi aussi presque.")
N("cpam", "ap", "- {{11h15}} : dame pour la {{CSS}}\n- {{11h22}} : mr qui veut un relevé d'IJ\n- {{11h40}} : jeune pour la carte européenne ({{CEAM}})\n- {{11h55}} : pause agente (enfin)\nRien de nominatif noté, consignes de l'agente.")
N("cpam", "ap", "Un couple, [[P:Jean]] et [[P:Martine Poirier]]. Il a un {{poirier}} dans son jardin, il en parle pendant 5 min en attendant 😄. Demande : rattacher [[P:Martine]] sur la carte de [[P:Jean]]. l'agent ([[P:Thomas]]) explique que depuis 2016 chacun a son propre numéro.")
N("cpam", "ap", "[[P:Dominique]] (agent) me montre comment on lit un décompte. Exemple fictif à l'écran. Puis vraie personne : Mme [[P:Ferrand]], mutuelle {{MGEN}} n° adhérent [[ID:0045 8812 73]]. Son tiers payant ne passe pas.")
N("cpam", "ap", "Accueil « flux » : les gens attendent debout. {{Agent d'accueil}} trie : rdv, dépôt de documents, urgence. Boîte aux lettres pour les feuilles de soins. Délai de remboursement moyen annoncé : {{7 jours}}.")
N("cpam", "ap", "la dame dit « mon fils [[P:Wassim]] né le [[DN:3 juin 2015]] n'apparaît plus sur ma carte ». agente : il faut le rattacher aux deux parents. Mère : mme [[P:el amrani]] (écrit en minuscule sur le dossier papier).")
N("cpam", "ap", "Mr [[P:Olivier]] attend sous l'{{olivier}} en pot à l'entrée (déco !). On l'appelle « monsieur [[P:Olivier]] ? ». Il vient pour un accident du travail, n° de sinistre [[ID:AT 2025 0345 778]]. L'agente dit que l'employeur n'a rien envoyé.")
N("cpam", "ap", "CMU, C2S, CSS… les gens confondent tout. Une dame appelle ça « la {{CMU}} » encore. L'agent ne corrige pas. Tarif {{1 € par jour}} pour certains. Délai d'instruction {{2 mois}}.")
N("cpam", "ap", "Homme SDF, domiciliation au {{CCAS}}. Il dit s'appeler « [[P:Ricky]] », vrai nom [[P:Ricardo Alves Pinto]]. Pas de papiers sur lui. L'agent retrouve son dossier avec sa date de naissance : [[DN:12.11.1979]].")
N("cpam", "at", "{{3646}} – Plateforme. L'agente [[P:Virginie]] prend un appel : « bonjour madame, votre numéro de sécu svp ». La dame dicte : [[NIR:deux, quatre-vingt-huit, zéro cinq, soixante-neuf, cent vingt-trois, quatre cent cinquante-six, trente-huit]]. Question : remboursement dentaire.")
N("cpam", "at", "Appel d'un pharmacien (pharmacie de la {{République}}) pour un patient sans droits visibles. Agent vérifie : droits ouverts jusqu'au {{31/12}}. Le pharmacien n'a pas donné le nom du patient, juste son numéro.  Il a fallu rappeler.")
N("cpam", "at", "appel de mr [[P:Rakotomalala]] (il epelle : [[P:R.A.K.O.T.O.M.A.L.A.L.A]]). Mail [[MAIL:h.rakoto@gmail.com]]. Il veut changer d'adresse : nouvelle adresse [[ADR:15 avenue Henri Fréville, appt 32, 35200 Rennes]]. L'agent le fait direct.")
N("cpam", "at", "Pendant {{2h}} au {{3646}}: {{19 appels}}. Motifs : {{7 remboursements}}, {{4 arrêts maladie}}, {{3 carte vitale}}, {{5 autres}}. Durée moyenne {{6 min 40}}. Temps d'attente affiché {{12 min}}.")
N("cpam", "at", "une dame [[P:Lefebvre]] veut qu'on la rappelle sur son portable [[TEL:+33 6 45 78 12 09]], pas sur le fixe. Et envoie ses justifs par mail : [[MAIL:m.lefebvre56@orange.fr]]. L'agent dit qu'on ne prend pas les pièces par mail, il faut passer par la messagerie {{Ameli}}.")
N("cpam", "at", "Appel très long ({{25 min}}) : monsieur qui a reçu un courrier de l'{{URSSAF}} et croit que c'est la Cpam. L'agent prend le temps, lui donne le {{3698}}. Rien de perso noté.")
N("cpam", "at", "[[P:Agnès]] au tél avec un monsieur sourd (relais {{Acceo}}). Il s'appelle [[P:Jean-Luc Marchand]]. Son NIR : [[NIR:170069935201203]]. Demande : {{ALD}} pour diabète.")
N("cpam", "at", "Appelant agressif : « je veux parler au directeur, M. [[P:Vidal]] ! ». L'agent ([[P:Eric]]) explique que le directeur ne prend pas d'appels. Tonalité raccroche. [[P:Eric]] me dit que c'est {{1 appel sur 10}}.")
N("cpam", "at", "Un monsieur qui vit en Espagne, [[P:Javier Ruiz García]]. Il donne son tel espagnol : [[TEL:+34 612 34 56 78]]. Remboursement de soins à {{Barcelone}}. L'agent lui dit de faire la demande via le {{CNSE}}.")
N("cpam", "cs", "Visite à domicile avec l'{{assistante sociale}} de l'Assurance maladie (Mme [[P:Roussel]]) chez M. [[P:Cadiou]], sortie d'hospitalisation. Adresse [[ADR:9 rue de la Poterie, 35200 Rennes]]. Aide au retour à domicile ({{PRADO}}).")
N("cpam", "cs", "Contrôle d'arrêt maladie : on sonne [[ADR:22 rue de Brest, 35000 Rennes]] à {{10h}} (heures de sortie interdites). Mme [[P:Le Goff]] est là. Contrôleur ([[P:Patrick]]) vérifie l'identité : CNI n° [[ID:180435112233]]. Sa voiture devant, vieille plaque [[IMMAT:4478 XY 35]]. RAS.")
N("cpam", "cs", "Visite chez un patient en {{ALD}} : tout est conforme, le contrôleur remplit la grille, {{20 min}}. Pas de nom noté par moi, l'agent m'a demandé de ne rien écrire.")
N("cpam", "ap", "Mme [[P:Da Costa]] montre sa carte vitale : nom [[P:DA COSTA Maria]] , n° [[NIR:2 63 01 33 063 088 71]]. La puce est morte. Agent : attestation provisoire + nouvelle carte. {{5 min}}. Elle est venue de {{Vitré}} en bus.")
N("cpam", "ap", "Fin de matinée. Bilan de l'agente : « les gens viennent parce qu'ils n'arrivent pas à joindre le {{3646}} ». Elle dit que le {{temps d'attente}} au tél dépasse souvent {{20 minutes}}. Les écrans ne marchent qu'à moitié.")
N("cpam", "ap", "Jeune homme ([[P:Théo]]), apprenti chez {{Decathlon}}. Veut sa propre carte vitale. Il a {{17 ans}}. L'agent dit qu'à partir de {{16 ans}} c'est possible. Formulaire rempli en {{10 min}}. Son email : [[MAIL:theo.b-2008 (arobase) hotmail.fr]].")
N("cpam", "ap", "« Vous êtes madame...? » « [[P:Lucie]] » « [[P:Lucie]] comment ? » « [[P:Lucie Saint-Martin]] » — elle habite pas loin de l'église {{Saint-Martin}}, dit-elle. Demande d'invalidité, renvoyée vers le service médical.")
N("cpam", "ap", "Rdv {{14h}} : M. [[P:Kaya]] et son frère [[P:Mehmet]]. Problème d'IPP à l'hôpital : le {{CHU}} lui a attribué le numéro patient (IPP) [[ID:004512398]] mais sous un autre nom. L'agent ne peut rien, il faut voir l'hôpital.")
N("cpam", "at", "petite note : au {{3646}}, les agents ont un écran avec « Nom / Prénom / NIR / adresse ». Je n'ai rien recopié. La charte confidentialité est affichée. On entend les collègues en open space.")

# ---------------------------------------------------------------- CCAS (incl. mairie, MDPH files)
N("ccas", "ap", "CCAS de {{Rennes}}, accueil au rez-de-chaussée de la {{mairie}}. {{9h}} : mr [[P:Mbappé]] (aucun lien, il le précise lui-même 😂) pour une aide alimentaire. L'agente [[P:Gwenaëlle]] fait le calcul du reste à vivre : {{4,20 € par jour}}. Bon pour l'{{épicerie solidaire}}.")
N("ccas", "ap", "Domiciliation : un monsieur sans adresse, [[P:Ion Popescu]], roumain, vient relever son courrier. L'agent lui remet {{3 lettres}}. Il a une attestation d'élection de domicile au {{CCAS}} valable {{1 an}}.")
N("ccas", "ap", "dossier MDPH a deposer pr sa fille [[P:Lina]] ({{8 ans}}, autisme). maman : [[P:Samira Ait Ouali]]. n° dossier MDPH [[ID:35-2024-118764]]. l'agente aide a remplir le certificat medical, {{20 pages}} !! le {{formulaire Cerfa 15692}}.")
N("ccas", "ap", "Observation sans nom : {{4 personnes}} en 1h, toutes pour des impayés d'énergie. Le {{FSL}} est la réponse standard. L'agente dit que depuis l'hiver dernier c'est {{x2}}. Chèque énergie mal connu.")
N("ccas", "ap", "Mme [[P:Boucher]] vient avec la facture {{EDF}}, ref client [[ID:6001 234 567]], {{847 €}} d'impayé. Elle travaille a temps partiel {{chez le boucher}} du marché des {{Lices}}. Aide {{FSL}} possible, dossier monté.")
N("ccas", "ap", "« Bonjour, c'est pour la {{carte Sortir}} » — [[P:Ludivine]], {{34 ans}}, 2 enfants. L'agent ([[P:Franck]]) vérifie le quotient familial avec son numéro CAF [[ALLOC:1122334]]. Elle dicte son mail en majuscules : [[MAIL:LUDIVINE.M35@GMAIL.COM]]. Carte faite en {{8 minutes}}, elle est ravie.")
N("ccas", "ap", "Pas de nom : personne âgée ({{87 ans}}) qui vient chaque semaine « pour parler ». L'agente prend {{10 min}} avec elle même si ce n'est pas son rôle. Elle l'oriente vers le {{CLIC}} et les {{Petits Frères des Pauvres}}.")
N("ccas", "ap", "Aide sociale légale, dossier {{APA}} pour la maman de Mme [[P:Guéguen]]. La mère : [[P:Yvonne Guéguen]] née [[P:Le Pape]], née le [[DN:2 janvier 1938]]. Adresse [[ADR:Résidence Les Hortensias, 14 rue de Nantes, 35000 Rennes]]. Dossier complet.")
N("ccas", "ap", "guichet mairie (etat civil) juste a cote, on entend tout : « acte de naissance pour [[P:Chloé Martin-Dubois]] ». Pas de cloison. Le {{CCAS}} partage le hall avec l'etat civil. Gros probleme de confidentialite.")
N("ccas", "ap", "Mr [[P:Lebrun]], veuf, {{69 ans}}. Vient pour la téléassistance. L'agente ([[P:Corinne]]) note son tel fixe [[TEL:02.99.54.17.80]] et celui de sa fille [[P:Anne]] [[TEL:06 71 22 33 48]]. Il est à la {{MSA}}, n° [[ALLOC:35 0012 4477]]. Installation sous {{15 jours}}.")
N("ccas", "ap", "Un monsieur s'appelle [[P:Paris]] — [[P:Henri Paris]] — et il veut un billet de train pour {{Paris}} (rdv hôpital {{Necker}} pour son petit-fils). Aide ponctuelle {{SNCF}} accordée : {{60 €}}.")
N("ccas", "ap", "Atelier numérique du CCAS : {{6 participants}}, {{plus de 65 ans}}. On crée une adresse mail pour chacun. Je ne note pas les adresses. Animatrice formidable, patience infinie.")
N("ccas", "ap", "Demande d'aide financière : [[P:Mariam]] et [[P:Oumar Sangaré]] + {{4 enfants}}. RIB pour le virement : [[IBAN:FR76 1027 8360 0200 0123 4560 185]]. Commission le {{jeudi}}. L'agent dit que c'est {{300 €}} max.")
N("ccas", "ap", "CCAS, {{Le Blosne}}. Animation autour du {{Secours populaire}}. Mme [[P:Rose Marie Lambert]] (elle dit que c'est [[P:Rose-Marie]] mais sans tiret sur la carte) demande un colis. File d'attente jusqu'à la {{place de Zagreb}}.")
N("ccas", "ap", "- nom : [[P:TCHOUMI NGANOU Paul-Éric]]\n- né le [[DN:05/07/1990]] a {{Douala}}\n- titre de sejour n° [[ID:3599007712]]\n- secu : [[NIR:1 90 07 99 120 335 41]]\n- demande : aide au transport (carte {{STAR}})\n- reponse : ok, tarif solidaire\n(recopié de la fiche que l'agente m'a montrée, je barrerai)")
N("ccas", "ap", "mme [[P:Marchal]] ([[P:Marchal]] sans d) vient chercher sa fille [[P:Jade]] à l'{{aide aux devoirs}} du centre social et en profite pour demander le {{tarif solidaire}} de la cantine. Quotient {{380}}. Rdv mardi {{16h}}.")
N("ccas", "at", "Standard du CCAS : beaucoup de personnes qui cherchent la {{mairie}} en fait. Un appel pour une place en {{EHPAD}}, la fille de la dame (Mme [[P:Lorand]]) est épuisée. L'agente lui donne le numéro du {{CLIC}}.")
N("ccas", "at", "appel d'un voisin inquiet : « la petite dame du 3e, Mme [[P:Riou]], on ne la voit plus depuis {{4 jours}} ». Adresse donnée : [[ADR:6 rue Saint-Hélier, 3e étage, Rennes]]. L'agente alerte le {{plan canicule}} / passe l'info au service de veille.")
N("ccas", "at", "Appel sortant de l'agent dans le cadre du plan grand froid : liste de {{42 personnes}} isolées. Il appelle « M. [[P:Collet]] ? C'est le CCAS, vous allez bien ? ». Sur {{10 appels}}, {{7 décrochent}}.")
N("ccas", "at", "Appel : M. [[P:Zhang Wei]] (il dit : « [[P:Zhang]] c'est le nom ») pour la prise en charge de la {{cantine}}. Son email : [[MAIL:zhangwei88 @ qq . com]]. Il envoie les justificatifs ce soir.")
N("ccas", "at", "un appel d'une mutuelle pr une dame : elle donne le n° adhérent [[ID:MUT-772-9931]] et le nom [[P:Pasquier]]. L'agent refuse (pas de mandat). {{3 min}}.")
N("ccas", "cs", "Visite à domicile (évaluation {{APA}}) avec [[P:Sylvie]], travailleuse sociale. Chez M. et Mme [[P:Rault]], [[ADR:lieu-dit La Grande Haie, 35830 Betton]]. Monsieur a {{91 ans}}. Barre d'appui à poser, portage de repas {{5 jours sur 7}}.")
N("ccas", "cs", "VAD : logement très encombré (syndrome de Diogène ?). Occupant, [[P:Gilles]], {{60 ans}}, ancien marin. Il nous parle de son bateau, le « {{Petit Prince}} ». L'agente organise un nettoyage avec le bailleur {{Archipel Habitat}}. Réf locataire : [[ID:AH-0093312]].")
N("ccas", "cs", "Visite à domicile sans particularité : logement propre, personne autonome, renouvellement de l'aide ménagère {{2h/semaine}}. Le trajet nous prend plus de temps que la visite ({{30 min}} de voiture pour {{20 min}} sur place).")
N("ccas", "cs", "On passe chez la famille [[P:Dos Santos]], [[ADR:41 boulevard Villebois-Mareuil, Rennes]], pour une aide au relogement. Voiture de M. ({{Peugeot}} grise) : [[IMMAT:ab 123 cd]]. Il dort dedans certaines nuits à cause de l'humidité dans l'appart.")
N("ccas", "ap", "MAIRIE DE QUARTIER – le CCAS tient une permanence le {{mercredi}}. Ce matin : {{9 personnes}}. Sujets : {{loyers}}, {{eau}}, cantine, {{CMU}}… L'agente dit : « on fait le boulot de tout le monde ».")
N("ccas", "ap", "Mme [[P:Vannier]] arrive avec son voisin, « [[P:Toto]] » ([[P:Antoine]]), qui l'aide à lire les courriers. Elle ne sait pas lire. L'agente remplit la demande d'aide à sa place : {{150 €}} pour la facture d'eau {{Eau du Bassin Rennais}}.")
N("ccas", "ap", "Jeune couple, lui [[P:Dmitri Volkov]], elle [[P:Anastasia]]. Arrivés de {{Moldavie}}. Ils ont besoin d'une domiciliation pour ouvrir des droits. L'agent leur explique le délai de {{2 mois}} de la commission. Ils parlent russe entre eux, l'agent utilise {{Google Traduction}}.")
N("ccas", "ap", "Je demande à l'agente ce qu'elle aimerait changer. Réponse : un logiciel qui parle avec celui de la {{Caf}}. Aujourd'hui elle ressaisit tout. Exemple : le quotient familial, elle le recalcule à la main.")
N("ccas", "ap", "mdph — M. [[P:Hervé Lucas]] ([[P:Lucas]] est son nom de famille !) veut savoir où en est sa demande d'{{AAH}}. L'agente appelle la MDPH ({{1h}} d'attente). Référence du dossier : [[ID:MDPH35-22-4410-B]].")
N("ccas", "ap", "Dans la salle d'attente, affiche « {{Ici, on parle de vos droits}} ». Pas de chaises pour tout le monde. Deux bureaux, un seul avec une porte fermée. Les enfants jouent dans le couloir.")
N("ccas", "ap", "[[P:Ahmed]] (agent d'accueil) salue tout le monde par son prénom. Exemple : « ça va [[P:Mimi]] ? » à une dame qui s'appelle en fait [[P:Michèle Brochard]]. Elle vient pour sa {{carte Sortir}} et un colis.")
N("ccas", "at", "Appel d'un monsieur qui a vu une annonce au {{Point Info Seniors}}. Il demande le montant de l'{{ASPA}} : l'agente répond {{1 034 €}} environ pour une personne seule. Pas de nom demandé.")
N("ccas", "ap", "Cas : mr [[P:De La Fontaine]] (particule !) — [[P:Gaspard de La Fontaine]]. Il rit : « comme les fables ». L'agent ne relève pas. Demande d'aide pour le permis de conduire de son fils. Refus : pas dans le règlement.")

# ---------------------------------------------------------------- Urgences
N("urgences", "ap", "Urgences du {{CHU Pontchaillou}}, accueil admin. {{22h40}}. Salle pleine, {{37 patients}} en attente. L'IOA (infirmière d'orientation, [[P:Séverine]]) trie. Temps d'attente affiché {{4h}}. Un écran « tri {{niveau 3}} ».")
N("urgences", "ap", "admission : patient [[P:Mohamed Amine Bouzid]], ne le [[DN:17/08/2001]], carte vitale ok, mutuelle {{Harmonie}} n° [[ID:778 451 230]], l'agent scanne. IPP cree : [[ID:8800451236]]. Motif : entorse au foot.")
N("urgences", "ap", "Monsieur tres alcoolisé, amené par les pompiers. Pas de papiers. L'agent l'enregistre sous « X » avec un numéro provisoire. On me dit que c'est {{tous les soirs}}. Aucun nom.")
N("urgences", "ap", "« Nom ? » « [[P:Lemaire]] » « Prénom ? » « [[P:Françoise]] » « Adresse ? » « [[ADR:5 square de Galicie, Rennes]] » « Personne à prévenir ? » « Mon fils [[P:Yann]], [[TEL:06 08 11 72 95]] ». Tout ça au guichet, devant {{10 personnes}}.")
N("urgences", "ap", "Enfant de {{4 ans}}, fièvre. Parents : [[P:Kouassi]] (papa [[P:Serge]], maman [[P:Adjoua]]). Mail du papa pour les résultats : [[MAIL:serge.kouassi(at)gmail(dot)com]]. Pas de carte vitale sur eux, {{AME}} en cours. L'agente crée le dossier quand même. Attente pédiatrie {{2h30}}.")
N("urgences", "ap", "{{3h du matin}}. L'agent administratif ([[P:Jérémy]]) est seul pour {{tout l'hôpital}}. Il fait aussi le standard. Il me dit qu'il voit les mêmes personnes revenir, {{SDF}} surtout en hiver. Il connaît leurs prénoms.")
N("urgences", "ap", "URGENCES : UNE DAME ÂGÉE SUR UN BRANCARD DANS LE COULOIR DEPUIS {{14H}}. SA FILLE, [[P:CATHERINE]], CRIE. L'AGENTE D'ACCUEIL N'Y PEUT RIEN. ON NE VOIT AUCUN MÉDECIN PENDANT {{1H}}.")
N("urgences", "ap", "Patient étranger, touriste. Passeport [[ID:19CV48213]] ({{Royaume-Uni}}?) non, allemand : [[ID:C01X00T47]]. Nom [[P:Müller]], [[P:Jürgen]]. Carte européenne. Tout se passe en anglais. {{15 min}} à l'admission.")
N("urgences", "ap", "Dr [[P:Benhamou]] passe voir l'agente pour un dossier. Elle lui dit que le patient du {{box 4}} a donné une fausse identité. Le patient : « [[P:Jean Dupont]] » (lol) en fait [[P:Kévin Roux]], {{24 ans}}.")
N("urgences", "ap", "- 23h05 arrivée SAMU, patient inconscient\n- identité inconnue → « {{Inconnu 23}} »\n- 23h50 sa femme arrive : M. [[P:Tanguy Le Corre]], né le [[DN:30 septembre 1968]]\n- fusion des dossiers, l'agente dit que c'est le cauchemar des doublons\n- {{1 doublon sur 50}} selon elle")
N("urgences", "ap", "Les urgences pédiatriques ont leur propre accueil. Sur place : {{distributeur}}, télé en panne, {{fontaine à eau}} vide. Les parents attendent {{3h}} en moyenne. Rien de nominatif noté ce soir.")
N("urgences", "ap", "mr [[P:Lyon]] (nom de famille) arrive de {{Lyon}} pour un mariage, s'est coupé la main. adresse perso [[ADR:22 cours Gambetta, 69003 Lyon]]. Tel [[TEL:0478123456]]. L'agente rigole : « [[P:Lyon]] de {{Lyon}} ».")
N("urgences", "ap", "Plaque du véhicule mal garé devant l'entrée des ambulances, annoncée au micro : « le véhicule [[IMMAT:EH 914 TZ]] est prié de se déplacer ». L'agent dit que ça arrive {{5 fois par nuit}}.")
N("urgences", "ap", "Patient qui veut partir contre avis médical : il signe la décharge. L'agent note : « M. [[P:Abdoulaye Ba]] » puis juste « [[P:Ba]] », sortie {{0h20}}. Il revient {{2h}} plus tard.")
N("urgences", "ap", "Agent : « votre numéro de sécu ? » Patient : « [[NIR:1 02 12 13 055 471 94]] ». « Votre date de naissance ? » « le [[DN:13 décembre 2002]] ». Nom : [[P:Enzo Martinez]]. Il vient pour une crise d'asthme. Pris en {{20 min}}.")
N("urgences", "ap", "Affichage : « {{Le délai d'attente n'est pas fonction de l'ordre d'arrivée}} ». Les gens ne comprennent pas et s'énervent contre l'agente. Elle dit que c'est la partie la plus dure.")
N("urgences", "at", "Standard des urgences. Appel d'une mère : son fils [[P:Noah]] ({{7 ans}}) est tombé. L'agent lui dit d'appeler le {{15}}. Puis un appel de quelqu'un qui veut des nouvelles de son père, M. [[P:Garnier]] : l'agent ne peut rien dire au tél.")
N("urgences", "at", "Appel d'une clinique pour un transfert. Patiente : [[P:Odile Bertrand-Lacoste]], IPP chez eux [[ID:CL-004-887-21]]. Médecin régulateur : Dr [[P:Kerbrat]]. Ambulance prévue {{16h}}.")
N("urgences", "at", "Le standard sonne toutes les {{2 min}}. Beaucoup d'appels pour « combien de temps d'attente ? ». L'agent répond toujours « je ne peux pas vous dire ». Conseil : appeler le {{116 117}} ou son médecin.")
N("urgences", "ap", "Une jeune femme, [[P:Inès Belkacem]], vient pour une agression. Accompagnée par une amie, « [[P:Nana]] ». Plainte à faire au commissariat. L'agente lui donne le numéro du {{3919}} discrètement, sur un papier.")
N("urgences", "ap", "admission: nom [[P:nguyen van minh]] (tout en minuscule sur la fiche des pompiers), date naiss [[DN:01011950]]. L'agente corrige la casse. Mutuelle {{MGEN}}. Fracture du col.")
N("urgences", "ap", "Le vigile ([[P:Samir]]) connaît tout le monde. Il me montre « [[P:Momo]] », un habitué qui vient dormir dans la salle d'attente. Vrai nom [[P:Mohamed Traoré]], dit [[P:Samir]]. Personne ne le met dehors quand il fait {{-2°C}}.")
N("urgences", "ap", "Accueil des urgences gynéco : séparé. Une patiente ne parle que l'ourdou. Interprète par téléphone au bout de {{25 min}}. Pas de nom noté. L'agente note l'heure : {{18h12}}.")
N("urgences", "ap", "Un patient donne l'adresse de son foyer : [[ADR:Foyer Saint-Benoît, 20 rue d'Antrain]]. Nom : [[P:Pascal Hamon]]. Il a une plaie à la jambe. Le foyer est à {{10 min}} à pied.")
N("urgences", "ap", "Le logiciel de l'accueil plante à {{20h}}. Retour au papier : fiches cartonnées. L'agente écrit « [[P:ROBIN Léa]] {{24a}} douleur abdo ». Reprise informatique à {{21h30}}, tout ressaisir.")
N("urgences", "ap", "Un monsieur demande à voir « le docteur {{House}} » pour rire. Il s'appelle [[P:Bruno Kerjean]]. Il attend depuis {{5h}}. Il finit par partir sans être vu ({{PSV}}). L'agente le note dans le registre des départs.")
N("urgences", "ap", "Observations : {{1 agent administratif}} le soir pour {{80 passages}}. Il fait admission + facturation + standard. Tout le monde est dans le couloir : patients, pompiers, policiers. Je comprends mieux les chiffres de la {{DREES}}.")
N("urgences", "ap", "Femme avec bébé, [[P:Ana-Maria Dumitrescu]], roumaine. Le bébé : [[P:Luca]], né le [[DN:2 février 2026]]. Pas encore de NIR pour lui. L'agente utilise le numéro de la mère. {{ACS}}? non, {{AME}}.")
N("urgences", "at", "Appel d'un policier : ils amènent un gardé à vue pour certificat. Nom donné au tel : [[P:Morvan]], [[P:Jonathan]]. L'agent prévient le médecin. Arrivée {{23h15}}.")
N("urgences", "ap", "J'ai vu l'agent refuser poliment de donner à un journaliste des infos sur l'accident de la {{rocade}}. Pas de nom de victime, rien. Il renvoie vers la com du {{CHU}}.")

# ---------------------------------------------------------------- CHRS / 115
N("chrs", "at", "{{115}} d'Ille-et-Vilaine, {{20h}}. Écoutant : [[P:Romain]]. Premier appel : une femme avec {{2 enfants}}, à la {{gare}} de Rennes. Nom : [[P:Djeneba Camara]]. Aucune place en hébergement d'urgence. [[P:Romain]] la met en liste d'attente, réf SIAO [[ID:SIAO-35-2025-08812]].")
N("chrs", "at", "115 : {{146 appels}} reçus aujourd'hui pour {{12 places}}. Les écoutants disent « non » toute la soirée. J'ai entendu {{11 refus}} en {{1h}}. Aucun nom noté.")
N("chrs", "at", "appel de « [[P:Momo]] » (habitué, vrai nom [[P:Mohand Aït Kaci]]), il appelle tous les soirs à {{19h}} pile. Il dort ss le pont de la {{Vilaine}} près du {{mail François Mitterrand}}. L'écoutante ([[P:Julie]]) le connaît bien, lui parle {{5 min}}.")
N("chrs", "at", "— Allo le 115 ?\n— Oui bonjour, vous appelez d'où ?\n— De la {{place Sainte-Anne}}. Je m'appelle [[P:Kevin Lagadec]].\n— Vous êtes seul [[P:Kevin]] ?\n— Avec mon chien.\n— Désolée, ce soir il n'y a rien avec chien.\n(Fin de l'appel, {{3 min}}.)")
N("chrs", "at", "Jeune majeur, [[P:Abdoul Karim Diakité]], se dit né le [[DN:1er janvier 2007]] (date « administrative », dit l'écoutant). Sort d'un hôtel {{ASE}}. L'écoutant note son tel : [[TEL:07 53 90 18 24]] pour le rappeler si place.")
N("chrs", "at", "La coordinatrice du SIAO me montre le tableau des demandes : {{412 ménages}} en attente. Délai moyen d'attribution {{6 mois}} pour un {{CHRS}}. Pas de données nominatives à l'écran de démonstration.")
N("chrs", "at", "Appel d'une travailleuse sociale de l'hôpital pour une sortie : M. [[P:Lucien Marec]], {{63 ans}}, sans domicile, sortie demain. IPP [[ID:0012778934]]. Le 115 n'a pas de lit médicalisé ({{LHSS}} complet).")
N("chrs", "at", "appel en anglais : [[P:Samuel Mensah]] (Ghana), demandeur d'asile. Numéro AGDREF [[ID:3501234567]], tel ghanéen [[TEL:+233 24 123 4567]]. L'écoutant l'oriente vers la {{SPADA}} et le {{HUDA}}. Pas de place ce soir non plus.")
N("chrs", "at", "115 — femme victime de violences, [[P:Élodie]], appelle en chuchotant. L'écoutante ([[P:Nathalie]]) active la procédure « {{mise à l'abri}} » tout de suite. Lieu de rdv : {{commissariat}} central. Je n'ai rien pu écrire d'autre, c'était trop fort.")
N("chrs", "at", "Un appel de la police municipale signalant un homme allongé {{rue de Saint-Malo}}, « il s'appelle [[P:Fredo]] je crois ». Maraude envoyée. L'équipe maraude : [[P:Léo]] et [[P:Anaïs]].")
N("chrs", "ap", "CHRS {{Le Relais}}. Accueil de jour. {{9h}} : petit-déj pour {{30 personnes}}. Douches, laverie, casiers. Les résidents ne sont pas nommés dans mes notes : consigne de l'éducateur.")
N("chrs", "ap", "Entretien d'admission au CHRS : [[P:Sofiane Meziane]], {{29 ans}}. Il montre son récépissé de titre de séjour, n° AGDREF [[ID:7501109923]]. Éducatrice : [[P:Maud]]. Contrat de séjour signé pour {{6 mois}}.")
N("chrs", "ap", "Salle commune. Une résidente, « Mamie [[P:Jo]] » (surnom), {{74 ans}}, là depuis {{3 ans}}. Elle a connu le foyer « quand c'était encore les sœurs ». Elle veut un {{EHPAD}} mais pas de place.")
N("chrs", "ap", "Résident [[P:Grégory Lefèvre]] prépare son départ en logement {{Housing First}} / « {{Un chez-soi d'abord}} ». Nouvelle adresse : [[ADR:17 rue Alphonse Guérin, 35000 Rennes]]. Il est fier, nous montre les clés. Dossier {{APL}} déjà ouvert à la Caf (n° [[ALLOC:2.345.009]]).")
N("chrs", "ap", "l'educ ([[P:Baptiste]]) aide mr [[P:Ivanov]] a ouvrir un compte bancaire. {{La Banque Postale}}. l'IBAN sort : [[IBAN:FR76 2004 1000 0112 3456 7L02 041]]. [[P:Baptiste]] lui dit de ne pas le donner à n'importe qui.")
N("chrs", "ap", "RÉUNION D'ÉQUIPE {{14H}}. ON PARLE DE {{3 SITUATIONS}}. JE NE NOTE PAS LES NOMS. LE CHEF DE SERVICE INSISTE : « {{SECRET PARTAGÉ}} ». BUDGET {{DDETS}} EN BAISSE DE {{8 %}}.")
N("chrs", "ap", "Famille [[P:Berisha]] (Kosovo) : parents + {{3 enfants}}, dans {{2 chambres}}. La mère, [[P:Drita]], apprend le français. Le père veut travailler. Leur voiture est encore immatriculée au {{Kosovo}} : [[IMMAT:01-234-AB]]. Récépissé de demande d'asile : N° [[ID:3502 5566 77]] (je n'ai pas bien lu).")
N("chrs", "ap", "atelier cuisine du jeudi. [[P:Fatou]] fait du mafé pour tout le monde. On rigole. [[P:Dédé]] (résident) raconte qu'il était boulanger à {{Fougères}}. Ambiance tres differente de l'accueil.")
N("chrs", "ap", "L'éducateur me montre la fiche d'un résident (anonymisée par moi) : seul le prénom, [[P:Wilfried]], et le tel de sa sœur, [[TEL:zéro sept, soixante-deux, dix-neuf, quarante, trente-trois]]. Contact d'urgence.")
N("chrs", "cs", "Visite en appartement diffus du CHRS : [[ADR:Appt 12, 3 rue de Suède, 35200 Rennes]]. Résidente : [[P:Priscilla N'Guessan]] et sa fille [[P:Maëlys]]. L'éducatrice vérifie l'état du logement, tout va bien. {{40 min}}.")
N("chrs", "cs", "Visite à domicile d'un ancien résident relogé ({{suivi}} {{3 mois}}). Il n'ouvre pas. La voisine dit qu'il est au travail. On repart. Rien de nominatif, l'éduc me dit de ne pas noter.")
N("chrs", "cs", "Accompagnement avec la voiture du service (l'éducateur [[P:Hugo]] conduit, moi à l'arrière). On va à la {{préfecture}} avec M. [[P:Hakimi]] pour son renouvellement de titre.")
N("chrs", "ap", "Mr [[P:Moulin]] arrive avec un sac de farine pour l'atelier pain, « du {{moulin}} de mon cousin ». L'éduc ([[P:Agathe]]) le remercie. Il est résident depuis {{8 mois}}.")
N("chrs", "at", "Appel d'un hôtel pour une nuitée {{115}} : « vous m'envoyez qui ce soir ? » L'écoutant donne {{3 noms}} — je ne les note pas. Prix de la nuitée : {{49 €}}. L'hôtel est à {{Saint-Jacques-de-la-Lande}}.")
N("chrs", "at", "Écoutante [[P:Sarah]] : « quelle est votre situation ? » L'appelante : « je m'appelle [[P:Marie-Thérèse]], j'ai {{55 ans}}, mon mari m'a mise dehors ». Adresse du domicile conjugal donnée : [[ADR:7 rue des Peupliers, 35760 Saint-Grégoire]]. Orientation vers l'accueil de jour.")
N("chrs", "at", "{{23h}} — plus de places nulle part. L'écoutant appelle l'astreinte de la {{DDETS}}. Réponse : gymnase ouvert, plan grand froid. {{40 lits}} de camp. On rappelle {{18 personnes}} en {{1h}}.")
N("chrs", "at", "appel : « allo c [[P:Djibril]], [[P:Djibril Ndiaye]], le 115 ma dit de rappeler ». Écoutant regarde dans le logiciel, trouve sa fiche SIAO [[ID:2025-35-0044719]]. Place en {{CHU}} (centre d'hébergement d'urgence, pas l'hôpital) à {{22h}}.")
N("chrs", "ap", "Accueil de jour, {{10h30}}. Un homme réclame son courrier : « [[P:Piotr Zieliński]] ». L'agent cherche dans le casier Z. Rien. « Et à [[P:Zielinski]] sans accent ? » Une lettre de la {{Cpam}}.")
N("chrs", "ap", "Résidente en colère contre « la [[P:Martin]] », une autre résidente ([[P:Sophie Martin]]), pour une histoire de frigo. L'éducateur fait une médiation {{20 min}}. Chacune son étagère.")
N("chrs", "ap", "Insta du CHRS : {{@chrs_le_relais}} (compte de l'asso, pas d'une personne). Par contre un résident a donné son snap à l'éduc : [[ID:@kilian.bzh35]].")

# ---------------------------------------------------------------- France Travail
N("france_travail", "ap", "Agence {{France Travail}} {{Rennes Nord}}. {{9h}}, ouverture. Une dizaine de personnes. Conseiller d'accueil : [[P:Mickaël]]. Premier : M. [[P:Guérin]], identifiant [[FT:1234567A]], n'arrive pas à s'actualiser. [[P:Mickaël]] le fait sur la borne avec lui.")
N("france_travail", "ap", "jeune, [[P:Bilal]], {{21 ans}}, veut s'inscrire. Il a un CV papier, son mail : [[MAIL:bilal.h.35@outlook.fr]]. L'agente lui crée son espace, identifiant généré : [[FT:4 5 6 7 8 9 0 K]]. Premier rdv {{sous 15 jours}}. Orientation {{CEJ}}.")
N("france_travail", "ap", "Conseillère ([[P:Élise]]) reçoit Mme [[P:Bourgeois]] (elle dit « comme la classe sociale, haha »). Ancienne caissière chez {{Carrefour}}. Formation aide-soignante financée par la {{Région}}. Identifiant FT : [[FT:0987654 B]].")
N("france_travail", "ap", "ACTUALISATION = {{80 %}} DES DEMANDES A L'ACCUEIL CE MATIN. LES GENS NE COMPRENNENT PAS LE NOUVEAU CALENDRIER. LE CONSEILLER DIT QUE LA REFORME {{RSA}} / {{15 HEURES}} VA TOUT CHANGER EN {{2025}}.")
N("france_travail", "ap", "Echange :\n- vous avez votre identifiant ?\n- non\n- votre num de sécu ?\n- [[NIR:1 99 02 31 555 034 17]]\n- ok je vous retrouve, M. [[P:Ferreira Tiago]] ?\n- oui\nL'agent réinitialise son mot de passe en {{2 min}}.")
N("france_travail", "ap", "Atelier « {{Valoriser son profil}} » : {{8 participants}}. Animatrice [[P:Claire]]. On fait des pitchs. Un participant, [[P:Sékou]], ancien chauffeur à {{Bamako}}, très à l'aise. Pas d'autre nom noté.")
N("france_travail", "ap", "Un monsieur de {{57 ans}}, [[P:Jean-Pierre Laurent]] ([[P:Laurent]] = nom de famille, il insiste) : licencié après {{30 ans}} chez {{PSA La Janais}}. Il veut une rupture conventionnelle ? Non, déjà licencié. Calcul de l'{{ARE}} : {{1 680 €}} bruts/mois.")
N("france_travail", "ap", "- accueil : {{12 personnes}} en {{45 min}}\n- {{5 actualisations}}\n- {{3 inscriptions}}\n- {{2 attestations employeur}}\n- 2 « je veux voir mon conseiller »\nrien de nominatif, j'ai juste compté")
N("france_travail", "ap", "mme [[P:Leblanc]] en tailleur {{blanc}} 😅 (je m'égare). Elle est au {{RSA}}, orientée France Travail. Son conseiller référent : M. [[P:Hoarau]]. Elle ne l'a jamais vu, il a {{400 demandeurs}} dans son portefeuille.")
N("france_travail", "ap", "La conseillère lit à voix haute l'écran : « [[P:DIOP Aïssatou]], identifiant [[FT:7721045 C]], inscrite depuis le {{12/09/2023}}, {{catégorie A}} ». Elle veut une aide au permis ({{AIPR}}? non, l'aide au permis B, {{1 200 €}}).")
N("france_travail", "ap", "Personne sourde, [[P:Anthony]]. Interprète LSF présente, Mme [[P:Colin]]. L'entretien prend {{1h}} au lieu de {{30 min}}. Le conseiller ([[P:Yves]]) dit qu'ils n'ont l'interprète que le {{mardi}}.")
N("france_travail", "ap", "Le monsieur donne son identifiant en chiffres : [[FT:cinq six sept huit neuf zéro un, lettre M]]. L'agent retrouve [[P:Bertrand Cazenave]]. Motif : trop-perçu de {{2 300 €}}. Plan de remboursement en {{12 mois}}, prélevé sur son compte [[IBAN:FR76 1558 9351 0200 1234 5678 912]].")
N("france_travail", "ap", "Conseiller entreprise ([[P:Loïc]]) m'explique le {{marché caché}}. Il a {{60 entreprises}} en portefeuille. Il prépare un job dating {{logistique}} avec {{Amazon}} et {{Lidl}}. Zéro demandeur nommé dans cette partie.")
N("france_travail", "ap", "Femme portugaise, [[P:Maria Fernanda dos Santos Oliveira]], {{48 ans}}. Elle parle peu français. Ancienne femme de ménage. Inscription avec titre de séjour UE ? Pas besoin, carte d'identité portugaise n° [[ID:13579246 8 ZZ1]]. {{40 min}}.")
N("france_travail", "ap", "File dehors. Le vigile ne laisse entrer que les rdv. Une dame crie « je m'appelle [[P:Martine]] et ça fait {{3 fois}} que je viens ! ». Le responsable d'équipe ([[P:Didier]]) sort pour la recevoir.")
N("france_travail", "ap", "Atelier {{CV}} : l'animatrice projette un CV exemple « [[P:Jean Exemple]] » — c'est fictif. Puis un vrai participant donne son mail pour recevoir le modèle : [[MAIL:k.benali@free.fr]]. Elle l'écrit au tableau !")
N("france_travail", "ap", "M. [[P:Chevalier]], ancien militaire, veut une reconversion en {{cybersécurité}}. Le conseiller ([[P:Arnaud]]) parle du {{CPF}} : {{3 200 €}} dispo sur son compte. Formation à {{Cesson-Sévigné}}, {{6 mois}}.")
N("france_travail", "ap", "Jeune femme enceinte, [[P:Kenza]]. Son identifiant : [[FT:2345678 L]]. Elle demande si elle garde ses droits pendant le congé maternité : la conseillère dit que c'est la {{Cpam}} qui prend le relais.")
N("france_travail", "at", "{{3949}}. Plateforme. Conseiller : [[P:Damien]]. Appel : « Bonjour, [[P:Nadège Perrin]], mon identifiant c'est [[FT:3 4 5 6 7 8 9 P]] ». Elle n'a pas reçu son paiement. [[P:Damien]] voit un blocage : attestation employeur manquante.")
N("france_travail", "at", "Au {{3949}} ce matin : {{31 appels}} en {{2h30}}. Motifs principaux : paiement, actualisation, radiation. Le conseiller dit que le {{lundi}} c'est le pire. Pas de nom noté.")
N("france_travail", "at", "Appel d'un employeur (boulangerie {{Le Fournil}}) qui veut recruter un apprenti. Le conseiller prend son numéro : [[TEL:02 99 31 45 67]] (c'est le tél du patron, M. [[P:Hamel]]). Offre publiée en {{10 min}}.")
N("france_travail", "at", "appelant : mr [[P:Ouedraogo]], épelle [[P:O-U-E-D-R-A-O-G-O]], identifiant [[FT:6543210R]]. Radié pour absence à un rdv dont il n'a jamais reçu la convocation. L'agent annule la radiation. {{9 min}}.")
N("france_travail", "at", "Appel d'une dame qui veut être rappelée : [[TEL:06-12-34-56-78]], Mme [[P:Ly]]. Le conseiller ([[P:Julien]]) crée une demande de rappel sous {{48h}}.")
N("france_travail", "at", "Le conseiller m'explique les {{9 minutes}} de durée moyenne cible. Il a un casque, deux écrans. L'écran de gauche : le dossier. Celui de droite : les procédures. Il dit que les gens appellent pour être rassurés.")
N("france_travail", "cs", "Contrôle de la recherche d'emploi : pas sur place en fait, par questionnaire. Le contrôleur ([[P:Fabienne]]) me montre un dossier : M. [[P:Stéphane Leroy]], identifiant [[FT:1122334 D]]. Aucune démarche depuis {{4 mois}}. Avertissement.")
N("france_travail", "cs", "Visite en entreprise (immersion {{PMSMP}}) avec le conseiller : garage {{Norauto}} de {{Chantepie}}. Le stagiaire, [[P:Tristan]], {{19 ans}}, démonte une roue. Le chef d'atelier, [[P:Fred]], est content de lui.")
N("france_travail", "cs", "Visite sur un chantier d'insertion ({{ACI}}) : {{12 salariés}} en parcours. L'encadrant technique nous fait visiter le jardin. Rien de nominatif noté, à la demande de l'encadrant.")
N("france_travail", "ap", "Un demandeur [[P:Marchand]] dit qu'il est {{marchand}} ambulant sur les {{marchés}}. Statut micro-entrepreneur. Le conseiller explique le cumul {{ARE}} + activité. Il a un camion : [[IMMAT:DV-338-QW]], il veut l'aide {{ARCE}}.")
N("france_travail", "ap", "« Votre adresse a changé ? » « oui, [[ADR:2 place de la Mairie, 35520 La Mézière]] » — la conseillère rigole, c'est juste en face de la {{mairie}} de {{La Mézière}}. Demandeur : [[P:Quentin Moal]].")
N("france_travail", "ap", "Deux frères, [[P:Yassine]] et [[P:Nassim Haddadi]], viennent ensemble. Identifiants [[FT:5551234 F]] et [[FT:5551235 G]]. Ils veulent la même formation {{cariste}} ({{CACES}}). Une seule place. Tension.")
N("france_travail", "ap", "Conseillère à la retraite dans {{3 mois}}, elle me dit : « en {{35 ans}} j'ai connu l'{{ANPE}}, les {{Assedic}}, {{Pôle emploi}}, et maintenant France Travail ». Elle en rit. Pas de nom, elle préfère.")
N("france_travail", "ap", "Mr [[P:Vincent]] (nom de famille), prénom [[P:Paul]], {{61 ans}}. Attend sa retraite à {{62 ans et 9 mois}}. Demande si l'{{ASS}} existe encore. Réponse : oui pour lui. Il repart avec une attestation.")
N("france_travail", "ap", "Réfugiée afghane, [[P:Zahra Ahmadi]]. Elle a un titre de séjour {{10 ans}}, n° [[ID:AF 12 34 56 78 90]]. Diplôme de sage-femme à Kaboul. Le conseiller ne sait pas comment faire reconnaître le diplôme, il appelle l'{{ENIC-NARIC}}.")
N("france_travail", "ap", "ambiance : radio {{Nostalgie}} en fond, plantes vertes, un {{ficus}} énorme. Les gens attendent sur des chaises orange. Temps moyen d'attente {{17 min}} d'après le ticket. Rien d'autre.")
N("france_travail", "ap", "Cas complexe : [[P:Benoît]] (prénom), {{44 ans}}, {{RQTH}} en cours, dossier MDPH n° [[ID:2024/35/003377]]. Le conseiller l'oriente vers {{Cap emploi}}. [[P:Benoît]] est soulagé, il avait peur de perdre son suivi.")

N("france_travail", "at", "📞 {{3949}}, {{15h20}}. Appel de [[P:Steeve]] (« avec deux e ! »). Mot de passe bloqué. Il donne son mail : [[MAIL:steeve.lemarchand[at]laposte[.]net]] et son identifiant [[FT:8 8 1 2 0 4 3 X]]. Le conseiller ([[P:Kévin]]) le débloque, puis note un num de rappel : [[TEL:06.62.48.90.17]]. Appel {{11 min}} 👍")
N("france_travail", "at", "appel d une dame qui veut savoir si elle peut partir en vacances au {{Portugal}} sans perdre ses droits. reponse : oui, {{35 jours}} par an, a declarer. pas de nom, pas d identifiant demandé. {{4 min}}.")

# fmt: on


if __name__ == "__main__":
    main()
