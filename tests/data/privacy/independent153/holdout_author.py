"""Independent evaluation corpus n° 153: 240 hand-written observation notes (Île-de-France).

Each note is a ``(site_kind, channel, text)`` tuple whose text carries inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. ``parse`` strips the
marks and computes the offsets (Python string indices, end exclusive). Notes get the ids
``ind153-001`` … ``ind153-240`` in writing order; ``split`` draws dev / holdout from the ids and
the cells only (``random.Random(153)``); running this file writes ``dev.jsonl`` and
``holdout.jsonl`` next to it (120 notes each, sorted by id). Standard library only.

Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind153"
SEED = 153

AP = "accueil_physique"
AT = "accueil_telephonique"
CSP = "controle_sur_place"

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Return (text, entities, keep) for a marked note text."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        if m.group(1):
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
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray mark {token!r} in {text!r}")
    return text, entities, keep


# fmt: off
NOTES_1 = [
    ("caf", AP, "9h12 mme [[PERSONNE:kone aminata]] dossier [[N_ALLOCATAIRE:2748195]] vient pr {{APL}} suspendue, agent [[PERSONNE:Sabrina]] dit manque attestation loyer {{Seine-Saint-Denis Habitat}} depuis {{3 mois}}"),
    ("caf", AP, "deja {{22 personnes}} dehors a {{8h30}} sous la pluie devant la {{Caf}} de {{Saint-Denis}}, le vigile distribue des tickets papier parce que la borne est en panne 😩"),
    ("france_travail", AP, "Conseiller M. [[PERSONNE:Haddad]] reçoit Mr [[PERSONNE:Ousmane Sylla]] (id [[ID_FRANCE_TRAVAIL:4172839T]]) : radiation pour absence à un rdv dont il dit n'avoir jamais reçu le courrier. [[PERSONNE:Haddad]] lit à voix haute l'historique : « convocation envoyée le {{4}}, non présenté ». [[PERSONNE:Sylla]] montre son téléphone, aucun mail. Ils refont l'inscription sur place, {{25 min}}."),
    ("cpam", AT, "appel 1 : dame qui appelle pour sa mere hospitalisee, carte vitale perdue, l'agent demande le num secu, elle le lit lentement [[NIR:2 58 08 99 139 541 84]] , mere nee au {{Portugal}} en [[DATE_NAISSANCE:aout 58]] ok coherent dit l'agent"),
    ("ccas", AP, "mr [[PERSONNE:rakotomalala]] {{71ans}} vient pr aide facture {{EDF}} ref client [[IDENTIFIANT:6012 847 391]] impayé {{412€}}, CESF mme [[PERSONNE:Vasseur]] pas la, renvoyé jeudi"),
    ("urgences", AP, "IOA note l'heure d'arrivée {{02h40}}, patient amené par les pompiers de {{Bobigny}}, douleur thoracique, tri en {{5 minutes}} top chrono. impressionnant le calme"),
    ("chrs", AT, "{{115}} : {{47 appels}} en attente sur le tableau à {{19h}}. écoutant me dit que c'est « un soir calme »"),
    ("france_travail", AT, "appel de [[PERSONNE:Yasmine Belkacem]] qui veut changer son adresse : nouvelle adresse [[ADRESSE:14 allée Pablo Neruda, 93300 Aubervilliers]], id FT [[ID_FRANCE_TRAVAIL:5 028 917 L]]. la conseillère [[PERSONNE:Nadège]] fait répéter deux fois le code postal"),
    ("caf", CSP, "controle sur place chez mme [[PERSONNE:Nguyen Thi Lan]] [[ADRESSE:27 rue Gabriel Péri 93200 Saint-Denis]] 4e etg sans asc. controleur [[PERSONNE:Bruno]] verifie compo familiale, 2 enfants presents, le pere [[PERSONNE:Tran Van Duc]] au travail. doc demandés : bail + quittances {{2024}}"),
    ("ccas", AT, "tel sonne sans arret, {{3 agents}} pour {{1 standard}}. beaucoup de demandes pour le {{colis de Noël}} des seniors"),
    ("urgences", AP, "pt [[PERSONNE:Diarra]] IPP [[IDENTIFIANT:P00738215]] attend depuis {{6h}} box 4, sa fille [[PERSONNE:Fatoumata]] demande des nouvelles toutes les {{20 min}}, infirmiere [[PERSONNE:Clémence]] repond gentiment chaque fois"),
    ("chrs", AP, "mr [[PERSONNE:Wojcik]] {{54 ans}} dort au {{foyer Adoma}}, {{chambre 8}} depuis {{2 semaines}}, vient chercher son courrier. domiciliation ok"),
    ("cpam", AP, "file {{Ameli}} borne en panne donc tout le monde au guichet. agent [[PERSONNE:Karima]] : « la borne c'est pour les attestations, la c'est tout le monde pour tout » 😅"),
    ("france_travail", AP, "atelier CV : la conseillère projette un CV modèle au nom de [[PERSONNE:Jean Dupont]], les {{8 participants}} rigolent. Un jeune, [[PERSONNE:Kevin]], dit qu'il a pas d'ordi chez lui."),
    ("caf", AT, "plateforme {{3230}}, temps d'attente affiché {{14 min}}, l'agent enchaine. appel : mr [[PERSONNE:Lefebvre]] num alloc [[N_ALLOCATAIRE:1093562]] demande pq {{prime d'activité}} baissé de {{86 euros}}. reponse : revenus trimestriels declares en hausse"),
    ("chrs", CSP, "visite de l'appart diffus de la famille [[PERSONNE:Mehmeti]] avec l'éducatrice [[PERSONNE:Laure]], {{Montreuil}}, [[ADRESSE:8 rue de Rosny]]. 5 personnes dans un T2. les enfants font leurs devoirs sur le lit"),
    ("urgences", AT, "regulation : appel d'une voisine pour un monsieur tombé, elle donne l'adresse [[ADRESSE:112 bd Lénine, Ivry-sur-Seine]] et son num [[TELEPHONE:07 81 44 20 93]]"),
    ("ccas", AP, "Pas de personne nommée, juste une longue discussion sur l'{{aide alimentaire}} : l'épicerie solidaire est fermée le {{lundi}}, les gens viennent quand même."),
    ("france_travail", AP, "mme [[PERSONNE:ba aissatou]]?? non c [[PERSONNE:Bah]] avec h, ddn [[DATE_NAISSANCE:03/02/1991]], conseiller cherche dans le logiciel 3 fois avant de trouver"),
    ("cpam", AP, "Mme [[PERSONNE:Ferreira]] apporte un arrêt de travail papier que l'employeur n'a pas transmis. Sa fille [[PERSONNE:Inês]] traduit. Numéro sécu lu sur la carte : [[NIR:266119913977291]]. L'agent tamponne et scanne."),
    ("caf", AP, "Monsieur [[PERSONNE:Bouzid Karim]], {{RSA}}, vient signaler un changement de situation : il a trouvé un CDD chez {{Carrefour}} {{Aubervilliers}}. L'agente [[PERSONNE:Aurélie]] lui explique la {{DTR}}. Il repart avec un papier."),
    ("chrs", AT, "appel au {{115}} de [[PERSONNE:Jonathan]], {{23 ans}}, à la rue depuis hier soir gare de {{Saint-Denis}}. pas de place ce soir, rappeler à {{21h}}. son tel [[TELEPHONE:06.58.12.97.40]]"),
    ("urgences", AP, "salle d'attente : {{41 personnes}} à {{23h}}. Un enfant qui dort par terre sur un manteau"),
    ("france_travail", AT, "Appel sortant de la conseillère [[PERSONNE:Élodie Marchand]] vers M. [[PERSONNE:Achour]]"),
    ("caf", AP, "3 dossiers en 1 ligne : mme [[PERSONNE:Traoré]] [[N_ALLOCATAIRE:3381047]] / mr [[PERSONNE:Camara]] [[N_ALLOCATAIRE:2217590]] / mme [[PERSONNE:Dos Santos]] pas de num → tous pr le meme pb de {{prime de Noël}} pas versée"),
    ("ccas", CSP, "visite à domicile avec l'AS Mme [[PERSONNE:Lopes]] chez [[PERSONNE:Germaine Petitjean]], {{89 ans}}, [[ADRESSE:3 square des Tilleuls, 91000 Évry-Courcouronnes]]. frigo vide, elle dit que son neveu [[PERSONNE:Thierry]] passe le dimanche"),
    ("urgences", AP, "l'agent administratif demande carte vitale + mutuelle. mutuelle {{Harmonie}} n° [[IDENTIFIANT:HM4428190]] . pt [[PERSONNE:Gomis]] pas de pièce d'identité"),
    ("cpam", AT, "{{3646}} : un monsieur énervé crie au tel que ses IJ n'arrivent pas depuis {{6 semaines}}. agent garde son calme, {{12 minutes}} d'appel"),
    ("france_travail", AP, "jeune femme voilée, [[PERSONNE:Samira]], bac+3 comptabilité, on lui propose un poste en {{caisse}}. elle soupire. conseiller : « c'est ce qu'il y a sur {{Cergy}} »"),
    ("chrs", AP, "accueil de jour : café, douche, lave-linge. {{35 passages}} ce matin. les bénévoles connaissent tout le monde par leur prénom mais je n'ai noté aucun nom"),
    ("caf", AT, "appel mr [[PERSONNE:Oliveira]] veut savoir si virement fait, l'agent donne date {{5 du mois}}, il donne son iban pour verifier : [[IBAN:FR76 3000 4008 1504 5402 5110 331]]"),
    ("ccas", AP, "Mme [[PERSONNE:Cissé]] demande aide pour cantine, facture n° [[IDENTIFIANT:CAN-2025-04871]] de la mairie de {{Bobigny}}. montant {{187,60 €}}"),
    ("urgences", AT, "{{SAMU}} transfère un appel, femme enceinte, contractions, elle habite [[ADRESSE:5 rue Jean Jaurès 95100 Argenteuil]], son mari [[PERSONNE:Rachid]] au tel"),
    ("france_travail", AP, "le conseiller me montre l'ecran : {{312 demandeurs}} dans son portefeuille. Il dit qu'il voit chacun {{2 fois par an}} max."),
    ("cpam", AP, "mr [[PERSONNE:sow]] ddn [[DATE_NAISSANCE:12 fevrier 65]] né à {{Kayes}} {{Mali}}, num secu [[NIR:1 65 02 99 335 234 39]], demande CSS refusée, agent explique plafond"),
    ("chrs", CSP, "Pas de nom noté. Chambre visitée au {{CHRS}} de {{Nanterre}} : 9 m², 2 lits, un frigo partagé dans le couloir."),
    ("caf", AP, "{{10h45}} mme [[PERSONNE:El Amrani]] veut declarer separation, le mari [[PERSONNE:Youssef]] est parti, elle donne son mail [[EMAIL:nadia.elamrani93@gmail.com]] pour recevoir attestation"),
    ("ccas", AT, "appel d'une fille inquiète pour sa mère mme [[PERSONNE:Kowalski]], personne âgée isolée à {{Ivry}}, l'agent prend le num [[TELEPHONE:01 46 72 18 05]] pour la visite"),
    ("france_travail", AT, "erreur d'aiguillage, la personne voulait la {{Caf}}. on lui donne le {{3230}}. appel de 40 secondes"),
    ("urgences", AP, "Dr [[PERSONNE:Benyahia]] passe en coup de vent, dit a l'IOA de mettre mr [[PERSONNE:Fofana]] en box 2. l'IOA [[PERSONNE:Julie]] : « on a plus de brancards »"),
]

NOTES_2 = [
    ("caf", AP, "mr [[PERSONNE:diallo mamadou]] ddn [[DATE_NAISSANCE:14/07/83]] n°alloc [[N_ALLOCATAIRE:4419273]] adr [[ADRESSE:6 av du pdt wilson 93210 st denis]] tel[[TELEPHONE:0762143398]] vient pr {{apl}} refusee"),
    ("france_travail", AP, "mme [[PERSONNE:benhamou]] + son fils [[PERSONNE:ilyes]] {{19a}} inscrit? non. conseillere [[PERSONNE:Ophelie]] l'inscrit direct id [[ID_FRANCE_TRAVAIL:6203518R]] rdv {{CEJ}} mardi {{14h}}"),
    ("cpam", AP, "mr [[PERSONNE:Lin Wei]] né {{Chine}} [[DATE_NAISSANCE:03/1956]] nir [[NIR:1 56 03 99 216 170 56]] carte vitale bloquee pr chgt d'adr, nouvelle adr [[ADRESSE:21 rue de la Solidarité 75019 Paris]], sa fille [[PERSONNE:Mei]] traduit"),
    ("ccas", AP, "Mme [[PERSONNE:Touré]] avec la CESF [[PERSONNE:Hélène]], dossier {{FSL}} impayés loyer, réf locataire {{Plaine Commune Habitat}} [[IDENTIFIANT:L-0093-551820]], dette {{2 340 €}}"),
    ("urgences", AP, "pt sans papiers, mr [[PERSONNE:Kanouté]] ?, {{AME}} expirée, récépissé n° [[IDENTIFIANT:9300452187]], l'agent photocopie quand même"),
    ("chrs", AT, "{{115}} : soirée grand froid, plan déclenché, {{gymnase}} ouvert à {{Saint-Ouen}}, {{60 places}}. les écoutants respirent un peu"),
    ("caf", CSP, "ctrl chez mr+mme [[PERSONNE:Akkaya]] [[ADRESSE:bat B 2 allée Romain Rolland 93000 Bobigny]] declares sans revenus. voiture garée en bas [[IMMATRICULATION:FG-218-PK]] au nom du fils [[PERSONNE:Emre]] dit la mère. controleur note tout sans rien dire"),
    ("france_travail", AT, "appel mme [[PERSONNE:Rabemananjara]] qui épelle son nom [[PERSONNE:R A B E M A N A N J A R A]] , ça prend {{2 min}} rien que pour le nom 😂"),
    ("cpam", AT, "appel mr [[PERSONNE:Moreau]] rembourst lunettes {{Optic 2000}}, mutuelle {{MGEN}} n° [[IDENTIFIANT:0420185573]], l'agent dit que c'est la mutuelle qui doit payer le reste"),
    ("urgences", AP, "brancards dans le couloir, {{14 patients}} en attente de lit, la cadre de santé fait le tour des étages au tel pour en trouver"),
    ("caf", AP, "10h02 mme [[PERSONNE:sissoko]] + 3 enfants n°alloc [[N_ALLOCATAIRE:5530821]] tel [[TELEPHONE:06 22 91 73 48]] vient pr {{rsa}} suspendu pb dtr pas faite agent [[PERSONNE:marc]] la fait avec elle"),
    ("chrs", AP, "mr [[PERSONNE:Petrović]] serbe 61a, ref SIAO [[IDENTIFIANT:SIAO93-2025-01784]] orientation {{CHRS}} {{Emmaüs}} {{Montreuil}} acceptée!! il sourit pr la 1ere fois"),
    ("ccas", AT, "la ligne du {{CCAS}} de {{Créteil}} ferme à {{12h}} le vendredi, une dame rappelle {{3 fois}} et tombe sur le répondeur"),
    ("france_travail", AP, "Entretien d'inscription : [[PERSONNE:Mariama Keïta]], {{34 ans}}, ex-aide-soignante, veut devenir ambulancière. Permis B ok. Le conseiller [[PERSONNE:Loïc]] ouvre la fiche métier à l'écran, ID [[ID_FRANCE_TRAVAIL:3391027M]]. Elle demande si le {{CPF}} paie. « Oui mais {{1 200 euros}} de reste à charge. » Elle fait la grimace."),
    ("urgences", AT, "femme appelle pr son pere [[PERSONNE:Abdelkader Hamidi]] hospitalise hier, donne sa ddn [[DATE_NAISSANCE:1er avril 1948]], le standard transfere en cardio"),
    ("caf", AT, "appel en anglais, mr [[PERSONNE:Okafor]], l'agent se débrouille. n° allocataire [[N_ALLOCATAIRE:6021844]]. il veut savoir pour l'{{ARS}} de septembre"),
    ("cpam", CSP, "contrôle d'arrêt de travail à domicile chez mr [[PERSONNE:Guérin]], [[ADRESSE:9 rue Danton, 94200 Ivry-sur-Seine]], absent à {{10h30}}, avis de passage déposé dans la boîte"),
    ("france_travail", AP, "jeune [[PERSONNE:kylian]] 20a pas de cv pas de mail, on lui en cree un : [[EMAIL:kylian.boucher2005@gmail.com]] , il choisit le mdp tout seul"),
    ("chrs", CSP, "visite chez mme [[PERSONNE:Haïdara]] et ses 2 enfants, {{hôtel Mistral}}, [[ADRESSE:45 rue Marx Dormoy 75018 Paris]], 1 chambre, plaque électrique posée sur la valise"),
    ("ccas", AP, "Mr [[PERSONNE:Yilmaz]] apporte son RIB pour l'aide au chauffage : [[IBAN:FR76 3000 3036 2046 7286 4525 990]]. L'agent vérifie que c'est bien à son nom. Ok."),
    ("urgences", AP, "box 7 mme [[PERSONNE:dembele]] 80a chute, fils [[PERSONNE:moussa]] tel [[TELEPHONE:0645218807]] demande qd sortie, l'{{interne}} dit demain"),
    ("caf", AP, "l'accueil ferme à {{16h}} mais il reste {{9 tickets}}. la responsable decide de prendre tout le monde. heures sup pas payées me dit un agent"),
    ("france_travail", AT, "Mme [[PERSONNE:Sahraoui]] appelle car son conseiller M. [[PERSONNE:Fontaine]] est parti en retraite et personne ne l'a prévenue. on lui donne le nom de la nouvelle, Mme [[PERSONNE:Guillot]]"),
    ("cpam", AP, "Guichet 3. Une dame présente un titre de séjour n° [[IDENTIFIANT:9301245678]] pour ouvrir ses droits {{PUMa}}. Agent : il faut {{3 mois}} de résidence. Elle est là depuis {{2 mois et demi}}. « Revenez dans {{15 jours}}. »"),
    ("chrs", AT, "115 appel {{21h14}} mr «[[PERSONNE:Tonton]]» connu de tous, {{gare du Nord}}, pas de place, la maraude du {{Samu social}} est prévenue"),
    ("caf", AP, "mme [[PERSONNE:benali fatima]] ddn[[DATE_NAISSANCE:22/11/1979]] alloc[[N_ALLOCATAIRE:1876203]] separee de mr [[PERSONNE:benali]] depuis juin demande {{ASF}}"),
    ("ccas", AP, "domiciliation : {{180 courriers}} triés ce matin dans des casiers. l'agente dit que certains ne viennent jamais les chercher"),
    ("urgences", AP, "Un patient refuse de donner son nom. L'agent administratif l'enregistre en « X » avec l'heure d'arrivée. Plus tard il dit s'appeler [[PERSONNE:Serge]]."),
    ("france_travail", AP, "atelier numérique : mme [[PERSONNE:Tavares]] {{58 ans}} n'a jamais eu d'adresse mail, la conseillère lui en crée une : [[EMAIL:mariatavares1967@outlook.fr]]"),
    ("cpam", AT, "ça sonne dans le vide au {{3646}}, pic à {{9h}}. l'agent dit que le lundi c'est le pire jour"),
    ("caf", CSP, "controleur [[PERSONNE:Patrick]] m'explique : signalement pour vie maritale. chez mme [[PERSONNE:Lemaire]] [[ADRESSE:17 rue du Dr Bauer 93400 Saint-Ouen]], brosse à dents x2, courrier au nom de [[PERSONNE:Steve Ondo]] sur la table"),
    ("chrs", AP, "Éducateur [[PERSONNE:Mathieu]] fait le point avec [[PERSONNE:Aïcha]], {{19 ans}}, sortie d'{{ASE}}. Contrat jeune majeur qui finit en {{juin}}. Elle montre fièrement son compte insta [[IDENTIFIANT:@aicha_bdx95]]."),
    ("urgences", AP, "ioa: nom prenom ddn? mr [[PERSONNE:nkosi]]?? il epelle [[PERSONNE:N K O S I]] ddn [[DATE_NAISSANCE:05091990]] ok"),
    ("france_travail", AT, "rappel mme [[PERSONNE:kaya]] id[[ID_FRANCE_TRAVAIL:7712046c]] pas dispo, msg laissé sur [[TELEPHONE:07 52 18 66 04]]"),
    ("ccas", CSP, "visite évaluation {{APA}} chez mr [[PERSONNE:Ramirez]], [[ADRESSE:22 av. de Stalingrad, 94800 Villejuif]], avec l'infirmière coordinatrice [[PERSONNE:Sonia]]. Il nous montre des photos de {{Valparaíso}}."),
    ("caf", AT, "appel de {{22 min}} pour expliquer la déconjugalisation de l'{{AAH}} à un couple sur haut-parleur"),
    ("cpam", AP, "Mr [[PERSONNE:Jean-Baptiste Célestin]] né à {{Pointe-à-Pitre}} en [[DATE_NAISSANCE:juin 1969]], vient pour la {{C2S}}. NIR [[NIR:169069712086557]]. L'agent : « vous êtes pas loin du plafond »"),
    ("urgences", AT, "fin de nuit, appel d'un commissariat de {{Bobigny}} pour un gardé à vue à examiner, nom [[PERSONNE:Lucas Da Silva]]"),
    ("france_travail", AP, "Salle d'attente : affiche « {{1 jeune 1 solution}} », écran en boucle sur le {{CEJ}}. personne ne regarde"),
    ("chrs", AT, "115 : mme [[PERSONNE:Asante]] avec bébé de {{3 mois}}, {{hôtel Formule 1}} {{Bobigny}} {{chambre 214}}, dernière nuit, la prise en charge s'arrête demain"),
]

NOTES_3 = [
    ("caf", AP, "mme [[PERSONNE:okonkwo]] rib pr changement de compte [[IBAN:FR7620041000016923898055788]] agent [[PERSONNE:samia]] saisit tout en {{2min}}"),
    ("france_travail", AP, "mr [[PERSONNE:rahmani]] id ft [[ID_FRANCE_TRAVAIL:2295174 N]] veut formation cariste {{CACES}}, {{AIF}} demandee par la conseillere mme [[PERSONNE:Leroy]]"),
    ("chrs", AP, "[[PERSONNE:Dragan]] et [[PERSONNE:Milena]], couple, dorment sur le parking de l'{{Intermarché}} dans leur camion immatriculé en {{Bulgarie}} [[IMMATRICULATION:CA 4417 KM]]. l'éducatrice leur donne des tickets douche"),
    ("urgences", AP, "{{3h du mat}} un ado en crise, deux policiers, une infirmière. tout le monde chuchote"),
    ("cpam", AP, "Mme [[PERSONNE:Carvalho]], ddn [[DATE_NAISSANCE:1966-11-23]] lue sur l'écran, attestation de droits imprimée en {{30 secondes}}. elle repart contente"),
    ("ccas", AP, "mr+mme [[PERSONNE:oumarou]] adr [[ADRESSE:2bis rue des ecoles 93300 auber]] demande aide {{cantine}} 2 enfants tel [[TELEPHONE:+33 6 71 40 28 19]]"),
    ("caf", AT, "mme [[PERSONNE:Lambert]] veut un nouveau code, l'agent demande n° alloc + date de naissance : [[N_ALLOCATAIRE:7740316]], née le [[DATE_NAISSANCE:8 mars]]... ok c'est bien elle"),
    ("france_travail", AT, "le softphone plante, la conseillère [[PERSONNE:Agnès]] prend l'appel sur son portable perso (!!)"),
    ("chrs", CSP, "Visite des logements du dispositif avec le chef de service [[PERSONNE:Olivier]]. Appartement de M. [[PERSONNE:Bangoura]], [[ADRESSE:11 rue Édouard Vaillant, 93500 Pantin]]. Fuite sous l'évier, le bailleur {{ICF Habitat}} ne répond pas."),
    ("urgences", AP, "pt [[PERSONNE:mendes]] ipp[[IDENTIFIANT:P00913377]] box12 attente scanner {{4h}}"),
    ("cpam", AT, "appel mme [[PERSONNE:boukhari]] nee {{maroc}} [[DATE_NAISSANCE:oct 74]] nir [[NIR:2 74 10 99 350 526 01]] demande pq pas de rembourst kiné"),
    ("caf", AP, "Un père vient avec ses {{4 enfants}}, la plus petite pleure. l'agente sort des feutres d'un tiroir. ça marche."),
    ("france_travail", AP, "Mr [[PERSONNE:Nowak]], livreur {{Uber Eats}} en auto-entrepreneur, donne son SIRET perso [[IDENTIFIANT:751 476 177 00017]], veut savoir s'il peut cumuler avec l'{{ARE}}"),
    ("ccas", AT, "Appel d'un bailleur, {{Logirep}}, pour une locataire, Mme [[PERSONNE:Zerrouki]], qui ne répond plus depuis {{10 jours}}. Le {{CCAS}} envoie quelqu'un."),
    ("chrs", AT, "115 mme [[PERSONNE:ndiaye]] + 2 enf {{4a}} et {{7a}} mis dehors par l'hébergeant a {{Sarcelles}} tel[[TELEPHONE:0766031952]] enfants nés en [[DATE_NAISSANCE:2021]] et [[DATE_NAISSANCE:2018]]"),
    ("urgences", AT, "le standard de nuit = {{1 personne}} pour tout l'hôpital. {{63 appels}} entre {{22h}} et {{6h}}"),
    ("caf", AP, "Mme [[PERSONNE:Saint-Fleur]], n° allocataire [[N_ALLOCATAIRE:2650918]], titre de séjour [[IDENTIFIANT:9500617342]] expiré, droits suspendus. L'agent [[PERSONNE:Christophe]] : « c'est la préfecture de {{Cergy}}, pas nous »."),
    ("cpam", AP, "mr [[PERSONNE:ozturk]] nir[[NIR:177079920855117]] né en {{turquie}} [[DATE_NAISSANCE:juil 1977]] carte vitale volée, declaration {{ameli}} faite devant moi"),
    ("france_travail", AP, "« [[PERSONNE:Bilal]] ? [[PERSONNE:Bilal Meziane]] ? » la conseillère appelle dans la salle. Personne. Elle note absent."),
    ("ccas", CSP, "visite mr [[PERSONNE:lebon]] {{77a}} [[ADRESSE:5 rés les glycines bat4 91000 evry]] incurie, chats partout, AS [[PERSONNE:nathalie]] appelle le medecin traitant Dr [[PERSONNE:Amsellem]]"),
    ("urgences", AP, "Mme [[PERSONNE:Pereira]] dit que son fils [[PERSONNE:Tiago]] a avalé une pile. Entré directement, pas d'attente. L'IOA note : {{3 ans}}, {{14 kg}}."),
    ("caf", CSP, "contrôle ressources chez mr [[PERSONNE:Chaouch]], VTC auto-entrepreneur, [[ADRESSE:40 avenue Jean Lolive 93500 Pantin]]. Véhicule [[IMMATRICULATION:GT-771-XW]] garé en bas. Le contrôleur demande les relevés {{Uber}} sur {{12 mois}}."),
    ("chrs", AP, "mr [[PERSONNE:koffi]] demande domic, pas de piece sauf passeport ivoirien [[IDENTIFIANT:18AE57213]] perime"),
    ("france_travail", AT, "appel sortant pour rappeler à M. [[PERSONNE:Gaspard]] qu'il doit actualiser avant le {{15}}. Il répond : « c'est déjà fait madame »."),
    ("cpam", AT, "la plateforme prend aussi les appels de {{Seine-et-Marne}}, débordement automatique à partir de {{5 min}} d'attente"),
    ("caf", AP, "mr [[PERSONNE:Haddou]] mail [[EMAIL:haddou.said@hotmail.fr]] n'a jamais recu le lien, on verifie : il avait tapé hotmial. corrigé"),
    ("ccas", AP, "Aide d'urgence : Mme [[PERSONNE:Lutumba]], {{3 enfants}}, {{100 €}} en {{chèques service}}. C'est l'agent qui remplit, elle signe."),
    ("urgences", AP, "mr [[PERSONNE:abdou]] sans domicile, ddn [[DATE_NAISSANCE:1985]], dit venir de {{Nanterre}} à pied, pied gelé"),
    ("chrs", AT, "l'écoutante [[PERSONNE:Inès]] raccroche et me dit : « lui, [[PERSONNE:Michel]], il appelle tous les soirs depuis {{2019}} »"),
    ("france_travail", AP, "Mr [[PERSONNE:Tshibangu]], infirmier diplômé à {{Kinshasa}}, la reconnaissance du diplôme bloque. Conseiller : « faut voir l'{{ARS}} ». n° FT [[ID_FRANCE_TRAVAIL:0934172P]]"),
    ("caf", AT, "mme [[PERSONNE:guerrero]] num [[N_ALLOCATAIRE:3088142]] rappelle 3e fois cette sem meme pb, on lui dit d'envoyer via la messagerie de l'{{espace perso}}"),
    ("cpam", AP, "Un monsieur, [[PERSONNE:René]], ancien chauffeur à la {{RATP}}, vient avec sa pochette : {{15 ans}} d'ordonnances. l'agent trie avec lui"),
    ("urgences", AT, "Appel d'une infirmière libérale pour une patiente, Mme [[PERSONNE:Gauthier]], IPP [[IDENTIFIANT:P00461920]], sortie hier, qui saigne."),
    ("chrs", CSP, "Visite de l'aire d'accueil avec l'équipe : {{18 emplacements}}, {{2 sanitaires}} en panne. on parle surtout du raccordement électrique"),
    ("ccas", AT, "mme [[PERSONNE:morel]] veut rdv AS tel[[TELEPHONE:0148 33 71 06]] adr [[ADRESSE:73 r de paris 93100 montreuil]]"),
    ("france_travail", AP, "Jobdating {{Amazon}} dans la grande salle : {{40 candidats}}, {{12 postes}}. Ça sent le café et le stress."),
    ("caf", AP, "L'agent [[PERSONNE:Farid]] reçoit un couple, les [[PERSONNE:Ly]], lui cuisinier, elle en congé maternité. Le bébé, [[PERSONNE:Kenji]], dort dans le porte-bébé."),
    ("urgences", AP, "l'agente d'accueil Mme [[PERSONNE:Sall]] travaille ici depuis {{22 ans}}. Elle connaît les habitués : [[PERSONNE:Robert]], « [[PERSONNE:Bigoudi]] », [[PERSONNE:Jojo]]."),
    ("chrs", AP, "entretien admission mme [[PERSONNE:yousfi]] ddn [[DATE_NAISSANCE:12.06.88]] violences conj, plainte au commissariat d'{{Argenteuil}} PV n° [[IDENTIFIANT:2025/004417]]"),
    ("france_travail", AT, "Appel de Mme [[PERSONNE:Dupuis-Mbaye]] : son mail c'est « [[EMAIL:c.dupuis.mbaye [at] laposte.net]] », elle insiste lourdement sur les points"),
]

NOTES_4 = [
    ("caf", AP, "mme [[PERSONNE:aboubakar hawa]] nouvel iban [[IBAN:FR76 1027 8060 7642 1928 5645 237]] ancien compte cloturé n°all [[N_ALLOCATAIRE:4102297]]"),
    ("cpam", CSP, "Visite avec l'enquêtrice de la {{CPAM}}, Mme [[PERSONNE:Roussel]], chez un assuré en arrêt depuis {{8 mois}}, M. [[PERSONNE:Sadiki]], [[ADRESSE:4 impasse des Lilas 95200 Sarcelles]]. Il est là, en pyjama, le dos bloqué. Contrôle fini en {{10 min}}."),
    ("france_travail", AP, "mr [[PERSONNE:boateng kwame]] id [[ID_FRANCE_TRAVAIL:5581903 H]] tel [[TELEPHONE:07.69.30.12.55]] mail [[EMAIL:kboateng@yahoo.fr]] cv a jour veut chauffeur PL"),
    ("urgences", AP, "Distributeur de boissons en panne, une mamie demande de l'eau, l'ASH lui en apporte dans un gobelet. {{1h47}} d'attente affichée."),
    ("chrs", AT, "115 {{21h50}} mr [[PERSONNE:bouzidi]] né {{algerie}} [[DATE_NAISSANCE:avril 72]] donne son nir de tete [[NIR:172049935212704]] pr verif droits, place trouvée {{Nanterre}} {{CHAPSA}}"),
    ("caf", CSP, "controle mme [[PERSONNE:da costa]] [[ADRESSE:18 rue robespierre 93100 montreuil]] vehicule pas declaré [[IMMATRICULATION:ek504rm]] 🚗 au nom de son ex mr [[PERSONNE:pinto]] dit elle"),
    ("ccas", AP, "Mme [[PERSONNE:Hoarau]], réunionnaise, {{67 ans}}, vient pour l'{{ASPA}}. Elle a travaillé {{30 ans}} à {{La Poste}}. L'agent trouve une erreur dans son relevé de carrière."),
    ("cpam", AT, "appel de M. [[PERSONNE:Santini]] né à {{Ajaccio}} le [[DATE_NAISSANCE:17 mai 1983]], NIR [[NIR:1 83 05 2A 004 860 96]], la plateforme ne trouve pas son dossier. l'agent : « ah c'est le 2A, le logiciel aime pas »"),
    ("france_travail", AT, "pause café : les conseillers parlent de la réforme {{France Travail}} et des {{15 heures}} d'activité pour le {{RSA}}. Inquiets."),
    ("caf", AT, "mr [[PERSONNE:said ali]] alloc [[N_ALLOCATAIRE:5209361]] rib a changer [[IBAN:FR7630002004724640137665505]] par tel?? non, l'agent le renvoie vers l'{{espace perso}}"),
    ("urgences", AP, "mme [[PERSONNE:jacquet]] + mr [[PERSONNE:jacquet]] + fille [[PERSONNE:lola]] 3 patients meme famille intox CO, pompiers de {{Mantes}}"),
    ("chrs", AP, "Atelier cuisine : [[PERSONNE:Farida]] fait un couscous pour {{25}}. [[PERSONNE:Piotr]] épluche. L'animatrice [[PERSONNE:Carole]] me tend un tablier."),
    ("france_travail", AP, "Mme [[PERSONNE:Benoît]], conseillère, demande son identifiant à un jeune qui le récite : « [[ID_FRANCE_TRAVAIL:quatre quatre neuf un zéro deux six, lettre J]] ». L'écran affiche [[ID_FRANCE_TRAVAIL:4491026J]]."),
    ("ccas", AT, "Un monsieur donne son numéro en toutes lettres : « [[TELEPHONE:zéro six, trente-deux, quinze, quatre-vingt-huit, zéro un]] ». L'agente écrit sur un post-it."),
    ("cpam", AP, "Mme [[PERSONNE:Fall]], née au {{Sénégal}} en [[DATE_NAISSANCE:janvier 61]], NIR [[NIR:261019934184557]], vient pour sa pension d'invalidité. l'agent : dossier transmis à la {{CNAV}}"),
    ("caf", AP, "borne {{CAF}}: {{6 personnes}} devant, personne n'arrive à scanner. le service civique aide tout le monde"),
    ("urgences", AT, "régulation : Mme [[PERSONNE:Rivière]] appelle pour son mari, diabétique, [[ADRESSE:3 allée des Peupliers, 95000 Cergy]]. rappel au [[TELEPHONE:01 34 25 67 90]] si besoin"),
    ("france_travail", AP, "mr [[PERSONNE:camara sekou]] + mr [[PERSONNE:camara ibrahim]] freres meme rdv mm heure, confusion dossiers, id [[ID_FRANCE_TRAVAIL:6620114D]] et [[ID_FRANCE_TRAVAIL:6620115E]]"),
    ("chrs", CSP, "visite à l'hôtel de la famille [[PERSONNE:Sivakumar]], {{hôtel Ibis Budget}} {{Saint-Denis}}, {{chambre 112}}. 4 personnes, micro-ondes dans la salle de bain"),
    ("ccas", AP, "mme [[PERSONNE:rezki]] {{81a}} veuve, pension de reversion bloquee, titre séjour 10 ans n°[[IDENTIFIANT:9300018834]], fils [[PERSONNE:nordine]] tel[[TELEPHONE:0611902744]]"),
    ("cpam", AP, "M. [[PERSONNE:Ferhat]], né le [[DATE_NAISSANCE:3 décembre 1985]] à {{Mantes-la-Jolie}}, NIR [[NIR:1 85 12 78 361 204 06]]. Il veut son relevé d'IJ pour la banque."),
    ("caf", AT, "appel mme [[PERSONNE:Petit]] ({{petit}} comme le mot, dit-elle) n° alloc [[N_ALLOCATAIRE:6693027]], demande un duplicata d'attestation"),
    ("urgences", AP, "L'agent d'accueil, [[PERSONNE:Kader]], me montre le logiciel : chaque patient a un IPP, ici [[IDENTIFIANT:P00820045]] pour Mme [[PERSONNE:Lacroix]]. Il tape vite, sans regarder."),
    ("france_travail", AT, "appel de Mme [[PERSONNE:Chevalier]] pour une offre vue sur le site, offre n° {{187XKPL}}, le conseiller lui donne le mail du recruteur"),
    ("chrs", AT, "115 appel d'une AS de l'hopital {{Delafontaine}} pr mr [[PERSONNE:gueye]] sortant, SDF, pas de place. AS mme [[PERSONNE:pons]] rappellera"),
    ("caf", AP, "Mme [[PERSONNE:Njoya]] vient avec une lettre de la {{Caf}} réclamant {{1 840 €}} d'indu. Elle pleure. L'agent [[PERSONNE:Stéphane]] lui propose un échéancier à {{50 € par mois}}."),
    ("ccas", CSP, "Tournée canicule avec {{2 agents}} : on sonne chez {{14 personnes}} inscrites sur le registre, 3 ne répondent pas, on note pour rappeler"),
    ("cpam", AT, "mme [[PERSONNE:hamdi]] nee tunisie [[DATE_NAISSANCE:04/88]] nir [[NIR:288049935145437]] attend remboursement {{PMA}} depuis {{2 mois}}"),
    ("france_travail", AP, "M. [[PERSONNE:Abdi]] montre sur son téléphone le message du recruteur, signé « [[PERSONNE:Julien]], {{Manpower}} {{Nanterre}} »."),
    ("urgences", AP, "box 3 mr [[PERSONNE:moreira]] plaie main, sa voiture garee devant les urgences [[IMMATRICULATION:4521 VX 93]] va etre enlevee, l'agent appelle la fourriere"),
    ("caf", CSP, "Contrôle chez Mme [[PERSONNE:Bakayoko]], [[ADRESSE:6 rue Henri Barbusse, 92000 Nanterre]]. Le contrôleur [[PERSONNE:Yannick]] vérifie que le fils [[PERSONNE:Ismaël]], {{19 ans}}, vit encore là : lit fait, affaires de foot. OK."),
    ("chrs", AP, "mme [[PERSONNE:Ortega]] espagnole, son fils a une voiture immatriculée en {{Espagne}} [[IMMATRICULATION:4827 LMN]], ils dorment dedans à {{Cergy}}"),
    ("france_travail", AT, "mr [[PERSONNE:jules]] ? non [[PERSONNE:Julles]] avec 2 L il dit, id [[ID_FRANCE_TRAVAIL:3080412 F]], conteste sa radiation"),
    ("cpam", AP, "La borne {{Ameli}} imprime {{12 attestations}} en {{20 minutes}}. Un monsieur âgé regarde la machine avec méfiance."),
    ("ccas", AT, "Mme [[PERSONNE:Lévy]] appelle pour une aide au transport, {{carte Améthyste}}, elle habite [[ADRESSE:14 rue de Belleville 75020 Paris]]. Son tel : [[TELEPHONE:06 09 47 88 12]]."),
    ("urgences", AT, "Le standard reçoit un appel de la {{préfecture}} qui veut la liste des lits dispo. L'agent dit qu'il ne sait pas."),
    ("caf", AP, "mr [[PERSONNE:kouyate]] n alloc [[N_ALLOCATAIRE:3910488]] mail [[EMAIL:kouyate.b93@gmail.com]] adr [[ADRESSE:31 av paul vaillant couturier 93120 la courneuve]] demande {{RSA}} couple"),
    ("france_travail", AP, "Mme [[PERSONNE:Guo]] parle mal français, un autre demandeur, M. [[PERSONNE:Zhang]], propose de traduire. La conseillère accepte. Ils ne se connaissaient pas."),
    ("chrs", CSP, "visite aire gens du voyage {{Bonneuil}} famille [[PERSONNE:Reinhardt]] [[ADRESSE:aire de la Ballastière, place 9]] caravane + voiture [[IMMATRICULATION:CV-932-LE]]"),
    ("cpam", CSP, "Deuxième visite avec Mme [[PERSONNE:Roussel]] : Mme [[PERSONNE:Delorme]], [[ADRESSE:27 bis avenue Gallieni, 93140 Bondy]], absente. La voisine dit qu'elle est « au bled ». Rapport à faire."),
]

NOTES_5 = [
    ("caf", AP, "mme [[PERSONNE:chebbi]] {{38a}} nee a {{st denis}} nir [[NIR:287039306643769]] veut rattacher son fils, agent [[PERSONNE:ludo]] dit faut acte de naissance"),
    ("france_travail", AP, "rib pr ARE mr [[PERSONNE:gonçalves]] [[IBAN:FR76 1820 6002 1011 3637 3244 347]] {{credit agricole}} ok"),
    ("chrs", AP, "Le {{CHRS}} a {{42 lits}}, {{3 veilleurs}} la nuit. Règlement affiché : pas d'alcool, pas d'animaux. Un chien dort quand même dans la cour, il s'appelle {{Tyson}}."),
    ("urgences", AP, "Patient amené par sa femme, M. [[PERSONNE:Gilles Rousseau]], carte vitale + carte mutuelle {{Malakoff Humanis}} n° [[IDENTIFIANT:0071 4428 5512]]. L'agent scanne les deux."),
    ("cpam", AT, "appel mr [[PERSONNE:abderrahmane]] nir[[NIR:1 79 11 99 352 279 09]] né {{algérie}} [[DATE_NAISSANCE:nov 1979]] pension invalidite + iban a changer [[IBAN:FR7610107002343219353973862]]"),
    ("ccas", AP, "La CESF [[PERSONNE:Sandrine]] remplit un dossier de surendettement pour M. [[PERSONNE:Aït-Ahmed]]. Relevés lus à voix haute : {{Cofidis}}, {{Cetelem}}, {{Sofinco}}... {{14 000 €}} au total."),
    ("france_travail", AT, "Mme [[PERSONNE:Marie-Claire Nzinga]] appelle, elle a changé de mail : [[EMAIL:mc.nzinga@free.fr]]. Le conseiller le tape, elle épelle « n comme {{Narbonne}} »"),
    ("caf", CSP, "ctrl mme [[PERSONNE:kabila]] [[ADRESSE:bat F 9 rue Edgar Degas 93600 aulnay]] vie maritale suspectée, voiture du compagnon belge [[IMMATRICULATION:1-KTR-482]] devant l'immeuble"),
    ("urgences", AT, "appel d'une mere pr son fils [[PERSONNE:enzo]] {{16a}} chute scooter, son num [[TELEPHONE:0781239045]], les policiers notent l'immat du scooter [[IMMATRICULATION:FN 308 QR]]"),
    ("chrs", AT, "{{115}} du {{93}} : {{1 200 appels}} par jour, {{5 %}} décrochés dit le chef d'équipe. chiffre écrit sur un tableau blanc"),
    ("cpam", AP, "Une jeune femme, [[PERSONNE:Océane]], {{30 ans}}, née à {{Bobigny}}, NIR lu par l'agent : [[NIR:2 95 08 93 008 370 12]]. Elle vient pour sa carte européenne, départ en {{Espagne}}."),
    ("france_travail", AP, "ctt mr [[PERSONNE:nguyen]] [[EMAIL:nguyen.t.hoang@gmail.com]] veut job restauration. 2 offres proposées {{Flunch}} {{Créteil Soleil}}"),
    ("caf", AT, "Mme [[PERSONNE:Rose Lapierre]] appelle pour l'{{allocation de rentrée}}. n° alloc [[N_ALLOCATAIRE:8810223]]. L'agent, entre deux appels, arrose la plante sur son bureau : « c'est mon {{olivier}} »"),
    ("ccas", AT, "mr [[PERSONNE:toure]] veut aide loyer, bailleur {{Paris Habitat}} ref [[IDENTIFIANT:PH-75-0418877]] tel [[TELEPHONE:07 44 10 56 82]]"),
    ("urgences", AP, "Un agent de sécurité, une infirmière, un médecin : {{3 personnes}} pour calmer un patient. {{18 minutes}}. Personne ne filme, heureusement."),
    ("chrs", CSP, "visite logt passerelle mme [[PERSONNE:sangare]] [[ADRESSE:12 r. des Ecoles 95140 Garges]] compteur coupé ref client {{EDF}} [[IDENTIFIANT:30 0187 4523]] AS [[PERSONNE:Marion]] appelle"),
    ("france_travail", AP, "Mme [[PERSONNE:Lemoine]], conseillère, reçoit [[PERSONNE:Amadou]] qui veut se mettre à son compte en VTC ({{ARCE}}). Elle lui demande la carte grise : [[IMMATRICULATION:GH-482-KT]]."),
    ("cpam", AP, "Guichet : Mme [[PERSONNE:Kaur]] apporte une facture d'hôpital n° [[IDENTIFIANT:FAC-2025-118734]] de {{2 312 €}} qu'elle ne peut pas payer."),
    ("caf", AP, "{{13h58}} mme [[PERSONNE:yamani]] + mme [[PERSONNE:haroun]] + mr [[PERSONNE:vidal]] tous pr {{APL}} idem bailleur {{Vilogia}}"),
    ("ccas", CSP, "visite chez M. [[PERSONNE:Marchetti]], né en [[DATE_NAISSANCE:1938]], [[ADRESSE:2 place de la Mairie, 94200 Ivry-sur-Seine]], pour le portage de repas. Il a servi dans la marine, me montre une photo de {{Toulon}}."),
    ("chrs", AP, "petit-dej : {{28 personnes}}. café, pain, confiture. un bénévole a apporté des croissants. Ça a fait plaisir"),
    ("urgences", AP, "ipp [[IDENTIFIANT:P00558102]] mme [[PERSONNE:kamara]] ddn [[DATE_NAISSANCE:9/10/2001]] enceinte {{7 mois}} → maternite direct"),
    ("france_travail", AT, "rdv tel mr [[PERSONNE:meddour]] id [[ID_FRANCE_TRAVAIL:1187342w]] iban pr aide mobilite [[IBAN:FR76 1751 5900 0047 0105 4476 096]]"),
    ("cpam", AT, "Appel d'une infirmière de {{Lariboisière}} pour un patient à l'{{AME}}, M. [[PERSONNE:Diakité]], né le [[DATE_NAISSANCE:2 février 1990]]."),
    ("caf", AP, "L'agente [[PERSONNE:Mélanie]] me dit qu'elle a fait {{42 entretiens}} hier. Aujourd'hui on en est à {{17}} à {{11h}}."),
    ("ccas", AP, "Permanence {{écrivain public}} : lettres à la {{préfecture}}, au bailleur, et une lettre d'amour aussi (!)"),
    ("chrs", AT, "115 mme [[PERSONNE:ouattara]] {{55a}} diabétique sans traitement, ivoirienne, nir [[NIR:270069932633277]], droits {{AME}}? non {{PUMa}} ok"),
    ("urgences", AT, "La ligne du service sonne en continu entre {{14h}} et {{15h}} : ce sont les familles. Consigne : pas d'infos au téléphone."),
    ("france_travail", AP, "Mme [[PERSONNE:Haidari]], réfugiée, carte de résident n° [[IDENTIFIANT:7500812459]], cours de français {{A1}} via le {{CIR}}. La conseillère cherche une formation langue"),
    ("cpam", AP, "mr [[PERSONNE:lopez]] tel [[TELEPHONE:06 62 31 90 17]] mail [[EMAIL:lopez.franck@orange.fr]] veut sa carte vitale apres mariage, nom d usage"),
    ("caf", AT, "mme [[PERSONNE:bensaid]] allo? coupé 2x, rappel sur [[TELEPHONE:0033 7 58 42 11 96]] num alloc [[N_ALLOCATAIRE:7003158]]"),
    ("ccas", AT, "Un élu appelle pour un administré : « M. [[PERSONNE:Girard]], il est venu à ma perm ». L'agent note sans commentaire."),
    ("chrs", CSP, "Visite d'une colocation : [[PERSONNE:Ahmed]], [[PERSONNE:Joseph]] et [[PERSONNE:Dawit]], [[ADRESSE:5 rue Parmentier, 93100 Montreuil]]. Chacun sa chambre. On parle de l'{{ASSR}} et des factures."),
    ("urgences", AP, "Dr [[PERSONNE:Nakamura]] montre à l'interne [[PERSONNE:Hugo]] comment remplir la fiche. Patient : M. [[PERSONNE:Ivanov]], trauma crânien léger."),
    ("france_travail", AP, "la conseillère appelle M. [[PERSONNE:Ferreira]], patron du {{Garage Ferreira Automobiles}} à {{Argenteuil}}, pour un candidat apprenti"),
    ("caf", AP, "Mme [[PERSONNE:Lucas]] (c'est son nom de famille) et son fils [[PERSONNE:Lucas]] (prénom !). L'agente rit : « ça arrive plus souvent qu'on croit »."),
    ("cpam", AT, "un monsieur lit son IBAN pour un remboursement : [[IBAN:FR76 3000 4028 7171 5831 7567 097]]. L'agent répète chaque bloc."),
    ("ccas", AP, "aide energie mr+mme [[PERSONNE:soumare]] facture [[IDENTIFIANT:F2025-0934412]] {{TotalEnergies}} {{318€}} rib [[IBAN:FR3120041010126957129K44627]] versement au menage pas au fournisseur"),
    ("chrs", AP, "mr [[PERSONNE:gregoire]] ddn [[DATE_NAISSANCE:18 aout 1971]] sorti de {{Fleury}} depuis {{3 jours}}, demande domic + CNI refaite [[IDENTIFIANT:X4RTBPFW4]]"),
    ("france_travail", AT, "serveur vocal : « tapez 1, tapez 2 »... {{4 minutes}} avant d'avoir quelqu'un. la conseillère dit que c'est bien en ce moment"),
]

NOTES_6 = [
    ("caf", AP, "mr [[PERSONNE:benyoucef]] rib [[IBAN:FR76 1659 8000 0160 2797 8038 506]] compte {{Nickel}}, l'agent sait pas si ca passe"),
    ("france_travail", AP, "mme [[PERSONNE:diop awa]] id [[ID_FRANCE_TRAVAIL:4820311 K]] mail [[EMAIL:awadiop.pro@gmail.com]] cherche {{aide a domicile}} secteur {{Bondy}} {{Noisy}}"),
    ("urgences", AP, "mr [[PERSONNE:belhadj]] nir [[NIR:1 88 01 94 041 360 62]] né {{ivry}} [[DATE_NAISSANCE:janv 88]] crise asthme, passe devant tout le monde"),
    ("chrs", AT, "Un homme appelle le {{115}} pour la première fois, il s'excuse à chaque phrase. Il s'appelle [[PERSONNE:Thomas]], il a {{45 ans}}, il a perdu son appartement à {{Vitry}}."),
    ("cpam", AP, "L'accueil de la {{CPAM}} de {{Bobigny}} : {{7 guichets}}, {{3 ouverts}}. Le panneau dit « accueil sur rdv uniquement » mais tout le monde entre."),
    ("ccas", CSP, "visite mme [[PERSONNE:chaudhry]] [[ADRESSE:48 rue du Landy 93210 La Plaine Saint-Denis]] 4 enfants 1 piece, fils ainé [[PERSONNE:imran]] traduit, recours {{DALO}} n° [[IDENTIFIANT:93-2024-DALO-06281]]"),
    ("caf", AT, "Une travailleuse sociale appelle pour une famille, les [[PERSONNE:Bouaziz]] ; elle donne le numéro : [[N_ALLOCATAIRE:4557012]]. L'agent refuse d'en dire plus sans accord écrit."),
    ("france_travail", AT, "Le conseiller passe {{35 minutes}} au téléphone avec un employeur qui ne comprend rien aux aides à l'embauche : {{PMSMP}}, {{AFPR}}, {{POEI}}."),
    ("urgences", AT, "la pharmacie de garde de {{Cergy}} appelle pr une ordo de mr [[PERSONNE:leclerc]] illisible, medecin dr [[PERSONNE:okoye]] deja parti"),
    ("chrs", CSP, "Suivi à domicile de [[PERSONNE:Sofiane]], {{24 ans}}, sorti du {{CHRS}} il y a {{2 mois}}, studio [[ADRESSE:7 rue Pierre Sémard, 95100 Argenteuil]]. Il a acheté une voiture d'occasion, [[IMMATRICULATION:BX-665-JN]], il est fier."),
    ("ccas", AP, "Mme [[PERSONNE:Abramovici]] vient pour le {{Navigo}} senior, {{72 ans}}. L'agent [[PERSONNE:Yves]] remplit le dossier, elle parle de {{Montmartre}} dans les {{années 60}}."),
    ("cpam", AT, "mme [[PERSONNE:leroux]] [[EMAIL:leroux.s@sfr.fr]] tel [[TELEPHONE:06 30 55 19 72]] demande attestation ij pr {{pole emploi}}"),
    ("caf", CSP, "Contrôle chez M. [[PERSONNE:Dubreuil]], [[ADRESSE:15 allée Georges Brassens, 95800 Cergy]], en présence de sa mère, Mme [[PERSONNE:Dubreuil]]. Voiture au nom du fils [[IMMATRICULATION:EP-327-TA]]. Le contrôleur regarde le frigo, les chambres. {{45 min}}."),
    ("france_travail", AP, "mr [[PERSONNE:kessler]] cadre {{57a}} licencié {{Renault}} {{Flins}}, mail [[EMAIL:f.kessler@wanadoo.fr]], voiture de fonction rendue [[IMMATRICULATION:FZ-011-HM]] (il a noté l'immat dans son carnet lol). conseillère [[PERSONNE:Hélène]] l'oriente {{APEC}}"),
    ("cpam", AP, "Mme [[PERSONNE:Ferrand]], née le [[DATE_NAISSANCE:14 juillet 1992]] à {{Paris 18e}}, NIR [[NIR:2 92 07 75 118 443 69]], déclare sa grossesse"),
    ("urgences", AP, "Minuit. Le vigile fait sortir quelqu'un qui dormait sur les chaises. Il revient par l'autre porte. Tout le monde le sait."),
    ("chrs", AP, "mr [[PERSONNE:da silva]] + son chien {{Rocky}} refusés au foyer, dort en voiture [[IMMATRICULATION:DL 782 SX]] parking {{Leclerc}}"),
    ("ccas", AT, "Le {{CCAS}} rappelle Mme [[PERSONNE:Bonnet]] : aide facultative accordée, {{150 €}} versés sur [[IBAN:FR76 3000 2089 5056 9421 3348 933]]. Elle dit merci {{6 fois}}."),
    ("caf", AP, "Mme [[PERSONNE:Toussaint]] et Mme [[PERSONNE:Noël]], voisines, viennent ensemble. L'agent plaisante : « on a la {{Toussaint}} et {{Noël}} aujourd'hui ». Elles n'ont pas ri."),
    ("france_travail", AT, "mme [[PERSONNE:mbala]] id[[ID_FRANCE_TRAVAIL:2046675X]] ddn [[DATE_NAISSANCE:23-09-1996]] mail [[EMAIL:mbala.grace96@yahoo.fr]] actualisation bloquee"),
    ("cpam", AT, "Le casque de l'agent grésille. Elle tape dessus. {{3e}} casque cette semaine."),
    ("urgences", AP, "mme [[PERSONNE:sanchez lucia]] ddn [[DATE_NAISSANCE:30.05.1949]] ipp [[IDENTIFIANT:P00117450]] tel fille [[TELEPHONE:07 70 84 21 36]] voiture de la fille garée sur place handi [[IMMATRICULATION:GA-904-RB]]"),
    ("caf", AT, "appel M. [[PERSONNE:Morin]] : son iban [[IBAN:FR76 3000 3041 9014 6149 5446 845]] avait été saisi avec une erreur, virement rejeté. Corrigé en direct."),
    ("chrs", AT, "{{22h}} : l'équipe de nuit arrive. Passation de {{10 minutes}}, tout à l'oral, sur un carnet."),
    ("ccas", AP, "AS mme [[PERSONNE:benamar]] recoit mr [[PERSONNE:fernandes]] dossier {{MDPH}} n° [[IDENTIFIANT:093-25-017733]] renouvellement {{AAH}}"),
    ("france_travail", AP, "Mme [[PERSONNE:Aubert]] lit l'adresse d'un candidat (identifiant [[ID_FRANCE_TRAVAIL:5507731G]]) pour une convocation : [[ADRESSE:19 rue Paul Éluard 93200 Saint-Denis]]. Il a déménagé, il corrige : [[ADRESSE:4 passage Dupont 93200 Saint-Denis]]."),
    ("cpam", CSP, "Visite de contrôle annulée : l'assuré a appelé pour dire qu'il est hospitalisé. L'enquêtrice soupire : {{3e}} annulation du jour."),
    ("caf", AP, "mme [[PERSONNE:akter]] tel[[TELEPHONE:0651 22 90 83]] n alloc [[N_ALLOCATAIRE:6218840]] rib [[IBAN:FR7610278061300995416114865]] mari [[PERSONNE:rahman]] au travail a {{Rungis}}"),
    ("urgences", AT, "Une femme appelle pour savoir si son frère, [[PERSONNE:Karim Belaïd]], est là. L'agent : « je ne peux rien vous dire ». Elle raccroche."),
    ("chrs", CSP, "visite famille [[PERSONNE:popescu]] [[ADRESSE:camping Le Parc de la Colline, emplacement 31]] caravane immat roumaine [[IMMATRICULATION:B 118 KLR]]"),
    ("france_travail", AT, "M. [[PERSONNE:Hakimi]] appelle pour annuler son rdv, il a trouvé du travail chez {{Lidl}}. La conseillère [[PERSONNE:Karine]] : « bravo ! »."),
    ("cpam", AP, "mr [[PERSONNE:faure]] etudiant nir [[NIR:199039205085805]] né {{nanterre}} [[DATE_NAISSANCE:mars 99]] carte vitale perdue 2e fois"),
    ("ccas", AT, "{{Plan grand froid}} : le {{CCAS}} appelle la liste des personnes isolées, {{86 appels}} sur la matinée à {{2 agents}}."),
    ("caf", AP, "L'agent [[PERSONNE:Julien]] reçoit [[PERSONNE:Assa]] qui veut savoir si elle a droit à la {{prime de naissance}}. Oui, à {{7 mois}} de grossesse. Confirmation envoyée à [[EMAIL:assa.traore.75@gmail.com]]."),
    ("urgences", AP, "IOA [[PERSONNE:Marc-Antoine]] explique le tri : couleur, score, heure. Écran : {{31 patients}}, le plus ancien arrivé à {{14h12}}."),
    ("france_travail", AP, "mme [[PERSONNE:ledoux]] rib [[IBAN:FR7617515006008793359265949]] + mr [[PERSONNE:janssens]] rib belge [[IBAN:BE79 5725 5860 5333]] frontalier? non il habite ici"),
    ("chrs", AP, "Bagagerie : {{60 casiers}}, tous pleins. liste d'attente sur une feuille scotchée"),
    ("cpam", AT, "Mme [[PERSONNE:Navarro]] appelle pour la carte vitale de sa fille [[PERSONNE:Léa]], née le [[DATE_NAISSANCE:6 février 2003]] à {{Évry}}, NIR [[NIR:2 03 02 91 228 693 77]]"),
    ("ccas", AP, "mr [[PERSONNE:zidane]] (pas le footballeur lol) facture {{Veolia}} ref [[IDENTIFIANT:VE-2250931]] 🙄 tel [[TELEPHONE:0177 56 43 20]]"),
    ("france_travail", AT, "mr [[PERSONNE:el khatib]] id [[ID_FRANCE_TRAVAIL:7719024 A]] mail [[EMAIL:elkhatib.yassine[at]gmail.com]] -> conseillere [[PERSONNE:Nawel]] corrige l'adresse"),
]

NOTES = NOTES_1 + NOTES_2 + NOTES_3 + NOTES_4 + NOTES_5 + NOTES_6
# fmt: on


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
    """Return (dev_ids, holdout_ids), drawn from the ids and the cells only."""
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
    return sorted(dev), sorted(holdout)


def write(path, notes):
    lines = [json.dumps(note, ensure_ascii=False) + "\n" for note in notes]
    path.write_text("".join(lines), encoding="utf-8")


def main():
    notes = build_notes()
    by_id = {note["id"]: note for note in notes}
    dev_ids, holdout_ids = split(notes)
    write(HERE / "dev.jsonl", [by_id[i] for i in dev_ids])
    write(HERE / "holdout.jsonl", [by_id[i] for i in holdout_ids])
    print(f"{len(notes)} notes: {len(dev_ids)} dev, {len(holdout_ids)} holdout")


if __name__ == "__main__":
    main()
