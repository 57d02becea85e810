"""Build the independent35 evaluation notes for the French anonymiser (stdlib only).

Each note is a ``(site_kind, channel, text)`` tuple written by hand. Inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. The marks are
stripped, offsets computed, ids ``ind35-001`` ... given in writing order, and the notes
split 120 / 120 into ``dev.jsonl`` and ``holdout.jsonl`` with ``random.Random(35)``,
stratified by (site_kind, channel).

Usage: python holdout_author.py
"""

import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind35"
SEED = 35
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

CAF, CPAM, CCAS = "caf", "cpam", "ccas"
URG, CHRS, FT = "urgences", "chrs", "france_travail"
AP, AT, CSP = "accueil_physique", "accueil_telephonique", "controle_sur_place"

MARK_RE = re.compile(r"\[\[([A-Z_]+):([^\n]+?)\]\]|\{\{([^\n]+?)\}\}")

# fmt: off
NOTES = [
# ---- Caf -------------------------------------------------------------------------------
(CAF, AP, """Recit ecrit le soir. {{Caf}} de {{Rennes}}, accueil {{cours des Alliés}}, {{9h40}}. Une famille entre au complet : Mme [[PERSONNE:Kessler]], son mari [[PERSONNE:Yannick]], deux enfants dont la petite [[PERSONNE:Avril]] ({{4 ans}}) et la grand-mere qui reste debout a cote de la {{fontaine à eau}}.
L'agente s'appelle [[PERSONNE:Sonia Ferrand]], ses collegues disent « [[PERSONNE:Sosso]] ». Elle demande le numero allocataire, la maman le lit sur son tel : [[N_ALLOCATAIRE:2281734]]. Puis le NIR, d'une traite, sans espaces : [[NIR:288023523804701]].
Probleme : depuis {{avril}}, l'{{APL}} est suspendue, le bailleur ({{Archipel Habitat}}) n'a rien recu. [[PERSONNE:Nadia]] (c'est Mme [[PERSONNE:Kessler]], elle insiste pour qu'on l'appelle comme ca) sort une enveloppe de papiers.
[[PERSONNE:Sonia]] explique calmement que le dossier a bascule quand [[PERSONNE:Yannick]] a repris un CDD chez {{Lidl}}. "Ca change la {{prime d'activité}} mais pas l'APL normalement."
La grand-mere dit quelque chose en allemand, la petite [[PERSONNE:Avril]] traduit en riant. Fou.
A {{10h05}} tout est reparti. Mme [[PERSONNE:K.]] me dit en sortant, devant la {{place de la Gare}} : « c'est la premiere fois qu'on nous explique »."""),
(CAF, AT, """appel {{10h12}}, monsieur veut savoir pk sa {{prime de Noël}} pas versee. num alloc [[N_ALLOCATAIRE:0918273]]... non il se reprend [[N_ALLOCATAIRE:0918237]]. Agent ([[PERSONNE:Karim]]) : « c'est versé vers le {{15 décembre}}, pas avant » 😅"""),
(CAF, CSP, """Compte rendu pour le conseil municipal — controle sur place avec le controleur {{Caf}}, M. [[PERSONNE:Gwenaël Le Bihan]] (« [[PERSONNE:Gwen]] » pour toute l'equipe de {{Lorient}}).
On arrive a {{14h}} au [[ADRESSE:7 impasse des Goélands, 56100 Lorient]], chez Mme [[PERSONNE:Morvan]], {{RSA}} personne seule. Elle ouvre avec son fils [[PERSONNE:Killian]], {{19 ans}} je note — non, {{20 ans}}, il corrige lui-meme.
Sur le parking une {{Clio}} grise immatriculee [[IMMATRICULATION:FK-238-QD]]. [[PERSONNE:Gwen]] la note sans rien dire. Dans la cuisine il regarde juste le frigo et les deux brosses a dents.
[[PERSONNE:Maryvonne Morvan]] (elle se presente par son prenom, « appelez-moi [[PERSONNE:Maryvonne]] ») explique que la voiture est a son ex, M. [[PERSONNE:Tanguy]], qui "passe prendre le petit" le week-end. Le petit, c'est [[PERSONNE:Killian]] justement.
[[PERSONNE:Gwen]] : « je ne suis pas la pour vous pieger, je verifie une situation ».
Duree : {{55 min}}. Ce que je retiens : {{le controle, c'est d'abord une conversation}}."""),
(CAF, AP, """file d'attente {{8h30}} devant la {{Caf}} deja {{23 personnes}}, il pleut, personne n'a de parapluie sauf un monsieur avec un parapluie {{PSG}}.
ouverture {{8h45}}.
borne en panne 🙄 ticket {{A047}}"""),
(CAF, AT, """Plateforme telephonique {{Caf}}, {{Saint-Brieuc}}. Je suis en double ecoute a cote de [[PERSONNE:Rose-Marie Tanguy]], 31 ans de maison, que tout le monde appelle « [[PERSONNE:Mamie Rose]] » (elle deteste).
Appel de {{11h02}} : une dame, [[PERSONNE:Hélène Corlay]], appelle pour sa fille [[PERSONNE:Maëlys]], {{22 ans}}, qui vient d'avoir un bebe. Elle lit le n° allocataire de la fille : [[N_ALLOCATAIRE:4410298]].
[[PERSONNE:Rose-Marie]] : « je ne peux parler qu'avec l'allocataire madame ». Silence. Puis la fille prend le telephone, derriere on entend le bebe et {{France Bleu Armorique}}.
[[PERSONNE:Maëlys]] donne sa date de naissance pour verifier : [[DATE_NAISSANCE:9 juin 2001]]… non, [[DATE_NAISSANCE:9 juin 2002]], elle rit, « je suis crevée ».
Objet : {{PAJE}}, {{prime à la naissance}} pas arrivee. [[PERSONNE:Rose-Marie]] voit que l'acte de naissance manque. Elle explique le depot sur {{caf.fr}}, rubrique {{Mon Compte}}.
Mme [[PERSONNE:Corlay]] reprend le combiné pour dire merci. {{14 min}}.
Ce qui m'a frappe : elle a tout reformule trois fois, sans jamais s'impatienter."""),
(CAF, CSP, """controle {{Caf}} {{9h}}, appartement {{T3}} {{Villejean}}, [[ADRESSE:12 rue de Bourgogne, 35000 Rennes]].
l'allocataire dort encore.
le controleur ([[PERSONNE:Thierry]]) attend {{10 min}} dans la voiture en ecoutant {{RTL}}."""),
(CAF, AP, """Note d'elue (adjointe aux solidarites), apres la matinee a la {{Caf}} de {{Nantes}}, site {{Malakoff}}.
Le cas qui m'a le plus marquee : M. [[PERSONNE:Abdelkader Benali]] vient avec sa voisine, Mme [[PERSONNE:Josiane Benali]] — meme nom, aucun lien de parente, ils en rient tous les deux. Elle traduit l'arabe (il parle bien mais lit mal).
Il a recu un courrier : indu de {{1 240 €}} sur l'{{AAH}}. L'agent, [[PERSONNE:Franck Oliveira]], affiche le dossier [[N_ALLOCATAIRE:3392017]] et explique ligne par ligne.
[[PERSONNE:Abdelkader]] dit « mais je n'ai rien fait », [[PERSONNE:Josiane]] traduit « il n'a rien fait », alors que c'etait deja du francais. On rit.
Origine de l'indu : la pension d'invalidite versee par la {{Cpam}} n'avait pas ete declaree. [[PERSONNE:Franck]] propose un plan de remboursement a {{40 € par mois}}.
Mme [[PERSONNE:Benali]] (la voisine) demande si ca peut lui arriver aussi. [[PERSONNE:Franck]] : « seulement si vous avez une pension que vous ne declarez pas ».
Le chef d'agence, M. [[PERSONNE:Caradec]], passe dire bonjour, serre la main de tout le monde, repart.
{{35 min}} en tout. M. [[PERSONNE:Benali]] repart avec un echeancier, et un cafe offert par [[PERSONNE:Josiane]] au {{Café du Commerce}} d'en face, {{place Viarme}}."""),
(CAF, AT, """3 appels d'affilee pour la meme chose : {{prime d'activité}} qui baisse au trimestre. reponse type : « c'est calcule sur les {{3 derniers mois}} de revenus ». l'agent me montre {{mon-enfant.fr}} ?? non, {{caf.fr}} rubrique simulation. {{18 min}} d'attente moyenne aujourd'hui au {{3230}}"""),
(CAF, AP, """guichet {{4}}.
Mme [[PERSONNE:Oumou Keita]] veut changer de RIB
nouvelle banque {{Nickel}} (ouverte au {{tabac}} de la {{place de Bretagne}})
elle tend la feuille, l'agent tape [[IBAN:FR76 2004 1082 4248 6907 4513 040]]
et relit a voix haute chiffre par chiffre, elle suit avec le doigt
ok en {{6 min}}, elle dit « merci mon fils » a l'agent qui a 50 ans 😂"""),
(CAF, CSP, """Controle sur place avec [[PERSONNE:Delphine]], controleuse assermentee {{Caf}} depuis 2009 (ses collegues : « [[PERSONNE:Delph]] », ou « la shérif » pour rire).
Adresse : [[ADRESSE:Résidence Les Hortensias, bât. C, apt 14, 3 allée Jean Zay, 35200 Rennes]]. Quartier {{Le Blosne}}, on se gare devant le {{Carrefour City}}.
Allocataire : M. [[PERSONNE:Dos Santos]], declare isole avec deux enfants. Au fond du couloir, une voix de femme. C'est sa soeur [[PERSONNE:Lourdes]], arrivee de {{Porto}} pour garder les petits pendant qu'il travaille de nuit chez {{Amazon}}.
[[PERSONNE:Delphine]] demande les justificatifs : bail, quittances de {{Néotoa}} — non, pardon, le bailleur c'est {{Espacil}} —, avis d'imposition.
[[PERSONNE:Lourdes]] montre son billet {{Ryanair}} retour, pour le {{15 août}}, juste apres le pelerinage a {{Lourdes}} ou elle va avec sa paroisse. (j'ai souri, elle aussi.)
M. [[PERSONNE:Dos Santos]] : « elle n'habite pas ici, elle est de passage ». [[PERSONNE:Delphine]] note tout, sans commentaire.
Verdict sur place : rien. La decision se fera au service.
Ce que je retiens : la controleuse regarde autant les gens que les papiers."""),
(CAF, AT, """appel d'une maman, elle donne son mail pour recevoir l'attestation : [[EMAIL:lea.guillou35@orange.fr]] — l'agente ([[PERSONNE:Aurore]]) : on n'envoie pas par mail, tout est sur l'espace {{Mon Compte}} 🤷"""),
(CAF, AP, """Reflexion a chaud apres 3h a l'accueil de la {{Caf}} de {{Brest}}, {{rue de Siam}} :
- {{62 personnes}} recues entre {{8h30}} et {{12h}}
- {{1 seul}} agent en rendez-vous, {{2}} au pré-accueil, {{3 bornes}} dont une HS
- motifs : {{RSA}}, {{APL}}, {{prime d'activité}}, {{ASF}}, deux {{AAH}}, un {{complément familial}}
- beaucoup de gens viennent juste pour imprimer une attestation → on leur montre l'appli {{Caf - Mon Compte}}
- un monsieur demande si la Caf a un lien avec « le {{Crédit Agricole}} » (non)
- pas un seul interprete disponible, on passe par {{Google Traduction}}
Je repense au film {{Moi, Daniel Blake}} de {{Ken Loach}} : ici c'est moins dur, mais la question est la meme."""),
(CAF, CSP, """visite {{14h30}} [[ADRESSE:La Ville-Hervé, 22400 Lamballe]] (lieu-dit, pas de numero).
le chien {{Tyson}} aboie, l'allocataire [[PERSONNE:Ronan Le Cam]] sort en bottes.
controle {{ressources agricoles}}, {{MSA}} ?? non c'est bien {{Caf}}."""),
(CAF, AP, """Ticket {{B112}}, attente {{47 min}}.
un jeune, [[PERSONNE:Enzo]], {{20 ans}}, veut son propre dossier {{APL}} pour le studio {{Crous}} de {{Beaulieu}}
agent : « t'as ta carte vitale ? »
il a que sa {{CNI}} : [[IDENTIFIANT:X4RT7C2K9]]
et son numero de secu de tete, fierement : [[NIR:1 04 06 35 238 163 41]]
ok ca suffit pour commencer. il repart avec la liste des pieces sur un post-it {{Post-it}} jaune"""),
(CAF, AT, """Compte rendu – double ecoute au {{3230}}, jeudi.
{{10h31}} Appel de M. [[PERSONNE:Jean-Baptiste Noël]], {{64 ans}}, qui s'occupe de sa petite-fille [[PERSONNE:Lilou]] depuis que la mere est partie en {{Espagne}}. Il voudrait l'{{ASF}}.
L'agente, [[PERSONNE:Myriam Saïdi]], demande le numero allocataire : il n'en a pas. Il lit alors son numero de secu en s'arretant a chaque paquet : [[NIR:1 60 04 2B 033 012 48]]. Il precise « le 2B c'est la Corse, je suis de {{Bastia}} ».
[[PERSONNE:Myriam]] explique que pour l'ASF il faut que la petite soit a sa charge. Elle lui donne un rdv au site de {{Quimper}} le {{mardi 14}} a {{9h}}.
Il demande au passage s'il a droit a la {{prime de Noël}} ; [[PERSONNE:Myriam]] rit : « ca c'est pour le {{RSA}}, monsieur [[PERSONNE:Noël]], pas pour vous ».
Il rit aussi : « avec un nom pareil ! ».
La collegue de [[PERSONNE:Myriam]], [[PERSONNE:Solenn]], me glisse qu'il rappelle tous les quinze jours depuis {{mars}}."""),
(CAF, CSP, """Controle {{Caf}} « vie maritale » — je suis en retrait, carnet a la main.
Controleur : [[PERSONNE:Patrick Le Goff]]. Allocataire : Mme [[PERSONNE:Mélanie Le Goff]]. Aucun lien, meme nom ; il l'a signale a sa hierarchie avant de venir (procedure).
Adresse : [[ADRESSE:22 bis rue du Calvaire, 29200 Brest]]. Devant, un utilitaire [[IMMATRICULATION:EZ-481-LM]] et une moto, plaque [[IMMATRICULATION:GT 904 RS]].
Mme [[PERSONNE:Le Goff]] : l'utilitaire c'est celui de son frere, [[PERSONNE:Kevin]], qui bosse chez {{Leroy Merlin}} et se gare la parce que c'est gratuit.
[[PERSONNE:Patrick]] demande a voir la chambre, il y a un seul oreiller. Il note « un couchage ».
Mme [[PERSONNE:Le Goff]] ([[PERSONNE:Mélanie]], elle prefere) demande si elle risque de perdre l'{{ASF}}. [[PERSONNE:Patrick]] ne repond pas sur le fond : « je transmets, c'est le service qui decide ».
Sur le frigo, une photo de vacances a {{Pornic}} et un aimant {{Ouest-France}}.
{{40 min}}. Dans la voiture il me dit : « le plus dur c'est quand les gens ont honte »."""),
(CAF, AP, """agent : « vous avez l'appli ? » dame : « j'ai un {{Nokia}} » 😂 → impression de l'attestation {{quotient familial}} au {{guichet 2}}, {{3 min}}"""),
(CAF, AT, """monsieur a l'accent belge, veut que l'{{APL}} soit versee sur son compte {{ING}} : [[IBAN:BE28 6255 4174 0320]].
l'agente refuse : compte etranger ?? non, zone {{SEPA}} ok, elle se corrige.
il habite {{Tourcoing}}, travaille a {{Mouscron}}."""),
(CAF, AP, """{{Caf}} du {{Nord}}, site de {{Roubaix}}, matin de marche.
Mme [[PERSONNE:Fatoumata Camara]] arrive avec ses trois enfants — [[PERSONNE:Ibrahim]] ({{9 ans}}), [[PERSONNE:Awa]] ({{6 ans}}), [[PERSONNE:Moussa]] (bebe) — et sa mere qui ne parle que soninké. Le grand, [[PERSONNE:Ibrahim]], traduit pour sa grand-mere, sa mere traduit pour l'agent. Trois langues a un guichet.
L'agent : [[PERSONNE:Grégory Vanhoutte]], surnomme « [[PERSONNE:Greg le Ch'ti]] » par les collegues (il vient de {{Valenciennes}}).
Demande : changement de situation, le pere ([[PERSONNE:Mamadou Camara]]) est reparti au {{Mali}} depuis {{janvier}}. Elle donne son numero de dossier : [[N_ALLOCATAIRE:6620471]].
[[PERSONNE:Greg]] : « et votre telephone ? » — [[TELEPHONE:07 81 24 66 19]]. Il relit a voix haute : « [[TELEPHONE:zero sept, quatre-vingt-un, vingt-quatre, soixante-six, dix-neuf]] ». C'est bon.
Ensuite l'{{ASF}}, le {{RSA majoré}}... [[PERSONNE:Greg]] ouvre trois onglets. {{50 min}} au guichet.
[[PERSONNE:Awa]] s'est endormie sur les chaises {{Ikea}} jaunes de l'espace enfants."""),
(CAF, CSP, """2e visite de la journee, [[ADRESSE:camping Les Mouettes, emplacement 41]], {{Carnac}}. mobil-home, {{RSA}} depuis 2022. Mme [[PERSONNE:Quéré]] offre un cafe, le controleur accepte."""),
(CAF, AP, """Samedi matin exceptionnel « rentree scolaire » a la {{Caf}} de {{Vannes}}. Je suis avec l'agente [[PERSONNE:Capucine Jégo]] (oui, [[PERSONNE:Capucine]], « comme la fleur », elle l'a dit trois fois a des usagers dans la matinee).
Une dame arrive avec le cartable de sa fille sur le dos : Mme [[PERSONNE:Leclerc]], qui vient pour l'{{ARS}} ({{allocation de rentrée scolaire}}). Elle a fait les courses au {{Leclerc}} de {{Kercado}} la veille et montre le ticket, {{186,40 €}}.
[[PERSONNE:Capucine]] ne peut pas s'empecher : « [[PERSONNE:Leclerc]] chez Leclerc ! ». Mme [[PERSONNE:Leclerc]] : « on me la fait a chaque fois ».
Son fils [[PERSONNE:Nathan]] aura {{16 ans}} en septembre ; il est ne le [[DATE_NAISSANCE:02/09/2008]], donc encore dans les clous (l'ARS va jusqu'a {{18 ans}}).
Dossier : [[N_ALLOCATAIRE:5178302]]. Tout a ete verse le {{20 août}}, sauf pour [[PERSONNE:Nathan]] : le certificat de scolarite du lycee {{Lesage}} manque.
[[PERSONNE:Capucine]] imprime la liste, surligne au fluo jaune. {{12 min}}."""),
(CAF, AT, """{{11h}}–{{12h}} : 9 appels. 4 sur le {{RSA}}, 2 {{APL}}, 1 demenagement, 1 «c'est quoi le {{QF}}», 1 monsieur qui voulait la {{Cpam}} en fait. transfert vers le {{3646}}."""),
(CAF, CSP, """Controle {{Caf}} a {{Saint-Malo}}, quartier {{La Découverte}}. Controleur : M. [[PERSONNE:Hervé Rouxel]]. Il m'explique dans la voiture qu'il a choisi ce metier apres {{15 ans}} a la {{Banque Postale}}.
Allocataire : Mme [[PERSONNE:Sandrine Bouvier]], [[ADRESSE:5 rue des Corsaires, apt 32, 35400 Saint-Malo]], declare vivre seule avec sa fille [[PERSONNE:Jade]].
Sur la boite aux lettres deux noms : « [[PERSONNE:BOUVIER]] / [[PERSONNE:PIRIOU]] ». [[PERSONNE:Hervé]] demande. Mme [[PERSONNE:Bouvier]] : « [[PERSONNE:Piriou]] c'est mon ancien compagnon, il est parti en 2021, j'ai jamais change l'etiquette ».
Elle appelle l'ex devant nous, haut-parleur ; il confirme habiter a {{Dinan}} et donne son adresse : [[ADRESSE:14 rue de l'Horloge, Dinan]].
[[PERSONNE:Hervé]] lui demande un numero pour le rappeler si besoin : [[TELEPHONE:06 62 18 40 73]].
[[PERSONNE:Jade]], {{11 ans}}, fait ses devoirs sur la table : un expose sur {{Surcouf}}.
[[PERSONNE:Hervé]] : « l'etiquette, je la note, mais ca ne prouve rien ». {{35 min}}."""),
(CAF, AP, """jeune papa, [[PERSONNE:Théo]], vient declarer la naissance de [[PERSONNE:Olive]] (!)
née le [[DATE_NAISSANCE:3 février]]
hmm date sans annee sur le formulaire...
l'agent lui fait rajouter l'annee
il dit « on l'a appelee comme ca a cause de l'{{huile d'olive}} de sa grand-mere » 🫒
{{PAJE}} + {{prime à la naissance}}, dossier complet en {{15 min}}"""),
(CAF, AT, """Appel sortant : l'agente [[PERSONNE:Ophélie Marchand]] rappelle une allocataire qui a laisse 4 messages, Mme [[PERSONNE:Nancy Delattre]].
[[PERSONNE:Nancy]] (comme la ville, elle le dit elle-meme : « [[PERSONNE:Nancy]] comme {{Nancy}} ») est en colere : son {{RSA}} n'est pas tombe le {{5}}.
[[PERSONNE:Ophélie]] ouvre le dossier [[N_ALLOCATAIRE:7724015]] : la {{DTR}} trimestrielle n'a pas ete faite. « Vous l'avez pas remplie en {{juillet}} ».
Mme [[PERSONNE:Delattre]] : « c'est mon fils qui fait tout sur internet, [[PERSONNE:Dylan]], il est au {{service militaire}}... enfin au {{SNU}} ».
[[PERSONNE:Ophélie]] propose de la faire ensemble au telephone : questions une par une, salaire {{0 €}}, pension alimentaire versee par l'ex ({{150 €}}). Elle verifie aussi le RIB : [[IBAN:FR76 1830 6004 0388 3232 3553 850]].
[[PERSONNE:Nancy]] donne son mail pour l'accuse : [[EMAIL:nancy.delattre59 arobase gmail point com]].
Fin d'appel {{22 min}}. [[PERSONNE:Ophélie]], en raccrochant : « elle va l'avoir le {{10}} »."""),
(CAF, AP, """la borne propose {{6 langues}}, pas l'arabe ni le turc. l'agent d'accueil dit qu'ils l'ont demande « depuis {{Hollande}} ». 😶 {{espace numérique}} : {{4 postes}}, {{1 imprimante}}."""),
(CAF, CSP, """controle ressources chez M. [[PERSONNE:Guillaume Perrot]], [[ADRESSE:48 avenue de la Paix, 44600 Saint-Nazaire]].
il a un compte {{Vinted}} ou il vend beaucoup, pseudo [[IDENTIFIANT:@guigui_vintage44]].
le controleur demande les releves.
« c'est les fringues de mes gosses »."""),
(CAF, AT, """une dame veut que sa fille [[PERSONNE:Marine]] soit rattachee au dossier (etudiante a {{Angers}}).
l'agente demande la date de naissance : [[DATE_NAISSANCE:2003-11-27]]
lue comme ca, « [[DATE_NAISSANCE:deux mille trois tiret onze tiret vingt-sept]] » 😄
(j'ai failli ecrire « bleu marine » dans mes notes, fatigue)
rattachement impossible au-dela de {{20 ans}} pour les {{allocations familiales}}, mais ok pour l'{{APL}} a part
{{9 min}}"""),
(CAF, AP, """Note de l'elu referent, apres ma demi-journee au {{Point d'accueil Caf}} de {{Fougères}} (mairie annexe).
Un couple de retraites, M. et Mme [[PERSONNE:Lemoine]], vient pour leur petit-fils [[PERSONNE:Jordan]], {{17 ans}}, qu'ils hebergent depuis que leur fille est incarceree a {{Rennes}}. [[PERSONNE:Jordan]] porte des {{Air Jordan}} neuves, la grand-mere le fait remarquer, tout le monde rit sauf lui.
L'agente, [[PERSONNE:Véronique Hamon]] (« [[PERSONNE:Véro]] »), cherche si les grands-parents peuvent toucher les {{allocations familiales}} pour lui. Pour un seul enfant : non. {{ASF}} : oui, peut-etre.
M. [[PERSONNE:Lemoine]] ([[PERSONNE:Bernard]]) sort une chemise avec tout : livret de famille, jugement de delegation d'autorite parentale, RG [[IDENTIFIANT:23/01874]].
Leur avocate, Me [[PERSONNE:Anne-Sophie Riou]], a laisse son numero sur un post-it : [[TELEPHONE:02 99 41 27 63]]. [[PERSONNE:Véro]] ne l'appelle pas, pas necessaire.
Mme [[PERSONNE:Lemoine]] ([[PERSONNE:Gisèle]]) : « on voulait juste savoir si on fait bien ». [[PERSONNE:Véro]] : « vous faites tres bien ».
Je note que personne ne parle de la mere. Elle n'est nommee qu'une fois, [[PERSONNE:Audrey]], par le grand-pere, tres bas."""),
(CAF, AT, """pause cafe {{10h30}} en salle de repos : les agents parlent de {{Koh-Lanta}} et du match du {{Stade Rennais}}. retour sur la plateforme {{10h45}}, {{37 appels}} en file."""),
(CAF, CSP, """Visite a domicile avec le controleur [[PERSONNE:Mathieu Gicquel]] ([[PERSONNE:Matt]]), {{Caf}} d'{{Ille-et-Vilaine}}.
Motif : signalement (il deteste ce mot, il dit « une information recue »). Allocataire : M. [[PERSONNE:Sébastien Valence]], [[ADRESSE:La Touche, 35160 Montfort-sur-Meu]], ancienne longere.
Il parait que M. [[PERSONNE:Valence]] vit avec une compagne. Il nous recoit avec sa mere, Mme [[PERSONNE:Odette Valence]], {{81 ans}}, qui vit la depuis toujours.
Dans la cour : une {{Mercedes}} classe A immatriculee [[IMMATRICULATION:DR-762-XN]] — c'est celle de Mme [[PERSONNE:Valence]] mere, elle ne conduit plus, « c'est la voiture de mon [[PERSONNE:Marcel]] ».
[[PERSONNE:Sébastien]] est ne a {{Valence}} (Drôme) — « d'ou le nom, enfin non, c'est un hasard ». [[PERSONNE:Mathieu]] rit.
Pas de compagne, un chat ({{Moustache}}), deux chambres separees. [[PERSONNE:Mathieu]] coche.
{{45 min}}. Dans la voiture : « l'information recue, c'etait le voisin, il y a un conflit de haie »."""),
(CAF, AP, """Mme [[PERSONNE:Yilmaz]] et sa fille [[PERSONNE:Elif]] ({{15 ans}}, elle traduit le turc).
demande de {{prime de déménagement}}
nouvelle adresse : [[ADRESSE:3 square de Tregor, 35200 Rennes]]
l'agent tape, se trompe de code postal (35000), corrige
[[PERSONNE:Elif]] : « c'est a cote du metro {{Triangle}} »
{{20 min}}, il manque la facture du demenageur {{Demeco}}"""),
(CAF, AT, """Appel de {{15h20}}, plateforme de {{Lorient}}. Agent : [[PERSONNE:Yann Le Floch]], ancien marin, voix tres posee.
L'appelante, Mme [[PERSONNE:Ana Pereira]], vit au {{Portugal}} une partie de l'annee. Elle parle de sa pension de reversion... non, ca c'est la {{Carsat}}. [[PERSONNE:Yann]] la recadre gentiment : « ici c'est la {{Caf}} madame, pour l'{{AAH}} ».
Elle veut changer de compte : nouvel IBAN portugais, qu'elle lit en portugais puis en francais : [[IBAN:PT50 0033 7022 6430 4009 9755 3]].
[[PERSONNE:Yann]] : « il faut aussi le RIB papier en piece jointe ». Elle a une fille en France, [[PERSONNE:Sofia]], qui scannera. Mail de [[PERSONNE:Sofia]] : [[EMAIL:sofia.pereira.lor@laposte.net]].
Verification d'identite : NIR lu par Mme [[PERSONNE:Pereira]], [[NIR:2 83 01 99 350 077 59]]. « 99 350, c'est le {{Maroc}} ? » demande [[PERSONNE:Yann]] — « oui, je suis nee a {{Casablanca}}, de parents portugais ».
{{19 min}}. [[PERSONNE:Yann]] me dit qu'un tiers des appels de l'apres-midi viennent de l'etranger."""),
(CAF, CSP, """entre deux visites : {{45 km}} de route, un sandwich {{Boulangerie Ange}}, et le controleur m'explique la {{charte du contrôle}} (« vous avez le droit d'etre accompagne »). {{3 visites}} prevues, {{1 absent}}."""),
(CAF, AP, """Moment suspendu a la {{Caf}} de {{Quimper}}, {{11h50}}.
Un homme tres age, M. [[PERSONNE:Corentin Kerhervé]], vient avec son voisin, [[PERSONNE:Loïc]], qui a la procuration. Il veut « rendre l'argent » : il a recu {{3 mois}} d'{{APL}} alors qu'il est parti a l'{{EHPAD Les Jardins de l'Odet}} le {{1er mars}}.
L'agente [[PERSONNE:Gaëlle Nédélec]] cherche : dossier [[N_ALLOCATAIRE:1049986]], adresse encore au [[ADRESSE:11 rue Kéréon, 29000 Quimper]].
[[PERSONNE:Gaëlle]] explique qu'il n'a rien a rendre tout de suite, la Caf recalculera. M. [[PERSONNE:Kerhervé]] insiste, il a l'argent en liquide dans une enveloppe {{La Poste}}.
[[PERSONNE:Loïc]] le calme en breton. [[PERSONNE:Gaëlle]] : « gardez votre enveloppe, monsieur [[PERSONNE:Kerhervé]], vraiment ».
Le responsable de site, M. [[PERSONNE:Thomas]] (c'est son nom de famille, il precise toujours), vient confirmer.
Je repars avec cette image : un homme de {{94 ans}} qui veut rendre {{612 €}} qu'on ne lui demande pas."""),
(CAF, AT, """appelant, tres poli, demande Mme [[PERSONNE:Dupuis]]
« c'est elle qui suivait mon dossier depuis {{2019}} »
→ partie a la retraite en {{juin}}, l'agent ne dit pas ou
il est decu, « elle connaissait ma vie »
l'agent note le n° de rappel : [[TELEPHONE:+33 6 47 90 12 58]]
rappel promis sous {{48h}} par le {{pôle RSA}}"""),
(CAF, CSP, """Note pour la commission sociale : j'ai accompagne un controle {{Caf}} chez une assistante maternelle, Mme [[PERSONNE:Stéphanie Gauthier]], [[ADRESSE:2 chemin de la Prée, 44240 La Chapelle-sur-Erdre]].
Controleuse : [[PERSONNE:Isabelle Cadiou]]. Objet : verifier les declarations {{Pajemploi}} pour le {{CMG}}.
Quatre enfants gardes ce jour-la : [[PERSONNE:Timéo]], [[PERSONNE:Léna]], [[PERSONNE:Noah]] et [[PERSONNE:Victoire]]. Une maman passe chercher [[PERSONNE:Victoire]] a {{16h}}, Mme [[PERSONNE:Bellec]], infirmiere de nuit au {{CHU de Nantes}}.
[[PERSONNE:Isabelle]] regarde le cahier de presences, tout est tenu au stylo {{Bic}} 4 couleurs. Numero d'agrement {{PMI}} affiche : [[IDENTIFIANT:AGR-44-2019-0732]].
Mme [[PERSONNE:Gauthier]] s'inquiete pour « son » {{complément de libre choix du mode de garde}}... non, ce n'est pas elle qui le touche, ce sont les parents. [[PERSONNE:Isabelle]] le lui rappelle.
{{1h05}} de visite, dont {{20 minutes}} a regarder les dessins des enfants."""),
(CAF, AP, """{{12h10}} : l'agent d'accueil ferme la porte, {{14 personnes}} encore dedans. il dit « on finit tout le monde ». reouverture {{13h30}}. dans la file un monsieur lit {{L'Équipe}}, un autre {{Le Petit Prince}} en arabe"""),
(CAF, AT, """rappel d'une allocataire : « Mme [[PERSONNE:Ferreira]], je vous epelle : [[PERSONNE:F-E-R-R-E-I-R-A]] ». n° alloc [[N_ALLOCATAIRE:2206651]]. question : {{APL}} au {{foyer Adoma, chambre 8}} ? oui, {{APL foyer}}."""),
(CAF, AP, """Dernier usager de la matinee, {{Caf}} des {{Bouches-du-Rhône}}, accueil de {{La Joliette}}. M. [[PERSONNE:Oleksandr Bondarenko]], arrive d'{{Ukraine}} en 2022, avec sa femme [[PERSONNE:Iryna]] et leur fils [[PERSONNE:Maksym]].
Interprete par telephone, service {{ISM Interprétariat}} : une voix de femme, « [[PERSONNE:Natalia]] », qui traduit en ukrainien et en russe selon qui parle.
L'agent, [[PERSONNE:Rachid Belkacem]], demande l'{{APS}} de protection temporaire : il tape [[IDENTIFIANT:1302245871]].
[[PERSONNE:Iryna]] corrige, il manque un chiffre : [[IDENTIFIANT:13022458719]]. [[PERSONNE:Rachid]] recommence la saisie.
Probleme : l'{{ADA}} ({{OFII}}) s'est arretee, le {{RSA}} n'est pas ouvert. [[PERSONNE:Rachid]] verifie : protection temporaire = droit au RSA, oui.
[[PERSONNE:Maksym]], {{8 ans}}, dessine un drapeau bleu et jaune et un logo de l'{{Olympique de Marseille}} en dessous.
{{1h10}} au guichet, interprete comprise. [[PERSONNE:Rachid]], apres : « sans [[PERSONNE:Natalia]] je n'y arrivais pas »."""),
# ---- Cpam ------------------------------------------------------------------------------
(CPAM, AP, """Recit — {{Cpam}} d'{{Ille-et-Vilaine}}, agence de {{Cleunay}}, mardi.
{{9h15}}. Une jeune femme, [[PERSONNE:Inès Haddad]], enceinte de {{7 mois}}, avec son compagnon [[PERSONNE:Mehdi]] et la mere d'[[PERSONNE:Inès]], Mme [[PERSONNE:Haddad]] elle aussi (« [[PERSONNE:Yamina]] », elle se presente comme ca a tout le monde, meme a moi).
Ils viennent parce que la {{carte Vitale}} d'[[PERSONNE:Inès]] a ete avalee par une borne de pharmacie (!) et que la {{déclaration de grossesse}} n'apparait pas sur {{ameli}}.
L'agent d'accueil, [[PERSONNE:Baptiste Renaud]], demande le numero de secu : [[PERSONNE:Inès]] le dicte, [[NIR:2 95 06 44 109 331 58]], et precise « je suis nee a {{Nantes}}, le [[DATE_NAISSANCE:17 juin 1995]] ».
[[PERSONNE:Baptiste]] retrouve la declaration : envoyee par la sage-femme, Mme [[PERSONNE:Prigent]], mais rattachee a un ancien numero provisoire.
[[PERSONNE:Mehdi]] demande s'il peut etre « reconnu » comme pere avant la naissance : [[PERSONNE:Baptiste]] l'oriente vers la mairie, {{reconnaissance anticipée}}.
[[PERSONNE:Yamina]] sort une boite de gateaux de l'{{Aïd}}, en offre a tout le guichet. [[PERSONNE:Baptiste]] refuse poliment... puis en prend un.
Nouvelle carte commandee, attestation imprimee. {{28 min}}."""),
(CPAM, AT, """{{3646}}, {{9h02}}.
monsieur : remboursement couronne, il a paye {{540 €}}, rembourse {{84,18 €}}.
agente ([[PERSONNE:Laëtitia]]) : « et votre mutuelle ? » il dit {{Harmonie Mutuelle}}, n° adherent [[IDENTIFIANT:HM 0459 2281]].
elle lui conseille de les appeler direct."""),
(CPAM, CSP, """Controle d'arret de travail a domicile, avec l'agent enqueteur de la {{Cpam}}, M. [[PERSONNE:Didier Joubert]] (« [[PERSONNE:Doudou]] » au service, il assume).
{{10h30}}, [[ADRESSE:17 rue Pasteur, 56000 Vannes]], 2e etage sans ascenseur. Assure : M. [[PERSONNE:Florian Jaffré]], en arret pour lombalgie depuis {{3 semaines}}, heures de presence obligatoire {{9h-11h}} et {{14h-16h}}.
Il ouvre en pyjama {{Decathlon}}. Sa compagne, [[PERSONNE:Marion]], est la aussi, elle travaille de nuit a la clinique {{Océane}}.
[[PERSONNE:Didier]] verifie l'identite (carte Vitale), note la presence, demande si le traitement se passe bien. Rien d'autre : « je ne suis pas medecin, je constate ».
[[PERSONNE:Florian]] s'inquiete parce que son employeur, {{Transports Le Goff}}, lui a dit qu'un medecin « de l'entreprise » passerait aussi ({{contre-visite patronale}}). [[PERSONNE:Didier]] explique la difference.
[[PERSONNE:Marion]] : « ils croient qu'il fait semblant ». [[PERSONNE:Florian]] : « je peux meme pas mettre mes chaussettes ».
{{12 min}} sur place. Dans la voiture, [[PERSONNE:Didier]] : « 9 fois sur 10, les gens sont la »."""),
(CPAM, AP, """borne {{ameli}} : « inserez votre {{carte Vitale}} » → personne n'a sa carte. 3 personnes sur 5 viennent pour l'{{attestation de droits}}. pre-accueil {{2 agents}}, l'apres-midi {{sur rendez-vous uniquement}}."""),
(CPAM, AT, """Double ecoute au {{3646}} avec [[PERSONNE:Fabienne Le Gall]], teleconseillere, plateforme de {{Saint-Brieuc}}.
Appel de {{14h07}} : Mme [[PERSONNE:Chantal Morel]], {{72 ans}}, nee a {{Brest}}. Son mari [[PERSONNE:Gérard]] est hospitalise a l'hopital {{Yves-Le Foll}} et c'est lui qui « faisait les papiers ».
Elle lit d'abord le numero de sa carte de mutuelle ({{MGEN}} n° [[IDENTIFIANT:2190463578]]) au lieu du numero de secu. [[PERSONNE:Fabienne]] le lui fait remarquer, sans la brusquer.
Elle retrouve sa carte Vitale : [[NIR:2 52 07 29 019 213 69]]. [[PERSONNE:Fabienne]] verifie : « vous etes bien nee en [[DATE_NAISSANCE:juillet 52]] ? » — oui.
Objet : remboursement des trajets en {{VSL}}... non, en {{taxi conventionné}}, pour ses seances de {{dialyse}} a elle. Bon de transport pas rempli par le nephrologue, le Dr [[PERSONNE:Salaün]].
[[PERSONNE:Fabienne]] lui dicte quoi faire : demander une {{prescription médicale de transport}}, l'envoyer a la {{Cpam}} des {{Côtes-d'Armor}}.
{{16 min}}. Mme [[PERSONNE:Morel]] : « vous etes gentille, comment vous vous appelez ? » — « [[PERSONNE:Fabienne]] ». Elle note sur le dos d'une enveloppe."""),
(CPAM, CSP, """controle arret {{15h10}}, [[ADRESSE:Résidence du Parc, bat B, 4 rue Victor Hugo, 29200 Brest]].
personne.
avis de passage dans la boite.
l'enqueteur ([[PERSONNE:Yoann]]) : « c'est peut-etre le {{kiné}} ».
retour prevu demain"""),
(CPAM, AP, """Note d'elue : {{Cpam}} du {{Morbihan}}, accueil de {{Lorient}}, jeudi matin.
La scene : trois generations de la famille [[PERSONNE:Guillemot]] au {{guichet 3}}. Le grand-pere, [[PERSONNE:Marcel Guillemot]], veut resilier sa {{Complémentaire santé solidaire}} parce qu'il « ne veut pas etre un assiste ». Sa fille [[PERSONNE:Anne]] essaie de le convaincre, son petit-fils [[PERSONNE:Maël]] filme avec son {{iPhone}} (on lui demande d'arreter).
L'agent, [[PERSONNE:Kévin Le Dréau]] ([[PERSONNE:KLD]] sur les post-it de ses collegues), explique que la {{C2S}} n'est pas une aumone, c'est un droit ouvert selon les ressources : {{987 €}} de pension par mois.
M. [[PERSONNE:Guillemot]] : « ma pension c'est 987, ma femme c'etait 612 ». Sa femme, [[PERSONNE:Jeanne]], est decedee en {{novembre}}.
[[PERSONNE:Kévin]] : « alors justement, il faut mettre a jour ». Il faut l'acte de deces. [[PERSONNE:Anne]] l'a dans son sac.
[[PERSONNE:Kévin]] fait la mise a jour, garde la C2S. Le grand-pere repart en disant « bon, si c'est un droit ».
Je retiens : le mot « assiste » revient souvent chez les plus ages. Aucun agent ne le reprend, ils contournent."""),
(CPAM, AT, """temps d'attente annonce au {{3646}} : {{8 min}}. reel : {{21 min}}. la teleconseillere me dit que le lundi c'est « le pic des {{indemnités journalières}} ». messagerie {{ameli}} : {{40 %}} des contacts."""),
(CPAM, AP, """monsieur [[PERSONNE:Koffi]] (prenom ? nom ? il dit « [[PERSONNE:Koffi]] c'est tout »)
demande l'{{AME}}
passeport ivoirien [[IDENTIFIANT:20AB56213]], l'agente le photocopie
adresse de domiciliation : {{CCAS}} de {{Rennes}}, {{boîte 214}}
attestation d'hebergement ? non, il dort chez « un frere » a {{Maurepas}}
dossier parti en instruction, delai {{2 mois}}"""),
(CPAM, CSP, """Controle IJ a domicile a {{Lille-Sud}} avec Mme [[PERSONNE:Nadège Caron]], agente de controle {{Cpam}} depuis {{12 ans}}.
{{10h05}}. Adresse : [[ADRESSE:31 rue de Marquillies, 59000 Lille]]. Assuree : Mme [[PERSONNE:Sabrina Merabet]], arret maladie pour depression depuis {{avril}}. NIR sur la fiche : [[NIR:2 69 09 59 350 104 83]].
Personne ne repond. Une voisine du dessus, Mme [[PERSONNE:Dhont]], se penche : « elle est chez sa mere a {{Tourcoing}}, elle va pas bien ».
[[PERSONNE:Nadège]] laisse un avis de passage et appelle le numero du dossier : [[TELEPHONE:06 19 83 27 54]]. [[PERSONNE:Sabrina]] decroche, pleure. [[PERSONNE:Nadège]] reste {{10 minutes}} au telephone sur le trottoir.
Elle me dit apres : « le changement d'adresse pendant l'arret, elle ne savait pas qu'il fallait le declarer ». Elle note l'adresse de la mere : [[ADRESSE:8 rue de Lille, Tourcoing]].
Devant l'immeuble, un graffiti « {{Jul}} » et une affiche pour la fete de l'{{Aïd el-Kebir}}.
Pas de sanction a ce stade, un courrier. Je comprends que le controle sert aussi a « reprendre contact »."""),
(CPAM, AT, """appel : jeune femme change de banque pour ses {{IJ}}. IBAN dicte : [[IBAN:FR76 3000 4014 2590 7924 2209 666]]. la teleconseillere : « je ne peux pas le modifier par tel, deposez le RIB dans votre espace {{ameli}} ». dialogue de sourds, {{4 min}}."""),
(CPAM, AP, """Impressions generales, {{Cpam}} du {{Finistère}}, accueil de {{Quimper}}, pour le compte rendu du {{conseil départemental}} :
1. On vient surtout pour des papiers qu'on pourrait avoir en ligne ({{attestation de droits}}, {{relevé d'IJ}}), mais on vient quand meme : parler a quelqu'un.
2. Les agents jonglent entre {{ameli}}, le courrier, le telephone et les mails.
3. Trois personnes ce matin ont confondu la {{Cpam}} et la {{Carsat}}, une avec la {{MSA}}.
4. Le mot « {{Vitale}} » est prononce toutes les 2 minutes. Une dame appelle sa carte « ma verte ».
5. Dans la salle d'attente : affiche {{Mois sans tabac}}, affiche {{Octobre rose}}, et un poster {{M'T dents}}.
6. Personne n'a parle du {{Ségur}}, tout le monde a parle de {{Doctolib}} qui ne trouve pas de medecin traitant.
Question pour nous, elus : combien de {{médecins traitants}} manquent a {{Quimper}} ? On m'a dit « environ {{8 000 patients}} sans »."""),
(CPAM, CSP, """2e controle IJ : M. [[PERSONNE:Arnaud Thébault]] present, en bleu de travail ?! il dit qu'il a juste « enfile ce qu'il avait ».
l'enqueteur note sans commentaire.
[[ADRESSE:La Croix Verte, 35133 Lécousse]]."""),
(CPAM, AP, """Mme [[PERSONNE:Lucie Ménard]] vient declarer son medecin traitant
c'est le Dr [[PERSONNE:Olivier Jamet]], installe a {{Pacé}} depuis {{septembre}}
l'agent remplit le formulaire {{S3704}} avec elle
elle lit sa date de naissance sur sa CNI : [[DATE_NAISSANCE:05.12.1990]]
« on l'a trouve grace a une copine, sinon personne ne prenait »
{{7 min}}"""),
(CPAM, AT, """Appel sortant du service {{PRADO}} (retour a domicile apres hospitalisation). Conseillere : [[PERSONNE:Camille Roger]]. Patient : M. [[PERSONNE:Roger Camus]] (oui, [[PERSONNE:Camille Roger]] appelle [[PERSONNE:Roger Camus]] ; elle me fait un clin d'oeil).
M. [[PERSONNE:Camus]] precise d'ailleurs : « comme l'ecrivain, {{Albert Camus}}, mais je n'ai pas lu {{L'Étranger}} ».
Il a {{79 ans}}, il sort de l'orthopedie du {{CHU de Rennes}}, prothese de hanche. Sa fille [[PERSONNE:Laurence]] prend le relais au telephone, elle habite a {{Chartres}}.
[[PERSONNE:Camille]] propose un infirmier liberal et un kine. [[PERSONNE:Laurence]] donne l'adresse du pere pour l'infirmier : [[ADRESSE:9 rue Saint-Melaine, 35000 Rennes]], 3e gauche.
Puis son numero a elle : [[TELEPHONE:06 33 71 08 24]] ; et le mail pour les comptes rendus : [[EMAIL:laurence.camus@free.fr]].
[[PERSONNE:Camille]] demande le nom du medecin traitant : Dr [[PERSONNE:Rolland]], « mais il part a la retraite en {{juin}} ».
Fin : {{17 min}}. [[PERSONNE:Camille]] : « le plus long c'est toujours de trouver un kine »."""),
(CPAM, CSP, """Visite de controle d'un arret de travail a {{Saint-Nazaire}}, avec [[PERSONNE:Alain Perrin]], agent assermente, {{58 ans}}, « le doyen » du service.
Assure : M. [[PERSONNE:Kamel Ziani]], soudeur aux {{Chantiers de l'Atlantique}}, en arret depuis {{6 semaines}} pour le poignet. [[ADRESSE:26 rue de la Ville-Halluard, 44600 Saint-Nazaire]].
Il est la, le bras dans le platre, devant la {{Coupe du monde}} de rugby sur {{TF1}}. Son fils [[PERSONNE:Rayan]] nous sert un the.
Une voiture arrive pendant la visite : [[IMMATRICULATION:GB-307-PZ]], c'est le frere, [[PERSONNE:Samir Ziani]], qui passe le chercher pour le {{kiné}} a {{11h}}.
[[PERSONNE:Alain]] verifie les horaires : 11h, en dehors des heures de presence, c'est autorise et justifie. OK.
[[PERSONNE:Kamel]] me demande qui je suis. Je dis « observatrice ». Il dit : « vous direz au ministre qu'on n'est pas des fraudeurs ».
[[PERSONNE:Alain]], en sortant : « je note aussi quand ca se passe bien. Personne ne le sait »."""),
(CPAM, AP, """pre-accueil {{8h30}}-{{12h}} : {{71 tickets}}. motifs principaux : {{carte Vitale}} (19), {{C2S}} (14), {{IJ}} (12), {{AME}} (7), rdv {{PFIDASS}} (3). la directrice passe a {{11h}} serrer des mains."""),
(CPAM, AT, """appel d'une infirmiere liberale, pb de {{télétransmission}} pour une patiente, Mme [[PERSONNE:Huet]], nee le [[DATE_NAISSANCE:12/08/1938]]. la telecons. transfere au {{service des professionnels de santé}}. {{6 min}}."""),
(CPAM, AP, """{{Cpam}} de la {{Seine-Saint-Denis}}, agence de {{Bobigny}}. Une femme afghane, Mme [[PERSONNE:Rahimi]], avec ses deux filles, [[PERSONNE:Shabnam]] et [[PERSONNE:Zahra]]. Le mari, [[PERSONNE:Ahmad]], est reste a {{Kaboul}}.
L'agente, [[PERSONNE:Sylvie Mendy]], appelle l'interprete dari du service {{ISM}}. Au bout du fil : « [[PERSONNE:Farid]] », ni nom ni ville.
Demande : la {{PUMa}} pour les filles. Mme [[PERSONNE:Rahimi]] presente son titre de sejour, {{AGDREF}} [[IDENTIFIANT:9301847265]], et le certificat de scolarite du college {{Jean Jaurès}}.
[[PERSONNE:Zahra]], {{14 ans}}, parle deja tres bien francais, elle coupe l'interprete : « c'est bon, je traduis ». [[PERSONNE:Farid]] rit au telephone.
[[PERSONNE:Sylvie]] demande la date de naissance de [[PERSONNE:Shabnam]] : [[DATE_NAISSANCE:01/01/2012]] — date fixee par convention, comme pour beaucoup de personnes nees en {{Afghanistan}}.
[[PERSONNE:Sylvie]] m'explique apres : « on a des centaines de {{1er janvier}} ».
{{42 min}}, dont {{15 min}} d'attente de l'interprete."""),
(CPAM, CSP, """tournee de controles {{IJ}} : {{6 adresses}}, {{4 présents}}, {{1 absent justifié}} (rdv {{radio}}), {{1 absent}}. {{92 km}}. l'agent ecoute {{Nostalgie}} entre chaque."""),
(CPAM, AP, """Fin de matinee a la {{Cpam}} de {{Loire-Atlantique}}, agence de {{Nantes Nord}}.
Un homme, M. [[PERSONNE:Christophe Martin]], vient avec son voisin de palier qui s'appelle [[PERSONNE:Martin]] lui aussi — [[PERSONNE:Martin Le Ray]], de prenom. Ils font la blague eux-memes : « [[PERSONNE:Martin]] et [[PERSONNE:Martin]] ».
M. [[PERSONNE:Martin]] ([[PERSONNE:Christophe]]) a perdu son emploi chez un sous-traitant d'{{Airbus}}, il veut savoir s'il garde ses droits maladie. L'agente, [[PERSONNE:Aurélie Tessier]], lui explique le {{maintien de droits}}.
Son numero : [[NIR:1 86 03 69 383 250 29]] — il dit « je suis de {{Lyon}}, 3e arrondissement, d'ou le 69 383 ».
[[PERSONNE:Martin Le Ray]], lui, est venu « pour l'accompagner, il se perd dans les papiers ». Puis il en profite pour demander sa {{carte européenne d'assurance maladie}}, depart a {{Lisbonne}} pour la {{Saint-Jean}}... non, la {{Saint-Antoine}}, le {{13 juin}}.
[[PERSONNE:Aurélie]] fait les deux. {{25 min}}."""),
(CPAM, AT, """appel d'un pharmacien de {{Vitré}} : patient sans carte vitale, droits fermes ?? la teleconseillere : il faut l'appli {{carte Vitale}} ou l'{{attestation de droits}}. le pharmacien : « il a {{87 ans}}, l'appli... » 🙃"""),
(CPAM, CSP, """Controle sur place — {{Cpam}} du {{Finistère}}, secteur {{Morlaix}}. Enqueteur : [[PERSONNE:Erwan Le Saout]] ([[PERSONNE:Erwan]] pour tout le monde, « [[PERSONNE:Le Saout]] » pour sa cheffe).
On va chez une assuree en arret longue maladie, Mme [[PERSONNE:Katell Cloarec]], [[ADRESSE:Kervéguen, 29600 Plourin-lès-Morlaix]]. Ferme isolee, trois chiens (dont {{Rex}} et {{Pirate}}).
Elle est la, avec son mari [[PERSONNE:Jean-Yves]], qui ne dit rien de toute la visite et repare un tracteur {{John Deere}}.
[[PERSONNE:Erwan]] verifie l'identite, NIR [[NIR:2 64 05 29 232 145 14]], puis qu'elle ne travaille pas sur l'exploitation. Elle : « je peux meme plus porter un seau ». [[PERSONNE:Jean-Yves]], sans se retourner : « c'est vrai ».
Elle donne son numero pour la suite : [[TELEPHONE:02 98 62 14 07]].
Sur la table : {{Le Télégramme}}, ouvert a la page des obseques.
[[PERSONNE:Erwan]] : « on a un controle par an ici, il faut les voir, ces gens-la ne viennent jamais en agence ».
{{50 min}} dont {{30}} de route."""),
(CPAM, AP, """gamin de {{16 ans}}, [[PERSONNE:Lenny]], seul
veut sa propre {{carte Vitale}} (« ma mere elle a tout garde »)
agente : « t'es ne quand ? » — « le [[DATE_NAISSANCE:4 du 10 2008]] »
elle sourit, ecrit [[DATE_NAISSANCE:04/10/2008]]
photo a faire au {{Photomaton}} de la {{gare}}, il revient dans {{20 min}}
il revient en {{12}} 😄"""),
(CPAM, AT, """Double ecoute, plateforme {{3646}} de {{Laval}}. Teleconseiller : [[PERSONNE:Sébastien Guérin]] (« [[PERSONNE:Seb]] » pour l'equipe).
Appel de M. [[PERSONNE:Mickaël Fournier]] : ses {{IJ}} sont bloquees depuis son accident de travail chez {{Lactalis}}. Il est en colere, il a lu sur {{Facebook}} que « la secu garde l'argent ».
[[PERSONNE:Seb]] lui demande son NIR pour ouvrir le dossier : [[NIR:1 80 02 53 130 211 26]]. M. [[PERSONNE:Fournier]] : « ne a {{Laval}}, en 80 ».
Le dossier : l'employeur n'a pas envoye l'attestation de salaire. [[PERSONNE:Seb]] : « c'est votre employeur qui bloque, pas nous ». M. [[PERSONNE:Fournier]] : « je vais appeler la DRH, Mme [[PERSONNE:Blanchard]] ».
Il donne un numero pour etre rappele : [[TELEPHONE:06 48 20 71 93]], « le 93 c'est a la fin, c'est bon ».
[[PERSONNE:Seb]] fait une relance employeur en direct.
Duree {{13 min}}. [[PERSONNE:Seb]], apres : « l'AT, c'est toujours l'employeur qui traine »."""),
(CPAM, AP, """{{Octobre rose}} : stand de la {{Ligue contre le cancer}} dans le hall, rubans roses, brochures {{dépistage}}. une dame prend 4 brochures « pour mes soeurs »."""),
(CPAM, CSP, """controle {{IJ}} {{11h20}} chez Mme [[PERSONNE:Aude Lefort]], [[ADRESSE:5 place des Lices, 35000 Rennes]], au-dessus du marche. presente. elle a un certificat du Dr [[PERSONNE:Bizien]]. {{5 min}}."""),
(CPAM, AT, """un monsieur a l'accent du sud demande sa {{CEAM}}, il part voir sa fille a {{Florence}}.
l'agente ([[PERSONNE:Florence]] ! 😄) lui dit qu'elle la commande.
mail de confirmation : [[EMAIL:j.pastor13@hotmail.fr]]"""),
(CPAM, AP, """{{Cpam}} de {{La Réunion}}, agence de {{Saint-Denis}} — je suis en reportage, j'ecris ca le soir.
Mme [[PERSONNE:Marie-Claire Payet]] arrive avec sa mere, [[PERSONNE:Marie-Thérèse Payet]], {{84 ans}}, et sa niece [[PERSONNE:Océane]] qui a pris sa journee. Trois femmes, meme nom, des prenoms qui se ressemblent, l'agent se melange.
L'agent : [[PERSONNE:Jean-Hugues Hoarau]], « [[PERSONNE:Jiji]] » pour ses collegues (je l'ai entendu crier « [[PERSONNE:Jiji]], telephone ! » dix fois).
Demande : la carte Vitale de la grand-mere n'est plus a jour, et sa {{complémentaire}} a saute. [[PERSONNE:Marie-Claire]] donne un numero de secu pour comparer : [[NIR:2 99 02 97 411 123 88]]... non, c'est celui d'[[PERSONNE:Océane]], elle a pris la mauvaise carte. Rires.
La grand-mere, elle, dit sa date de naissance en creole puis en francais : [[DATE_NAISSANCE:vingt-deux septembre mil neuf cent quarante]].
[[PERSONNE:Jiji]] retrouve tout : {{C2S}} a renouveler, dossier papier. Il imprime, surligne, agrafe.
Dehors il fait {{31 degrés}}, la clim de l'agence est en panne. Dans la file, tout le monde s'evente avec le {{Journal de l'île}}.
{{40 min}} au guichet."""),
(CPAM, AT, """le {{3646}} bascule sur la plateforme de {{Niort}} quand {{Rennes}} sature. je ne savais pas. les teleconseillers voient le compteur : {{52 en attente}}."""),
(CPAM, CSP, """Je tenais a voir un controle « arret maladie » de mes yeux. Agent : [[PERSONNE:Christine Lavigne]], {{Cpam}} du {{Morbihan}}.
{{14h10}}, [[ADRESSE:Lot. Le Clos Fleuri, 6 rue des Mésanges, 56850 Caudan]]. L'assure, M. [[PERSONNE:Jérôme Auffret]], est absent. Sa femme, Mme [[PERSONNE:Auffret]] ([[PERSONNE:Bénédicte]]), ouvre en blouse d'aide-soignante, elle part au travail.
« Il est chez le psychiatre, le Dr [[PERSONNE:Morvan]], a {{Lorient}} » ; elle montre le rendez-vous sur {{Doctolib}}.
[[PERSONNE:Christine]] note « absence justifiee, a verifier ». Elle appelle le cabinet devant nous : la secretaire confirme.
Sur le parking, un camping-car [[IMMATRICULATION:BT-552-AK]] — [[PERSONNE:Bénédicte]] : « on l'a plus utilise depuis qu'il est malade ».
[[PERSONNE:Christine]] : « vous direz a votre mari que tout va bien ».
Ce que je note : entre la suspicion et l'aide, le controle penche plutot vers l'aide. Je ne m'y attendais pas."""),
(CPAM, AP, """jeune couple, [[PERSONNE:Tom]] et [[PERSONNE:Manon]], viennent rattacher leur bebe [[PERSONNE:Gabin]] (ne le [[DATE_NAISSANCE:28/01/2024]]) aux deux cartes. agent : « sur les deux c'est possible ». ils ont un sac {{Tape à l'œil}}."""),
(CPAM, AT, """Ecoute a la plateforme {{Accompagnement santé}} de la {{Cpam}}. Conseillere : Mme [[PERSONNE:Patricia Nguyen]], « [[PERSONNE:Patou]] ».
Appelant : M. [[PERSONNE:Jean-Pierre Delorme]], {{62 ans}}, diabetique, renonce a ses soins dentaires « depuis {{Sarkozy}} », dit-il.
[[PERSONNE:Patou]] lui demande son numero : [[NIR:1 61 09 69 388 041 51]]. Il ajoute : « j'habite [[ADRESSE:40 rue de Brest, 35000 Rennes]], vous pouvez m'ecrire ».
Elle lui propose un bilan, l'oriente vers le {{centre de santé dentaire}} de la {{Mutualité}}, et vers l'assistante sociale de la {{Carsat}}, Mme [[PERSONNE:Lucas]].
M. [[PERSONNE:Delorme]] : « [[PERSONNE:Lucas]], c'est un prenom ». [[PERSONNE:Patou]] : « la, c'est un nom ».
Il veut recevoir les papiers par mail : [[EMAIL:jpdelorme.35@sfr.fr]].
{{26 min}}. [[PERSONNE:Patou]] dit que ce metier c'est « {{50 %}} d'ecoute, 50 % de tableur »."""),
(CPAM, CSP, """{{charte}} remise a l'assure a chaque visite. l'agent a son badge {{Assurance Maladie}} et sa carte d'agent assermente. il ne rentre jamais sans etre invite. regle n°1."""),
(CPAM, AP, """{{Cpam}} du {{Finistère}}, accueil de {{Brest}}. Une scene de famille que je n'oublierai pas.
M. [[PERSONNE:Youssef Amrani]], {{48 ans}}, en fauteuil depuis un AVC, avec sa femme [[PERSONNE:Latifa]], sa fille [[PERSONNE:Salma]] et une voisine, Mme [[PERSONNE:Kerneis]], qui les a conduits dans sa {{Twingo}}.
Objet : la pension d'invalidite et la {{MDPH}}. L'agente, [[PERSONNE:Morgane Le Roux]], dit tout de suite « la MDPH ce n'est pas nous, mais je vais vous aider a voir ce qui manque ».
[[PERSONNE:Salma]] lit la reference MDPH du dossier : [[IDENTIFIANT:MDPH29-2023-118472]]. Puis le NIR de son pere : [[NIR:1 75 11 99 352 118 75]], « il est ne en {{Algérie}}, a {{Oran}} ».
[[PERSONNE:Latifa]] ne parle pas, elle tient la main de son mari tout le temps.
[[PERSONNE:Morgane]] appelle son collegue du service invalidite, [[PERSONNE:Julien]], qui descend. [[PERSONNE:Julien]] et [[PERSONNE:Morgane]], cote a cote, bouclent le dossier en {{35 min}}.
Mme [[PERSONNE:Kerneis]] attend dans la voiture puis va chercher des {{croissants}} a la {{Boulangerie Kerneis}} ; elle me dit apres que c'est son cousin."""),
(CPAM, AT, """appel : « bonjour c'est [[PERSONNE:Marylou]] de la {{Pharmacie des Halles}} »
→ pro, pas usager
elle veut savoir si un patient a bien la {{C2S}}
l'agente : « on a pas le droit de parler des patients sans... »
→ transfert vers la ligne des {{professionnels de santé}}
{{2 min}}, la pharmacienne soupire fort"""),
(CPAM, CSP, """Controle arret maladie, {{Marseille}} {{13e}}. Enqueteuse : [[PERSONNE:Samia Bouzid]], accent marseillais, petite voix, dix ans de controles.
Assure : M. [[PERSONNE:Florent Ayache]], [[ADRESSE:Bât. 4, Cité Les Lauriers, 13013 Marseille]]. Ascenseur en panne, 9e etage. [[PERSONNE:Samia]] : « ca compte comme ma salle de sport ».
Il est la, avec son petit frere [[PERSONNE:Nassim]], {{16 ans}}, qui nous regarde en mangeant des {{Kinder}}.
[[PERSONNE:Florent]] est en arret pour une fracture du pied. Pied dans une attelle. [[PERSONNE:Samia]] coche, parle foot, {{OM}} contre {{PSG}} samedi.
Il demande s'il peut aller voir le match au {{Vélodrome}}. [[PERSONNE:Samia]] : « pas pendant les heures de presence, et demandez a votre medecin, le Dr [[PERSONNE:Chiche]] ».
Il donne son numero : [[TELEPHONE:07 66 12 90 38]] et, « au cas ou », l'ancien : [[TELEPHONE:06 12 66 09 83]].
{{15 min}} + {{9 étages}} a la descente."""),
(CPAM, AP, """enfant qui pleure dans la file, l'agent d'accueil sort une boite de {{Lego}} de sous le comptoir. silence instantane. « c'est ma botte secrete ». {{10h22}}."""),
(CPAM, AT, """la telecons. me montre un mail recu via {{ameli}}, signe « [[PERSONNE:P. Rivière]] », qui insulte tout le monde. procedure : signalement a la manager, [[PERSONNE:Nathalie]]."""),
(CPAM, AP, """Mme [[PERSONNE:Blanche Leroy]] veut le formulaire pour une {{ALD}}
son medecin c'est le Dr [[PERSONNE:Leroy]] aussi (« pas de la famille ! »)
elle en profite pour changer de RIB : [[IBAN:FR76 3000 2064 9287 0201 0446 734]]
l'agent relit les 4 derniers chiffres, elle confirme
elle a une robe blanche, je n'invente rien
{{12 min}}"""),
# ---- CCAS ------------------------------------------------------------------------------
(CCAS, AP, """Note d'elu — matinee a l'accueil du {{CCAS}} de {{Saint-Herblain}}, quartier {{Bellevue}}.
{{9h20}}. Mme [[PERSONNE:Monique Guérin]], {{77 ans}}, veuve, vient avec son petit-fils [[PERSONNE:Hugo]] pour une aide sur la facture d'electricite : {{412 €}} de regul.
L'agente, [[PERSONNE:Karine Tessier]] (« [[PERSONNE:Kaka]] », surnom qu'elle deteste, je l'ai appris a la pause), demande la facture : ref. client {{EDF}} [[IDENTIFIANT:60 0421 873 592]], PDL [[IDENTIFIANT:14295837461029]].
[[PERSONNE:Hugo]] dicte son numero a lui, pour etre rappele : [[TELEPHONE:06 07 45 81 32]]. Sa grand-mere : « moi je n'entends plus le telephone ».
[[PERSONNE:Karine]] monte un dossier pour la {{commission d'aide facultative}} de jeudi. Et elle trouve un {{chèque énergie}} non utilise qui traine dans le sac de Mme [[PERSONNE:Guérin]] depuis {{mai}}. Elle ne savait pas ce que c'etait.
[[PERSONNE:Hugo]] : « mamie, c'est de l'argent ca ! ».
{{25 min}}. Je note : un cheque energie de {{48 €}} oublie, c'est exactement le genre de chose qu'on ne voit que de pres."""),
(CCAS, AT, """appel {{plan canicule}} : l'agente appelle les inscrits du registre.
Mme [[PERSONNE:Pélagie Robin]], {{91 ans}}, repond au 3e essai, au [[TELEPHONE:02 40 58 31 76]].
« oui ma fille [[PERSONNE:Colette]] passe le soir ».
ok, cochee."""),
(CCAS, CSP, """Visite a domicile avec la travailleuse sociale du {{CCAS}} de {{Rennes}}, [[PERSONNE:Élodie Rousseau]], et sa stagiaire [[PERSONNE:Inès]] (2e annee d'{{ASS}} a l'{{IRTS}}).
[[ADRESSE:18 avenue des Pays-Bas, apt 142, 35200 Rennes]]. On rend visite a M. [[PERSONNE:Albert Durand]], {{86 ans}}, signale par sa voisine, Mme [[PERSONNE:Ndiaye]], parce qu'il ne descend plus ses poubelles.
Il nous ouvre en costume. Il a mis la cravate pour nous. Il parle de sa femme, [[PERSONNE:Suzanne]], morte en 2019, et de son fils [[PERSONNE:Patrick]] « qui est a {{Montréal}} et qui appelle a {{Noël}} ».
[[PERSONNE:Élodie]] regarde le frigo (vide sauf de la {{Vache qui rit}}), propose le {{portage de repas}} et la {{téléassistance}}. Il refuse la teleassistance : « je ne suis pas un vieux ».
Elle negocie : portage {{3 jours par semaine}}. Il accepte « pour faire plaisir a la dame ».
Mme [[PERSONNE:Ndiaye]] passe la tete : « je lui fais ses courses au {{Lidl}} le mardi ». [[PERSONNE:Élodie]] lui demande son numero au cas ou : [[TELEPHONE:07 52 38 14 60]].
{{1h10}}. En sortant, [[PERSONNE:Élodie]] : « le costume, c'est pour ca qu'on vient »."""),
(CCAS, AP, """domiciliation : {{14 courriers}} distribues en 1h. l'agent appelle les gens par leur numero de boite ({{boîte 112}}, {{boîte 87}}...). quelqu'un demande s'il y a eu « la lettre de la {{préfecture}} ». non."""),
(CCAS, AT, """Permanence telephonique du {{CCAS}} de {{Brest}}, j'ecoute a cote de [[PERSONNE:Gwenola Le Men]], conseillere sociale.
Appel d'une femme qui ne donne d'abord que son prenom, « [[PERSONNE:Sabine]] », et qui chuchote. [[PERSONNE:Gwenola]] comprend vite : violences conjugales. Elle baisse la voix elle aussi.
[[PERSONNE:Sabine]] finit par dire son nom, [[PERSONNE:Sabine Quéméner]], et l'adresse ou elle est en securite ce soir : chez sa soeur, [[ADRESSE:7 rue Saint-Marc, 29200 Brest]].
[[PERSONNE:Gwenola]] donne le {{3919}}, propose un rendez-vous demain a {{10h}} avec l'assistante sociale, Mme [[PERSONNE:Kerbrat]].
Le conjoint, [[PERSONNE:Fabrice]], « a une voiture blanche, une {{Peugeot 308}} » ; [[PERSONNE:Sabine]] dit la plaque de tete : [[IMMATRICULATION:FA 617 RJ]]... non, [[IMMATRICULATION:FA-671-RJ]]. [[PERSONNE:Gwenola]] la note pour la gendarmerie si besoin.
Fin d'appel {{21 min}}. [[PERSONNE:Gwenola]] reste silencieuse une minute avant de reprendre le suivant. Moi aussi."""),
(CCAS, CSP, """visite d'evaluation aide menagere chez Mme [[PERSONNE:Rose Tanguy]] ([[ADRESSE:4 rue des Glycines, 29000 Quimper]]). jardin plein de rosiers, « ma rose preferee c'est la {{Pierre de Ronsard}} » 🌹. l'agent note : {{GIR 4}}."""),
(CCAS, AP, """{{CCAS}} de {{Montreuil}}, mercredi. La file de l'{{épicerie solidaire}} commence a {{13h}}.
Une famille roumaine, les [[PERSONNE:Stoica]] : le pere [[PERSONNE:Ionuț]], la mere [[PERSONNE:Florentina]], leurs trois enfants, et une voisine qui traduit, [[PERSONNE:Mirela]], qui vit dans le meme squat.
L'agent d'accueil, [[PERSONNE:Malik Haddadi]] (« [[PERSONNE:Mali]] », comme le pays), connait tout le monde par son prenom. Il dit « [[PERSONNE:Florentina]] » et pas « Madame [[PERSONNE:Stoica]] ».
Probleme : pas de domiciliation a jour, donc pas d'inscription a l'epicerie. [[PERSONNE:Malik]] ouvre une domiciliation au CCAS, {{boîte 341}}.
[[PERSONNE:Ionuț]] montre son passeport roumain : [[IDENTIFIANT:058214763]]. [[PERSONNE:Malik]] photocopie. [[PERSONNE:Florentina]] demande si les enfants peuvent avoir les colis de {{Noël}} du {{Secours populaire}}. Oui, avec le papier du CCAS.
Le plus petit, [[PERSONNE:Luca]], joue avec une voiture {{Majorette}} sur le comptoir.
{{45 min}}. [[PERSONNE:Malik]], apres : « ici on est a mi-chemin entre la mairie et la maison »."""),
(CCAS, AT, """standard {{CCAS}} : {{40 appels}} le matin, la moitie pour l'{{aide alimentaire}}, le reste : {{Restos du Cœur}} (pas nous), {{banque alimentaire}}, bons de transport, carte {{KorriGo}} solidaire."""),
(CCAS, AP, """M. [[PERSONNE:Gaston]] (nom de famille ! prenom : [[PERSONNE:René]])
demande d'{{aide sociale à l'hébergement}} pour l'{{EHPAD Korian Les Amandiers}}
ne le [[DATE_NAISSANCE:2 avril 1932]] — l'agente calcule : {{92 ans}}
sa fille [[PERSONNE:Martine]] a tout prepare dans un classeur
l'agente : « c'est le dossier le mieux range de l'annee »
{{30 min}}, transmis au {{Département}}"""),
(CCAS, CSP, """Visite a domicile CCAS, commune de {{Cesson-Sévigné}}, avec l'agente [[PERSONNE:Nathalie Boucher]].
Chez la famille [[PERSONNE:Traoré]] : [[ADRESSE:3 allée des Peupliers, 35510 Cesson-Sévigné]], logement social {{Aiguillon}}. La maman, [[PERSONNE:Aminata]], ses quatre enfants, et le grand frere [[PERSONNE:Sekou]] ({{19 ans}}) qui fait l'interprete.
Le pere ([[PERSONNE:Bakary Traoré]]) travaille de nuit au {{MIN}} de {{Rungis}}... non, a l'entrepot {{Lidl}} de {{Vern-sur-Seiche}}, [[PERSONNE:Sekou]] corrige.
Motif : une aide pour une machine a laver ; la leur a fui et abime le plafond du voisin du dessous, M. [[PERSONNE:Pichon]], qui menace de porter plainte.
[[PERSONNE:Nathalie]] regarde le devis {{Darty}} : {{389 €}}. Elle propose {{200 €}} d'aide + un micro-credit via le {{Crédit Municipal}}.
[[PERSONNE:Aminata]] sert un jus de bissap. Les enfants regardent {{Bluey}} sur une tablette.
Ce que je retiens : la machine a laver, c'est la dignite. Sans elle, les enfants vont a l'ecole avec des habits pas propres."""),
(CCAS, AT, """appel d'un fils, depuis {{Toulouse}}, inquiet pour sa mere au [[ADRESSE:12 rue du Moulin, 56400 Auray]] — elle ne repond plus.
l'agente appelle la {{police municipale}}.
le fils laisse son num : [[TELEPHONE:+33 7 68 21 40 95]]."""),
(CCAS, AP, """{{CCAS}} de {{Nantes}}, guichet {{domiciliation}}. {{10h45}}.
M. [[PERSONNE:Pierre Lebrun]], {{58 ans}}, a la rue depuis deux ans, vient chercher son courrier. Il est accompagne de son chien {{Diesel}} et d'un autre homme que tout le monde appelle « [[PERSONNE:Tonio]] », sans savoir son vrai nom.
L'agente, [[PERSONNE:Agnès Barbier]], lui tend une lettre de la {{Fondation Abbé Pierre}} — il rit : « [[PERSONNE:Pierre]] comme moi ».
Dans la pile il y a aussi un courrier de la {{Carsat}} : il pourra partir a la retraite... dans quatre ans. [[PERSONNE:Agnès]] le lui lit. Il dit : « dans quatre ans je serai mort ou a {{Pornichet}} ».
Il demande a [[PERSONNE:Agnès]] de garder une adresse mail pour lui, parce qu'il perd tout : [[EMAIL:pierrot.lebrun44@gmail.com]]. Elle l'ecrit dans le dossier.
[[PERSONNE:Tonio]], lui, ne veut rien. Il est venu « pour la compagnie ».
{{15 min}}. [[PERSONNE:Agnès]] connait le nom du chien, pas celui de [[PERSONNE:Tonio]]."""),
(CCAS, CSP, """visite {{SAAD}} + {{CCAS}} : grille {{AGGIR}}, {{GIR 5}}. la dame cuisine encore, fait ses courses a {{Intermarché}}, mais tombe. conclusion : {{téléassistance}} + barre d'appui. {{30 min}}."""),
(CCAS, AP, """jeune femme, [[PERSONNE:Maëva]], {{23 ans}}
demande un bon alimentaire, frigo vide depuis {{mardi}}
montre son attestation {{RSA}} ({{607,75 €}})
n° alloc lu sur l'attestation : [[N_ALLOCATAIRE:8830412]]
bon de {{30 €}} pour {{Carrefour Market}}
et rdv avec l'{{assistante sociale}} la semaine pro"""),
(CCAS, AT, """Cellule « {{grand froid}} » du {{CCAS}} de {{Lille}}, j'ecoute les appels avec [[PERSONNE:Stéphane Dupont]] — « [[PERSONNE:Steph]] » — et [[PERSONNE:Stéphanie Dupont]] : aucun lien, meme nom, prenoms presque pareils. L'equipe les appelle « les [[PERSONNE:Dupont-Dupond]] », comme dans {{Tintin}}.
Appel d'une riveraine, Mme [[PERSONNE:Vandamme]], qui signale un homme dormant sous le porche de son immeuble, [[ADRESSE:21 rue Solférino, 59000 Lille]].
Elle le connait : « c'est [[PERSONNE:Jacky]], il est la depuis la {{Toussaint}} ». [[PERSONNE:Steph]] transmet au {{115}} et a l'equipe de maraude du {{Samu social}}.
[[PERSONNE:Stéphanie]] rappelle Mme [[PERSONNE:Vandamme]] une heure plus tard : [[PERSONNE:Jacky]] a accepte d'aller au {{gymnase Jean Bart}}.
Mme [[PERSONNE:Vandamme]] donne son numero pour etre tenue au courant : [[TELEPHONE:03 20 54 71 18]]. [[PERSONNE:Steph]] hesite (« on ne donne pas de nouvelles des personnes »), puis lui dit juste : « il est au chaud ».
{{Minuit}} passe, {{12 appels}}. [[PERSONNE:Steph]] : « les gens appellent plus quand ca passe a la tele, {{BFM}} a fait un sujet hier »."""),
(CCAS, CSP, """Visite a domicile — {{CCAS}} de {{Lorient}}, evaluation pour une aide au maintien a domicile.
Agente : [[PERSONNE:Céline Moal]]. Chez M. et Mme [[PERSONNE:Le Bris]], [[ADRESSE:16 rue de Kerentrech, 56100 Lorient]], maison de pecheur.
M. [[PERSONNE:Le Bris]] ([[PERSONNE:Job]], diminutif breton de [[PERSONNE:Joseph]] — « [[PERSONNE:Job]] comme le job en anglais », il rit) a {{88 ans}}, Mme [[PERSONNE:Le Bris]] ([[PERSONNE:Anne-Marie]]) {{86}}.
Leur fille, [[PERSONNE:Gaïd]], vit a {{Paris}} et appelle tous les dimanches. Le voisin, [[PERSONNE:Dédé]], fait les courses.
[[PERSONNE:Céline]] remplit la grille : escalier raide, salle de bain a l'etage, baignoire. Elle propose un dossier {{MaPrimeAdapt'}} pour la douche.
Mme [[PERSONNE:Le Bris]] sort le livret de famille pour « prouver » qu'ils sont maries depuis 1958. [[PERSONNE:Céline]] : « je vous crois, madame ».
Dans le salon : une photo de M. [[PERSONNE:Le Bris]] avec {{Éric Tabarly}}, sur un quai, en 1976.
{{1h}}. Je repars avec un paquet de {{galettes Saint-Michel}} qu'on m'a force a prendre."""),
(CCAS, AP, """file {{CCAS}} {{10h}} : {{9 personnes}}. trois pour la {{cantine}} (tarif au {{quotient familial}}), deux pour la {{carte Sortir !}}, une pour un bon de {{taxi}}, les autres « juste une question »."""),
(CCAS, AT, """dame au tel, [[PERSONNE:Juliette Avril]] — « [[PERSONNE:Avril]] comme le mois » → l'agente ecrit « [[PERSONNE:Avrile]] » 😅 → corrige. demande de rdv {{aide à la rentrée}}. rdv {{lundi 2}} {{14h}}."""),
(CCAS, AP, """{{CCAS}} de {{Vitré}}, permanence {{aide administrative}}. Une famille syrienne, les [[PERSONNE:Al-Hassan]] : le pere [[PERSONNE:Khaled]], la mere [[PERSONNE:Rania]], la grand-mere [[PERSONNE:Fatima]] et deux enfants. Un benevole de la {{Cimade}}, [[PERSONNE:Bertrand]], traduit a moitie (il parle un peu arabe).
L'agent : [[PERSONNE:Clément Busnel]], {{26 ans}}, premier poste.
Objet : une convocation de la {{préfecture}} pour le renouvellement du titre de sejour de [[PERSONNE:Khaled]], numero [[IDENTIFIANT:3509874412]], rendez-vous le {{3 octobre}} a {{Rennes}}.
[[PERSONNE:Clément]] verifie les dates, imprime le plan pour aller a la prefecture, et les horaires du car {{BreizhGo}}.
[[PERSONNE:Rania]] demande pour la grand-mere : peut-elle avoir une {{carte Vitale}} ? [[PERSONNE:Fatima]] est nee le [[DATE_NAISSANCE:1er janvier 1948]] « sur le papier », dit [[PERSONNE:Khaled]].
[[PERSONNE:Clément]] note tout, envoie un mail a sa collegue de la {{Cpam}}. [[PERSONNE:Bertrand]] conduit toute la famille a la gare.
{{1h}} passee. [[PERSONNE:Clément]] me dit qu'il a choisi ce metier « a cause de {{Coluche}} »."""),
(CCAS, CSP, """visite logement insalubre avec le {{service hygiène}} : chez M. [[PERSONNE:Mansour]], [[ADRESSE:3 rue Basse, 35500 Vitré]].
moisissures partout, bebe de {{3 mois}}.
proprio : M. [[PERSONNE:Jouan]], injoignable.
photos prises."""),
(CCAS, AP, """« je viens pour la {{carte Sortir}} » – Mlle [[PERSONNE:Prune Le Mao]], {{19 ans}}. l'agente : « c'est pour les moins de... non, c'est sous conditions de ressources ». elle a un jus {{Innocent}} a la main."""),
(CCAS, AT, """l'agente explique le {{chèque énergie}} a un monsieur : « ca arrive tout seul, par {{La Poste}}, au printemps ». lui : « et si j'ai demenage ? » → faut le declarer sur {{chequeenergie.gouv.fr}}. {{4 min}}."""),
(CCAS, CSP, """Visite a domicile — {{CCAS}} de {{Lille}}, service personnes agees, agente : [[PERSONNE:Rachida Belhadj]].
On va chez Mme [[PERSONNE:Mercedes Garcia]], {{83 ans}}, arrivee d'{{Espagne}} en 1962. [[ADRESSE:44 rue Jacquard, 59000 Lille]], rez-de-chaussee, courée.
Sa fille, Mme [[PERSONNE:Carmen Garcia]], est la, avec son propre fils [[PERSONNE:Diego]] qui note tout sur son telephone.
Mme [[PERSONNE:Garcia]] mere raconte qu'elle est arrivee en {{Mercedes}}, « la voiture du patron, pas moi, la voiture ! » — le jeu de mots fait rire [[PERSONNE:Diego]] aux larmes.
[[PERSONNE:Rachida]] evalue : chute recente, pas de teleassistance, une seule marche mais glissante. Date de naissance pour le dossier : [[DATE_NAISSANCE:14 octobre 1940]]... [[PERSONNE:Carmen]] corrige : [[DATE_NAISSANCE:14 octobre 1941]].
[[PERSONNE:Rachida]] propose le {{portage de repas}}, la {{téléassistance}} et une aide pour l'{{APA}} via le {{Département du Nord}}.
[[PERSONNE:Diego]] donne son mail pour recevoir les formulaires : [[EMAIL:diego.garcia.lil@outlook.fr]].
{{55 min}}, et un cafe trop sucre."""),
(CCAS, AP, """Bilan de ma matinee d'elue a l'accueil du {{CCAS}} de {{Quimperlé}} — pour mon groupe :
- {{23 personnes}} accueillies, {{3 agents}} : [[PERSONNE:Soizic]], [[PERSONNE:Brieuc]] et la responsable, Mme [[PERSONNE:Le Corre]]
- cas marquant : M. [[PERSONNE:Jean-Louis Derrien]], {{61 ans}}, ancien de {{Bigard}}, expulse la semaine prochaine du [[ADRESSE:9 rue de la Paix, 29300 Quimperlé]]
- son proprio, M. [[PERSONNE:Daniel Coroller]], veut vendre ; le jugement, RG [[IDENTIFIANT:22/00917]], date de l'ete
- aide au premier loyer possible, versee sur le compte du futur bailleur : RIB [[IBAN:FR76 1250 6028 7250 6979 4124 987]]
- [[PERSONNE:Brieuc]] appelle le {{SIAO}}, obtient une place en {{résidence sociale}} a {{Quimper}} (pas ici, {{45 min}} de route)
- M. [[PERSONNE:Derrien]] : « Quimper, je connais personne » ; [[PERSONNE:Soizic]] : « vous me connaissez moi »
- la {{commission de surendettement}} de la {{Banque de France}} est aussi saisie
Je demande a Mme [[PERSONNE:Le Corre]] combien d'expulsions par an : « une trentaine, et on les voit toutes arriver trop tard »."""),
(CCAS, AT, """rappel d'une usagere pour l'aide cantine de son fils [[PERSONNE:Lucas]] (CE2, ecole {{Jules Ferry}}). n° alloc [[N_ALLOCATAIRE:4471093]], tel : [[TELEPHONE:06 71 44 90 27]]. pas de rdv avant le {{15}}."""),
(CCAS, AP, """🍞 distribution colis {{Banque alimentaire}} {{14h}}–{{16h}} : {{62 colis}}, benevoles de la {{Société de Saint-Vincent-de-Paul}}, un camion du {{Leclerc}} de la zone. rupture de lait infantile. l'agente pleure un peu."""),
(CCAS, CSP, """visite {{14h}} M. [[PERSONNE:Thierry Lemaître]], sortie d'hopital, [[ADRESSE:1 impasse du Lavoir, 35590 Saint-Gilles]].
sa voisine, [[PERSONNE:Nicole]], a la cle.
frigo vide, l'agente appelle le {{SSIAD}}."""),
(CCAS, AT, """Standard du {{CCAS}} de {{Marseille}}. Agente : [[PERSONNE:Josette Mariani]], « [[PERSONNE:Jo]] », {{35 ans}} de maison.
{{15h40}} : appel de M. [[PERSONNE:Hocine Boudjema]], qui demande « le bon pour le {{Noël}} des anciens ». On est en {{septembre}}. [[PERSONNE:Jo]] rit, mais elle l'inscrit quand meme pour le {{colis de Noël}}.
Il donne sa date de naissance : [[DATE_NAISSANCE:12/12/1949]], « comme ca vous savez que je suis ancien ».
Puis son adresse : [[ADRESSE:28 boulevard National, 13001 Marseille]], « au-dessus du {{tabac}} ».
Puis il parle de sa femme, [[PERSONNE:Zoubida]], partie il y a deux ans, et de son fils qui est « a {{Paris}}, dans la police ».
[[PERSONNE:Jo]] l'ecoute {{11 minutes}} sans le couper. Elle me dit : « lui, il appelle pour parler. Ca fait partie du boulot »."""),
(CCAS, AP, """Accueil du {{CCAS}} de {{Sarcelles}}. Une femme haitienne, Mme [[PERSONNE:Toussaint]] — [[PERSONNE:Marie-Ange Toussaint]] —, vient demander une aide pour les obseques de son frere, [[PERSONNE:Wilner]], mort a {{Port-au-Prince}}... non, mort ici, a l'hopital de {{Gonesse}}, et qui sera enterre a Port-au-Prince.
Elle est venue avec sa niece, [[PERSONNE:Nadège]], et son pasteur, le pasteur [[PERSONNE:Jean-Rony]].
L'agente, [[PERSONNE:Linda Mokrani]], explique l'aide au rapatriement du corps : le CCAS ne peut pas tout, mais il y a le {{fonds d'aide}} et un devis moins cher chez {{Roc Eclerc}}.
Mme [[PERSONNE:Toussaint]] : « il est mort le jour de la {{Toussaint}}, vous vous rendez compte ».
[[PERSONNE:Linda]] ecrit le montant du devis : {{4 870 €}}. Aide possible : {{800 €}}. La niece fait le calcul a voix haute.
Le pasteur prie a voix basse dans la salle d'attente. Personne ne trouve ca bizarre.
{{50 min}}."""),
(CCAS, AT, """numeros que les agentes connaissent par coeur : {{115}}, {{3919}}, {{119}}, {{3977}}, le {{17}} et {{Allô Service Public}} au {{3939}}."""),
(CCAS, CSP, """Visite avec le {{CCAS}} de {{Rezé}} sur l'{{aire d'accueil des gens du voyage}}.
Agent : [[PERSONNE:Olivier Chauvin]]. On va voir la famille [[PERSONNE:Winterstein]], [[ADRESSE:aire des Trois-Moulins, emplacement 12]].
Le patriarche, M. [[PERSONNE:Django Winterstein]] — oui, [[PERSONNE:Django]], « comme {{Django Reinhardt}} », dit-il avant qu'on demande —, sa belle-fille [[PERSONNE:Sandra]] et ses petits-enfants.
Objet : domiciliation et scolarisation des enfants. [[PERSONNE:Olivier]] a apporte les formulaires du college {{Salvador Allende}}.
Les caravanes : une {{Tabbert}}, et un camion [[IMMATRICULATION:CX-208-DF]] gare en travers. [[PERSONNE:Sandra]] : « c'est a mon mari, [[PERSONNE:Tony]], il est sur un chantier a {{Cholet}} ».
M. [[PERSONNE:Winterstein]] demande a [[PERSONNE:Olivier]] s'il joue de la guitare. Non. « Dommage ».
[[PERSONNE:Olivier]] vient ici chaque mois depuis {{8 ans}}. Les gens l'appellent « l'[[PERSONNE:Olive]] »."""),
(CCAS, AP, """M. [[PERSONNE:Germain]] (prenom) veut une aide pour son abonnement {{STAR}}. il porte un maillot du {{Paris Saint-Germain}} 🙃 l'agente : « avec un prenom pareil ». {{8 min}}."""),
(CCAS, AT, """appel d'un bailleur, {{Finistère Habitat}}
pour une locataire en impaye, Mme [[PERSONNE:Le Gac]]
ref locataire [[IDENTIFIANT:LOC-0038217]], dette {{1 830 €}}
l'agente : « je ne peux rien vous dire, demandez-lui de nous appeler »
le bailleur insiste : « c'est pour l'aider »
l'agente tient bon, puis propose une {{commission FSL}}"""),
(CCAS, CSP, """tournee {{personnes isolées}} du {{CCAS}} : {{5 visites}}, {{3h}}, une voiture de service {{Zoé}}. partout la tele allumee ({{Questions pour un champion}}, {{TF1}})."""),
(CCAS, AP, """{{CCAS}} de {{Roubaix}}, jeudi, jour de l'aide a la cantine.
Une maman, Mme [[PERSONNE:Benchikh]], avec ses jumeaux [[PERSONNE:Adam]] et [[PERSONNE:Ayoub]], et une voisine turque, Mme [[PERSONNE:Demir]], venue « pour voir comment on fait ».
L'agent : [[PERSONNE:Quentin Lefebvre]], et sa responsable, Mme [[PERSONNE:Lefebvre]] aussi ([[PERSONNE:Sylvie]]) — « non on n'est pas maries, c'est le nom le plus courant du {{Nord}} », dit [[PERSONNE:Quentin]].
Mme [[PERSONNE:Benchikh]] ([[PERSONNE:Houria]]) donne son numero allocataire pour le quotient : [[N_ALLOCATAIRE:5906127]]. {{QF}} : {{412}}. Tarif cantine : {{1 €}} le repas.
Mme [[PERSONNE:Demir]] demande si elle peut avoir la meme chose. [[PERSONNE:Quentin]] : « avec votre numero allocataire, oui » — elle ne l'a pas, elle appelle son mari ([[PERSONNE:Mustafa]]) sur haut-parleur, il le lit : [[N_ALLOCATAIRE:5912384]].
Les jumeaux se disputent un {{Chupa Chups}}.
{{30 min}} pour deux familles. [[PERSONNE:Sylvie]] : « la {{cantine à 1 €}}, c'est l'Etat, nous on fait le reste »."""),
(CCAS, AT, """🎄 inscriptions {{repas des aînés}} : « nom, prenom, date de naissance ». M. [[PERSONNE:Bernard Lucas]], [[DATE_NAISSANCE:19/03/1944]], + sa compagne [[PERSONNE:Colette]]. {{2 couverts}}."""),
(CCAS, CSP, """Visite « bien-vieillir » avec l'animatrice du {{CCAS}}, [[PERSONNE:Pauline Jézéquel]], chez M. [[PERSONNE:François Bihan]], {{90 ans}}, [[ADRESSE:Kerhuel, 29170 Fouesnant]].
Il vit seul depuis la mort de sa femme, [[PERSONNE:Annick]]. Sa fille [[PERSONNE:Françoise]] ([[PERSONNE:François]] et [[PERSONNE:Françoise]], « on n'a pas cherche loin », dit-il) est passee le matin.
[[PERSONNE:Pauline]] propose les ateliers memoire du mardi, le minibus, et le {{club des aînés}} de la salle {{Jean Moulin}}.
Il refuse tout, puis accepte le minibus « pour aller au marche de {{Concarneau}} ».
Il nous montre sa collection de {{Spirou}} et un disque de {{Tri Yann}}. Il chante un couplet des {{Prisons de Nantes}}.
[[PERSONNE:Pauline]] note son numero de fixe, il le dicte en bloc : [[TELEPHONE:0298563412]].
{{1h15}}. Moi, je suis reparti avec un {{Spirou}} de 1974."""),
(CCAS, AP, """affiche a l'accueil : « {{Journée des droits des femmes}} – {{8 mars}} – atelier {{CV}} + maquillage ». a cote : « {{Fête des voisins}} {{24 mai}} ». l'agente : « on fait tout nous »."""),
(CCAS, AT, """appel du CCAS voisin ({{Bruz}}) pour un transfert de dossier : usager M. [[PERSONNE:Ali Kaya]], domicilie chez nous, {{boîte 56}}. la collegue de Bruz demande son mail, l'agente lit celui du dossier : [[EMAIL:a.kaya.bruz@gmail.com]]. puis se ravise : « il faut son accord ». bonne reaction."""),
(CCAS, AP, """{{CCAS}} de {{Grenoble}}, guichet unique, samedi exceptionnel ({{Journée des solidarités}}).
Un couple age, M. et Mme [[PERSONNE:Chanel]] — [[PERSONNE:Gilbert]] et [[PERSONNE:Paulette]] — vient demander une aide pour des lunettes. Mme [[PERSONNE:Chanel]] : « [[PERSONNE:Chanel]] comme le parfum, mais on n'a pas les moyens du {{N°5}} ».
L'agente, [[PERSONNE:Aïcha Benmoussa]], verifie la {{C2S}} : ils ne l'ont pas, ils paient une mutuelle a {{98 €}} par mois chacun. [[PERSONNE:Aïcha]] fait la simulation : ils y ont droit.
[[PERSONNE:Gilbert]] : « on paie depuis {{20 ans}} pour rien alors ? ». [[PERSONNE:Paulette]] le fait taire d'un coup de coude.
Leur numero de secu : [[PERSONNE:Paulette]] dicte le sien, [[NIR:2 47 10 56 260 019 66]], « nee a {{Vannes}}, en [[DATE_NAISSANCE:octobre 47]] ».
[[PERSONNE:Aïcha]] imprime le formulaire, le remplit avec eux. Leur opticien, {{Optique Martin}}, attend le devis valide.
{{40 min}}. En partant [[PERSONNE:Paulette]] laisse un paquet de {{Michoko}} sur le comptoir."""),
# ---- Urgences --------------------------------------------------------------------------
(URG, AP, """{{Urgences}} du {{CHU de Rennes}} ({{Pontchaillou}}), {{22h10}}. Je suis a cote de l'infirmiere d'accueil et d'orientation, [[PERSONNE:Laure Bertin]], l'{{IOA}}.
Arrive une famille entiere : le pere, M. [[PERSONNE:Diallo]], porte sa fille [[PERSONNE:Fanta]], {{6 ans}}, fievre a 40. Derriere : la mere, [[PERSONNE:Kadiatou]], le petit frere, et une voisine, Mme [[PERSONNE:Gomes]], qui les a emmenes en voiture et parle mieux francais.
[[PERSONNE:Laure]] demande la date de naissance de la petite : la mere la donne, [[DATE_NAISSANCE:11/07/2018]], la voisine repete « [[DATE_NAISSANCE:onze juillet]] », [[PERSONNE:Laure]] tape.
Elle est deja venue : IPP [[IDENTIFIANT:800452197]]. Tri : {{niveau 3}}. Box {{pédiatrie}}, attente estimee {{2h}}.
M. [[PERSONNE:Diallo]] ([[PERSONNE:Ousmane]]) va deplacer la voiture de Mme [[PERSONNE:Gomes]], mal garee devant les ambulances : [[IMMATRICULATION:FT-093-BV]]. Le vigile, « [[PERSONNE:Tintin]] » (tout le monde l'appelle comme ca, je n'ai jamais su pourquoi), lui indique le parking.
A {{23h40}} [[PERSONNE:Fanta]] dort sur les genoux de sa mere. L'interne, le Dr [[PERSONNE:Moreau]], passe : « on la voit dans {{10 minutes}} ».
Je note que [[PERSONNE:Laure]] a dit « c'est pas grave » au moins quarante fois. Je ne sais pas si c'est vrai ou si c'est son travail."""),
(URG, AP, """{{1h12}} du matin.
homme, {{30 ans}} env, plaie main (cutter, boulot chez {{Amazon}}).
IOA : « nom ? » — « [[PERSONNE:Kevin Morvan]] ».
« date de naissance ? » — « [[DATE_NAISSANCE:23 mars 94]] ».
{{tri 4}}."""),
(URG, AP, """salle d'attente urgences {{23h}} : {{31 personnes}}, ecran « temps d'attente estime : {{4h}} ». distributeur {{Coca-Cola}} vide. une petite regarde {{Pat' Patrouille}} sur le tel de sa mere, sans le son."""),
(URG, AT, """Standard des urgences du {{centre hospitalier Bretagne Atlantique}}, {{Vannes}}, {{20h}}. Je suis a cote de l'agente d'accueil administratif, [[PERSONNE:Corinne Le Texier]].
Appel d'une femme affolee : son pere, [[PERSONNE:Henri Jaouen]], {{84 ans}}, a ete amene par les pompiers il y a 3 heures, personne ne la rappelle. Elle, c'est [[PERSONNE:Isabelle Jaouen]], elle est a {{Nantes}}.
[[PERSONNE:Corinne]] verifie : il est bien la, {{box 12}}, en attente de scanner. Elle ne peut pas en dire plus au telephone : « c'est le medecin qui appelle, madame ».
[[PERSONNE:Isabelle]] donne son numero pour etre la « personne a prevenir » : [[TELEPHONE:06 85 47 22 10]], puis celui de son frere, [[PERSONNE:Yves]], qui habite a {{Theix}} : [[TELEPHONE:06 13 09 78 41]].
[[PERSONNE:Corinne]] ajoute les deux au dossier. Elle verifie la date de naissance pour etre sure du patient : [[DATE_NAISSANCE:3 février 1940]]. « C'est bien lui ».
{{9 min}}. [[PERSONNE:Corinne]] recoit une cinquantaine d'appels comme celui-la par nuit. « On est le mur entre les familles et les soignants. »"""),
(URG, AP, """{{Urgences}} de {{Lariboisière}}, {{Paris}}, nuit de samedi a dimanche.
Un jeune homme arrive seul, le visage en sang : M. [[PERSONNE:Malik Fofana]], {{22 ans}}, agression a la sortie du {{Rex Club}}. Deux copains arrivent dix minutes apres, [[PERSONNE:Yanis]] et [[PERSONNE:Hugo]], et un policier du commissariat du {{10e}}.
L'IOA, [[PERSONNE:Thibault Marchal]] (« [[PERSONNE:Tibo]] »), demande les papiers : [[PERSONNE:Malik]] n'a que son permis de conduire, n° [[IDENTIFIANT:130291200457]] ; la carte Vitale est restee dans le sac vole.
Son numero de secu, il le connait par coeur : [[NIR:1 01 12 13 055 289 34]], « je suis ne a {{Marseille}} ».
[[PERSONNE:Tibo]] trie {{niveau 2}}, suture probable, scanner crane.
Le policier, le brigadier [[PERSONNE:Lopez]], demande un certificat de constatation. [[PERSONNE:Tibo]] : « ca, c'est le medecin ».
[[PERSONNE:Yanis]] et [[PERSONNE:Hugo]] veulent rester. Une seule personne. Ils tirent a pile ou face avec une piece de {{2 €}}. [[PERSONNE:Hugo]] gagne.
{{3h50}} du matin. [[PERSONNE:Malik]] s'endort sur le brancard, casque {{JBL}} autour du cou."""),
(URG, AT, """coups de fil au standard des urgences en 1h : {{14}}. 6 familles, 3 {{EHPAD}}, 2 medecins de ville, 1 {{SOS Médecins}}, 1 taxi, 1 erreur (voulait le {{15}})."""),
(URG, AP, """mamie {{91 ans}} amenee par {{Ambulances Jégou}} depuis l'{{EHPAD Les Tilleuls}}
chute dans la salle de bain, hanche ?
dossier : Mme [[PERSONNE:Yvonne Perrot]], [[DATE_NAISSANCE:30/11/1932]]
personne a prevenir : son fils, [[TELEPHONE:02 97 31 48 66]]
elle demande a l'IOA si elle peut garder son collier de perles
« bien sur madame » → {{tri 3}}"""),
(URG, AP, """{{Urgences pédiatriques}} de l'hopital {{Necker}}, {{Paris}}. J'ecris ca le lendemain, pour la commission sante.
Une grand-mere, Mme [[PERSONNE:Ferreira]], arrive avec sa petite-fille [[PERSONNE:Inês]], {{3 ans}}, qui a avale une pile bouton. La mere, [[PERSONNE:Sofia]], arrive vingt minutes apres en courant, en tenue de caissiere {{Monoprix}}.
L'IOA, [[PERSONNE:Sandrine]], prend tout de suite la petite. Radio immediate.
Au guichet administratif, [[PERSONNE:Damien Lecoq]] demande les papiers. La grand-mere donne sa propre date de naissance au lieu de celle de la petite : [[DATE_NAISSANCE:5 mai 1958]]. [[PERSONNE:Damien]] rit doucement : « l'autre, madame ». [[PERSONNE:Sofia]] donne : [[DATE_NAISSANCE:21/02/2021]].
Mutuelle de [[PERSONNE:Sofia]] : {{Alan}}, n° adherent [[IDENTIFIANT:ALN-7738204]].
Le pere, [[PERSONNE:Rui]], est au {{Portugal}} pour le travail. [[PERSONNE:Sofia]] l'appelle en visio, il pleure.
La pile est passee dans l'estomac. Le chirurgien, le Dr [[PERSONNE:Benhamou]], decide de l'enlever par endoscopie, ce soir.
Je n'oublierai pas : la grand-mere qui repete « c'est ma faute, c'est ma faute »."""),
(URG, AP, """triage : {{échelle FRENCH}} de 1 a 5. ce soir : 0 tri 1, 3 tri 2, 11 tri 3, le reste 4-5. l'IOA : « les tri 5 c'est les {{Doliprane}} qu'on aurait pu prendre a la maison »."""),
(URG, AT, """Standard des urgences du {{CH de Cornouaille}}, {{Quimper}}. {{2h}} du matin. Agente : [[PERSONNE:Maëlle Kervella]].
Appel d'un homme ivre, il crie, il veut parler a sa femme « qui est la-dedans ». Sa femme : Mme [[PERSONNE:Tanguy]], amenee par les pompiers pour une chute. Lui : M. [[PERSONNE:Patrice Tanguy]].
[[PERSONNE:Maëlle]] ne donne aucune information. Il insiste, donne la date de naissance de sa femme pour « prouver » qu'il est le mari : [[DATE_NAISSANCE:17.08.1971]].
[[PERSONNE:Maëlle]] reste polie : « je transmets au medecin, il vous rappellera ». Il donne son numero : [[TELEPHONE:zéro six, soixante-dix-sept, trente, douze, quarante-quatre]].
Elle me montre une note dans le dossier de la patiente : « ne pas communiquer d'information au conjoint ». Signee Dr [[PERSONNE:Guillou]].
Apres l'appel elle previent le vigile, [[PERSONNE:Steven]]. Au cas ou.
Ce que je comprends : le standard, c'est aussi une ligne de front."""),
(URG, AP, """{{9h05}}, urgences du {{CHU de Nantes}}
ado, [[PERSONNE:Lou-Ann]], {{15 ans}}, entorse au {{hand}} (match du samedi)
son coach, M. [[PERSONNE:Rivière]], l'accompagne, parents injoignables
l'IOA appelle la mere au [[TELEPHONE:06 28 19 57 03]] → repondeur
rappel {{10 min}} plus tard, elle decroche, elle etait a la messe
elle arrive en {{20 min}}, « merci d'avoir garde ma fille » au coach"""),
(URG, AP, """Ce que j'ai vu en 6 heures aux urgences de {{Saint-Brieuc}}, en vrac :
- {{87 passages}}, dont {{23}} venus « parce que le medecin traitant n'avait pas de rdv »
- {{2 IOA}} pour tout le flux, {{1 médecin}} senior la nuit a partir de {{minuit}}
- le brancard dans le couloir, c'est le « lit {{C4}} » : il n'existe pas mais il a un nom
- la phrase la plus entendue : « vous avez pris un {{Doliprane}} ? »
- un vieux monsieur qui chante {{La Paimpolaise}} pour passer le temps, et toute la salle qui reprend le refrain
- un ecran qui passe {{BFM TV}} sans le son
- sur le mur, une affiche du {{Samu 22}} – « en cas d'urgence vitale faites le {{15}} »
Ma question pour le ministere : combien de {{lits d'aval}} ?"""),
(URG, AP, """homme {{45 ans}}, douleur thoracique, {{tri 2}} direct.
sa femme, Mme [[PERSONNE:Quentin]] (nom !), donne le NIR du mari lu sur la carte : [[NIR:1 79 08 75 113 402 90]].
« ne a {{Paris 13e}} ».
{{box 3}}."""),
(URG, AP, """{{Urgences}} de l'hopital {{Bichat}}. Soiree de l'{{Aïd}}. J'accompagne l'IOA, [[PERSONNE:Nawel Bensalem]].
Une famille arrive a six : la grand-mere, Mme [[PERSONNE:Bouaziz]], malaise apres le repas, son fils [[PERSONNE:Karim]], sa belle-fille [[PERSONNE:Leila]], trois petits-enfants, et un voisin, M. [[PERSONNE:Ahmed]] (c'est son nom de famille, [[PERSONNE:Jean-Marc Ahmed]], il le precise).
[[PERSONNE:Nawel]] ne laisse entrer qu'une personne : [[PERSONNE:Karim]]. Le reste attend dehors sur le parking, avec des gateaux dans du papier alu.
Date de naissance de la grand-mere, [[PERSONNE:Karim]] hesite : « [[DATE_NAISSANCE:1er janvier 1945]] ?... c'est le papier, en vrai elle est nee l'ete » — [[PERSONNE:Nawel]] garde celle du papier.
Hyperglycemie, diabete non traite. [[PERSONNE:Nawel]] : « trop de makrouts ce soir, madame [[PERSONNE:Bouaziz]] ? » — la grand-mere rit.
Le Dr [[PERSONNE:Zerbib]] la garde en observation. [[PERSONNE:Karim]] appelle sa soeur, [[PERSONNE:Soraya]], a {{Alger}}, sur {{WhatsApp}}.
{{2h10}} du matin quand je pars, le voisin [[PERSONNE:Jean-Marc]] est encore sur le parking."""),
(URG, AT, """appel de la pharmacie de garde, {{Pharmacie du Centre}} : patient sorti des urgences avec une ordonnance illisible. l'interne rappelle. patient : M. [[PERSONNE:Bruno Salaün]], IPP [[IDENTIFIANT:P00612738]]."""),
(URG, AP, """{{4h30}}. calme plat. l'IOA mange une salade {{Sodebo}} debout. une ambulance du {{Samu}} arrive, le {{SMUR}} derriere. fini le calme."""),
(URG, AP, """{{Urgences}} du {{GHBS}}, {{Lorient}}. {{18h}}, sortie des ecoles, sortie des bureaux.
Une jeune femme, [[PERSONNE:Émilie Bourhis]], arrive avec son fils [[PERSONNE:Noé]], {{8 ans}}, bras casse au trampoline. L'ex-mari, [[PERSONNE:Stéphane]], arrive dix minutes plus tard avec sa nouvelle compagne, [[PERSONNE:Cindy]]. Ambiance.
L'IOA, [[PERSONNE:Marc-Antoine Le Berre]] (« [[PERSONNE:Marco]] »), gere ca comme un pro : un parent dans le box, l'autre en salle d'attente, « vous echangerez dans une heure ».
Au guichet : adresse de l'enfant. [[PERSONNE:Émilie]] : [[ADRESSE:3 rue Paul Guieysse, 56100 Lorient]]. [[PERSONNE:Stéphane]] : « non, il habite aussi chez moi, [[ADRESSE:15 rue de Belgique, 56530 Quéven]] ». L'agent met les deux.
Date de naissance de [[PERSONNE:Noé]] : [[DATE_NAISSANCE:14/04/2016]]. Les deux parents la disent en meme temps, c'est la seule chose sur laquelle ils sont d'accord.
[[PERSONNE:Noé]], lui, veut juste un platre bleu, « comme {{Sonic}} ».
{{2h30}} au total."""),
(URG, AT, """le standard recoit un appel du {{Samu 56}} : {{3 victimes}}, accident sur la {{N165}} vers {{Hennebont}}. {{plan blanc}} ? non. l'agente previent le {{cadre de garde}}."""),
(URG, AP, """l'IOA reconnait un habitue : « salut [[PERSONNE:Gégé]] »
[[PERSONNE:Gérard]] (« [[PERSONNE:Gégé]] » pour tout le service), {{63 ans}}, pieds geles
pas de carte, pas d'IPP ? si : IPP [[IDENTIFIANT:800133456]], il est venu {{11 fois}} cette annee
elle lui donne un cafe et des chaussettes seches du placard « {{dons}} »
le {{115}} est appele pour la sortie
il me dit : « ici c'est mon {{Ritz}} »"""),
(URG, AP, """{{Urgences psychiatriques}} du {{CHU de Lille}}. Je reste en retrait, a la demande du cadre, M. [[PERSONNE:Vincent Legrand]].
Une mere arrive avec son fils, [[PERSONNE:Théo Carpentier]], {{19 ans}}, etudiant a la {{fac de Lille}}, en crise. Le pere, [[PERSONNE:Olivier Carpentier]], est au telephone depuis {{Dunkerque}}, en haut-parleur, il guide sa femme.
La psychiatre de garde, le Dr [[PERSONNE:Anne Vasseur]], prend le relais. L'infirmier, [[PERSONNE:Rémi]], reste avec [[PERSONNE:Théo]].
La mere, Mme [[PERSONNE:Carpentier]] ([[PERSONNE:Sophie]]), doit remplir une {{demande de soins à la demande d'un tiers}}. Elle ecrit son adresse : [[ADRESSE:62 rue Colbert, 59800 Lille]]. Elle se trompe d'abord de code postal, ecrit 59000, rature.
Elle me dit, sans savoir qui je suis : « il ecoutait {{Stromae}} en boucle, {{L'enfer}}, je n'ai pas compris ».
Je n'ai rien ecrit d'autre ce soir-la."""),
(URG, AP, """l'IOA demande « vous avez un medecin traitant ? » → « le {{Dr House}} » 😂 (c'est une blague, la dame regarde la serie sur {{TF1}}). elle s'appelle Mme [[PERSONNE:Pasquier]]. {{tri 5}}."""),
(URG, AT, """Accueil telephonique des urgences, {{CHU de Bordeaux}}, site {{Pellegrin}}. J'ecoute avec [[PERSONNE:Françoise Dubos]], « [[PERSONNE:Fanfan]] », {{28 ans}} d'hopital.
Appel d'un {{EHPAD}} : l'infirmiere, [[PERSONNE:Manon Lafitte]], annonce l'envoi d'une residente, Mme [[PERSONNE:Simone Larrieu]], {{96 ans}}, chute avec suspicion de fracture du col.
[[PERSONNE:Fanfan]] demande l'identite complete : nom de naissance, [[PERSONNE:Lacoste]] (« comme les polos ? » — « oui »), date de naissance [[DATE_NAISSANCE:08/06/1928]], et la personne de confiance : sa niece, [[PERSONNE:Martine Larrieu]], [[TELEPHONE:05 56 81 20 47]].
Elle raccroche : « 96 ans, une nuit sur un brancard, c'est ce que je deteste ».
Puis elle appelle le {{service de gériatrie}} pour chercher un lit. Pas de lit. Elle rappellera a {{5h}}."""),
(URG, AP, """jeune femme, [[PERSONNE:Clara]], enceinte, douleurs.
orientee direct {{maternité}} (pas les urgences generales).
son copain, [[PERSONNE:Jules]], a laisse la voiture en warning : [[IMMATRICULATION:gk-518-tz]] (plaque ecrite en minuscules sur mon tel, pardon)."""),
(URG, AP, """📌 logiciel des urgences : {{ResUrgences}}. l'IOA tape pendant qu'elle parle. {{7 écrans}} dans le poste de soins. un post-it : « pediatre de garde = {{bip 4321}} »"""),
(URG, AP, """{{Urgences}} de l'hopital {{Avicenne}}, {{Bobigny}}. {{15h}}.
Un homme d'une cinquantaine d'annees, M. [[PERSONNE:Mamadou Sy]], arrive avec sa fille [[PERSONNE:Aïssatou]] et son neveu [[PERSONNE:Cheikh]]. Il parle wolof et peu francais. [[PERSONNE:Aïssatou]] traduit, mais elle doit repartir a {{16h}} (elle est aide-soignante a {{Jean-Verdier}}).
L'IOA, [[PERSONNE:Hélène Petit]], appelle l'interpretariat telephonique : « [[PERSONNE:Abdou]] », en ligne depuis {{Dakar}} (!).
Le NIR de M. [[PERSONNE:Sy]] : [[NIR:1 72 12 99 341 066 38]] — « 99 341, c'est le {{Sénégal}} », dit [[PERSONNE:Hélène]], qui les connait par coeur maintenant.
Adresse : foyer {{Adoma}}, [[ADRESSE:10 rue de la Convention, 93000 Bobigny]].
Motif : douleur abdominale depuis {{3 jours}}. Il n'a pas voulu venir avant « pour ne pas deranger ».
[[PERSONNE:Cheikh]] reste, [[PERSONNE:Aïssatou]] part. [[PERSONNE:Abdou]] reste en ligne {{25 minutes}}.
Ce que je retiens : un interprete a {{4 000 km}} qui rassure un homme a {{Bobigny}}."""),
(URG, AT, """appel d'une mere, Mme [[PERSONNE:Héloïse Garnier]], qui demande si elle doit venir pour la fievre de son fils.
l'agente : « appelez le {{15}} ou {{SOS Médecins}} madame, je ne peux pas donner de conseil medical ».
elle laisse quand meme son num : [[TELEPHONE:07 45 62 18 39]]"""),
(URG, AP, """{{Urgences}} du {{CHU de Brest}} ({{La Cavale Blanche}}), mardi soir. Note pour ma commission.
Un marin-pecheur, M. [[PERSONNE:Goulven Le Dû]], main ecrasee dans un treuil. Il arrive avec son patron, M. [[PERSONNE:Hervé Calvez]], de l'armement {{Calvez Pêche}}, et son matelot [[PERSONNE:Kévin]].
L'IOA, [[PERSONNE:Anaïs Le Guen]], trie {{niveau 2}}. Le patron donne tout de suite la declaration d'accident du travail.
Au guichet, M. [[PERSONNE:Le Dû]] donne sa date de naissance : [[DATE_NAISSANCE:31/12/1985]], « le soir du reveillon, ma mere ne l'a jamais digere ».
Adresse : [[ADRESSE:4 rue du Port, 29760 Penmarc'h]]. Telephone de sa femme, [[PERSONNE:Katell]] : [[TELEPHONE:06 63 25 80 14]].
Le chirurgien de la main, le Dr [[PERSONNE:Tréguer]], arrive a {{21h}}. Bloc a {{22h}}.
Le patron reste jusqu'au bout. Il me dit : « un bateau c'est une famille, et la famille ca ne part pas »."""),
(URG, AP, """a l'entree des urgences, panneau « pas de medecin traitant ? → {{maison médicale de garde}} ({{20h-minuit}}) ». personne ne le lit. tout le monde a {{Doctolib}} ouvert sur son tel."""),
(URG, AP, """{{3h}} du mat. ado ramene par les pompiers, alcool. il donne un faux nom : « [[PERSONNE:Tony Montana]] ». l'IOA soupire. vrai nom trouve sur sa carte de bus : [[PERSONNE:Enzo Lemarié]]."""),
(URG, AT, """l'agente du standard dit « urgences, bonsoir » {{63 fois}} en 3h (j'ai compte). « on ne dit jamais "bonsoir" au {{15}} », elle rit."""),
(URG, AP, """{{Urgences}} du {{CHU de Nice}}, site {{Pasteur 2}}, le {{14 juillet}}, soir du feu d'artifice sur la {{Promenade des Anglais}}.
Un touriste allemand, M. [[PERSONNE:Klaus Becker]], arrive avec sa femme [[PERSONNE:Ursula]] et leur petit-fils [[PERSONNE:Jonas]], qui s'est brule avec un petard. [[PERSONNE:Jonas]] traduit un peu, il apprend le francais au lycee.
L'IOA, [[PERSONNE:Julie Ottaviani]], demande une piece d'identite : passeport allemand [[IDENTIFIANT:C01X00T47]]. Et la {{carte européenne d'assurance maladie}}, n° [[IDENTIFIANT:80276001234567890]].
Leur camping-car est gare en double file devant les urgences : plaque allemande [[IMMATRICULATION:M-KB 4712]]. Le vigile, [[PERSONNE:Jean-Paul]], vient demander de le deplacer.
[[PERSONNE:Ursula]] ne parle pas francais, [[PERSONNE:Julie]] ne parle pas allemand ; elles finissent en anglais avec {{Google Traduction}} en renfort.
Brulure du 2e degre, soins, sortie a {{1h}}. [[PERSONNE:Klaus]] laisse un mot sur le comptoir : « Danke, {{Nizza}} »."""),
(URG, AP, """femme tombee a velo (un {{vélo STAR}}), Mme [[PERSONNE:Cécile Moreau]], nee le [[DATE_NAISSANCE:1er avril 1977]] (« pas une blague »). {{tri 4}}. attente annoncee {{3h}}, elle repart. 😬"""),
(URG, AP, """{{Urgences}} de {{Saint-Malo}}, samedi d'aout. Touristes partout.
Une famille de {{Lyon}}, les [[PERSONNE:Perrin]] : le pere [[PERSONNE:Guillaume]], la mere [[PERSONNE:Claire]], et trois enfants dont [[PERSONNE:Léon]], {{10 ans}}, mordu par un chien sur la plage du {{Sillon}}. Le proprietaire du chien, M. [[PERSONNE:Lesage]], les a suivis, tres gene, avec le chien {{Oscar}} dans sa voiture.
L'IOA, [[PERSONNE:Yannick Rault]], trie {{niveau 3}}, desinfecte, appelle le medecin.
M. [[PERSONNE:Lesage]] donne son adresse pour l'assurance : [[ADRESSE:12 chaussée du Sillon, 35400 Saint-Malo]], et son numero : [[TELEPHONE:06 24 80 11 56]]. [[PERSONNE:Guillaume Perrin]] note sur son tel.
La rage ? Non, le chien est vaccine, M. [[PERSONNE:Lesage]] montre le carnet.
[[PERSONNE:Léon]] demande si on va « piquer le chien ». Tout le monde : « non ! ». Il est rassure.
Le soir je vois {{Oscar}} et [[PERSONNE:Léon]] se renifler sur le parking. Fin heureuse."""),
(URG, AT, """appel de la gendarmerie de {{Ploërmel}}
recherche d'un patient, M. [[PERSONNE:Ludovic Hervé]], pour audition
l'agente : « je ne confirme pas la presence d'un patient par telephone »
le gendarme insiste, donne son matricule, elle tient bon
« faites une requisition, monsieur »
elle me dit apres : « le {{secret médical}}, c'est pas negociable »"""),
(URG, AP, """ado de {{14 ans}}, [[PERSONNE:Mathis]], amene par le CPE du college {{Anne de Bretagne}}, M. [[PERSONNE:Bellanger]].
chute dans l'escalier.
parents prevenus : mere au [[TELEPHONE:06 77 13 40 58]]."""),
(URG, AP, """{{Urgences gériatriques}}, hopital {{Charles-Foix}}, {{Ivry-sur-Seine}}.
Une dame de {{89 ans}}, Mme [[PERSONNE:Odile Renaud]], arrive en ambulance avec son dossier dans une pochette {{Monoprix}}. Sa voisine, Mme [[PERSONNE:Chen]] ([[PERSONNE:Li]]), a suivi en taxi.
L'infirmiere, [[PERSONNE:Marie-Noëlle]], lit la pochette a voix haute : « [[PERSONNE:Renaud Odile]], nee le [[DATE_NAISSANCE:2 mars 1935]], {{Harmonie Mutuelle}} n° [[IDENTIFIANT:HM 7731 0462]], medecin traitant Dr [[PERSONNE:Charpentier]] ».
Dans la pochette aussi : la liste des medicaments (14 lignes), une photo de son mari [[PERSONNE:Lucien]], et un billet de {{20 €}} « pour le taxi du retour ».
Mme [[PERSONNE:Chen]] parle a Mme [[PERSONNE:Renaud]] en mandarin et en francais melanges ; Mme [[PERSONNE:Renaud]] ne parle pas mandarin mais elle hoche la tete.
Le fils, [[PERSONNE:Philippe Renaud]], arrive de {{Versailles}} a {{19h}}, en costume, avec son telephone de travail qui sonne sans arret.
L'interne, [[PERSONNE:Léa]], lui dit : « votre maman a une voisine formidable ». Il ne connaissait pas son nom."""),
(URG, AT, """entre 2 appels, l'agente me montre le classeur des numeros : {{centre antipoison}}, {{Samu}}, {{SOS Mains}}, {{Samu social}}, {{115}}, {{psychiatrie}}, et « {{pompes funèbres}} de garde »."""),
(URG, AP, """monsieur veut juste « un certificat pour la {{CPAM}} » a {{2h}} du matin. IOA : non. il s'enerve, donne son nom en criant : « [[PERSONNE:LEBLANC]] ! [[PERSONNE:Jacques LEBLANC]] ! »... le vigile arrive."""),
(URG, AT, """Standard des urgences, {{CH de Valence}}, nuit de {{Noël}}. Agente : [[PERSONNE:Noëlle Faure]] (« [[PERSONNE:Noëlle]], un {{24 décembre}}, je suis maudite », dit-elle).
{{23h50}} : appel d'une fille, [[PERSONNE:Audrey Bonnet]], depuis {{Montréal}} : sa mere, Mme [[PERSONNE:Bonnet]], a ete amenee par le {{SMUR}}. Elle donne la date de naissance de sa mere : [[DATE_NAISSANCE:25 décembre 1950]] — « oui, elle est nee un jour de fete aussi ».
[[PERSONNE:Noëlle]] verifie, la patiente est en rea. Elle transfere au medecin de garde, le Dr [[PERSONNE:Chabert]], qui rappelle [[PERSONNE:Audrey]] sur son numero canadien : [[TELEPHONE:+1 514 555 0192]].
{{0h30}} : appel d'un monsieur qui veut savoir si les urgences sont « ouvertes a Noël ». [[PERSONNE:Noëlle]] : « toujours, monsieur ».
Elle mange une {{papillote}} entre deux appels. {{Révillon}}, evidemment.
Ce que je retiens : les fetes remplissent les urgences de solitude."""),
(URG, AT, """rappel d'un patient par l'IOA pour un resultat : « le medecin qui vous suit ? » — « le Dr [[PERSONNE:Gilles]] a {{Cesson}}, enfin [[PERSONNE:Gilles]] c'est son prenom, le nom je sais plus ». 🙄"""),
# ---- CHRS / 115 ------------------------------------------------------------------------
(CHRS, AT, """Plateforme du {{115}}, {{SIAO 35}}, {{21h}}. J'ecoute a cote d'[[PERSONNE:Aziz]], ecoutant depuis {{7 ans}}, et de [[PERSONNE:Pauline Gaudin]], coordinatrice.
Appel d'une femme avec deux enfants, Mme [[PERSONNE:Bamba]] — [[PERSONNE:Awa Bamba]] — a la {{gare de Rennes}}, sous l'horloge. Elle a quitte le domicile conjugal a {{Saint-Nazaire}} ce matin.
[[PERSONNE:Aziz]] demande les dates de naissance des enfants : [[PERSONNE:Moussa]], [[DATE_NAISSANCE:12/05/2017]], et [[PERSONNE:Binta]], [[DATE_NAISSANCE:03/09/2020]].
Elle donne son numero : [[TELEPHONE:07 58 40 13 27]], « mais la batterie est a {{4 %}} ».
[[PERSONNE:Pauline]] cherche : une place a l'{{hôtel Ibis Budget}} de {{Cesson}}, chambre {{214}}, pour {{3 nuits}}. Reference SIAO : [[IDENTIFIANT:SIAO35-24-08812]].
[[PERSONNE:Aziz]] rappelle Mme [[PERSONNE:Bamba]] : coupe. Il rappelle. Elle decroche. « Madame, prenez le bus {{C6}}... »
Elle arrive a l'hotel a {{22h40}} ; le veilleur de nuit, [[PERSONNE:Joël]], confirme par telephone."""),
(CHRS, AP, """accueil de jour du CHRS {{8h}} : douches ({{12}}), machines a laver ({{4}}), cafe ({{3 litres}}). le chien {{Rocky}} dort sous la table. {{Ouest-France}} du jour circule de main en main."""),
(CHRS, CSP, """Visite d'un appartement en diffus du CHRS {{L'Escale}} a {{Saint-Brieuc}}, avec l'educatrice [[PERSONNE:Maud Hervé]] et le chef de service, M. [[PERSONNE:Roland Briand]] (« [[PERSONNE:Roro]] » pour les residents, jamais devant lui).
Adresse : [[ADRESSE:6 rue Jules Verne, apt 21, 22000 Saint-Brieuc]]. Y vivent Mme [[PERSONNE:Sylvie Rault]] et sa fille [[PERSONNE:Emma]], {{16 ans}}, sorties de violences conjugales.
L'ex, M. [[PERSONNE:Rault]] lui aussi — [[PERSONNE:Dominique Rault]] —, a une interdiction de contact. [[PERSONNE:Sylvie]] garde la copie de l'ordonnance de protection, RG [[IDENTIFIANT:24/00231]], dans un tiroir.
[[PERSONNE:Maud]] fait le point : loyer, {{APL}}, le lycee d'[[PERSONNE:Emma]] ({{Rabelais}}). [[PERSONNE:Emma]] veut faire un {{BTS}} a {{Rennes}}.
[[PERSONNE:Sylvie]] montre le nouveau canape, trouve chez {{Emmaüs}}. Elle dit « c'est le premier meuble a moi depuis {{15 ans}} ».
[[PERSONNE:Roland]] note une fuite sous l'evier, il appelle le plombier, {{Lebrun Plomberie}}.
{{1h}}. Je retiens : la visite sert surtout a dire « vous n'etes pas seules »."""),
(CHRS, AT, """{{115}}, {{23h14}} : homme, [[PERSONNE:Dimitri]], {{34 ans}}, « dort dans sa voiture » sur le parking du {{Leclerc}} de {{Pacé}}.
plaque pour la maraude : [[IMMATRICULATION:CV 215 PL]].
pas de place ce soir.
rappel demain {{9h}}."""),
(CHRS, AP, """CHRS {{Le Relais}}, {{Lorient}}, accueil d'entree. {{14h}}.
Arrivee de la famille [[PERSONNE:Gashi]], kosovare : M. [[PERSONNE:Arben Gashi]], Mme [[PERSONNE:Drita Gashi]], leurs trois enfants, et l'oncle [[PERSONNE:Besnik]] qui les a conduits et repartira a {{Lyon}} demain.
L'educateur d'accueil, [[PERSONNE:Frédéric Le Moing]] (« [[PERSONNE:Fred]] »), et la psychologue, [[PERSONNE:Laurence Abiven]], les recoivent a deux.
Documents : recepisse de demande d'asile n° [[IDENTIFIANT:5602301448]], et attestation {{OFII}}. Dates de naissance des enfants, lues par [[PERSONNE:Arben]] sur le papier : [[DATE_NAISSANCE:02/02/2012]], [[DATE_NAISSANCE:17/10/2014]], [[DATE_NAISSANCE:29/07/2019]].
[[PERSONNE:Drita]] demande s'il y a une ecole proche : l'ecole {{Bois du Château}}, a {{400 m}}.
[[PERSONNE:Fred]] leur montre la chambre {{7}} et la chambre {{8}}, communicantes. Le petit ({{5 ans}}) demande s'il y a la {{wifi}}.
L'oncle [[PERSONNE:Besnik]] me dit en partant : « ici c'est mieux que {{Calais}} »."""),
(CHRS, AT, """{{115}} : {{212 appels}} entre {{18h}} et {{minuit}}, {{41 décrochés}}. {{0 place}} femme seule a {{22h}}. l'ecoutante me dit : « on dit non toute la nuit »."""),
(CHRS, CSP, """visite chambre {{12}} du CHRS {{Les Lilas}} : M. [[PERSONNE:Kader]], {{52 ans}}, a tout range.
sur le mur une affiche de {{Zidane}} et une photo de sa fille [[PERSONNE:Yasmine]].
educ : [[PERSONNE:Christelle]]."""),
(CHRS, AP, """CHRS {{La Passerelle}}, {{Nantes}}, commission d'admission, mardi. Je suis au bout de la table.
Autour : la directrice, Mme [[PERSONNE:Brigitte Lorant]], l'assistante sociale du {{SIAO}}, [[PERSONNE:Samira]], l'educateur referent, [[PERSONNE:Jonathan]], et le candidat, M. [[PERSONNE:Yohann Le Meur]], {{27 ans}}, sorti du {{centre pénitentiaire}} de {{Nantes}} la semaine derniere.
Sa conseillere {{SPIP}}, Mme [[PERSONNE:Vidal]], est en visio. Sa mere, Mme [[PERSONNE:Le Meur]] ([[PERSONNE:Nadine]]), est dans le couloir, elle n'a pas eu le droit d'entrer.
[[PERSONNE:Yohann]] parle de sa fille, [[PERSONNE:Lina]], {{4 ans}}, qu'il n'a pas vue depuis deux ans. [[PERSONNE:Brigitte]] : « on va en parler avec le {{JAF}} ».
Son identifiant SIAO : [[IDENTIFIANT:44-SI-2024-06671]]. Son numero {{France Travail}}, pour l'accompagnement : [[ID_FRANCE_TRAVAIL:6231847P]].
Admission validee. [[PERSONNE:Yohann]] sort, embrasse sa mere. [[PERSONNE:Jonathan]] : « la, c'est le plus facile. Le plus dur commence demain »."""),
(CHRS, AT, """{{115}} de {{Paris}}, {{Samusocial}}, {{3h}} du matin. J'ecoute avec [[PERSONNE:Ousmane Cissé]], ecoutant de nuit.
Appel d'un homme qui dit s'appeler « [[PERSONNE:Captain]] ». Pas d'autre nom. Il appelle tous les soirs, [[PERSONNE:Ousmane]] le connait, il lui repond « mon capitaine ».
[[PERSONNE:Captain]] est a la {{gare du Nord}}, il fait {{-3°}}. [[PERSONNE:Ousmane]] lui trouve une place au centre {{Rosa Parks}}, dans le {{19e}}.
[[PERSONNE:Captain]] donne enfin son nom pour la fiche : [[PERSONNE:Jean-Claude Martineau]], ne le [[DATE_NAISSANCE:4 juillet 1966]], « le jour de la fete des Americains ».
[[PERSONNE:Ousmane]] : « depuis le temps, mon capitaine ! ».
Puis appel d'une femme, [[PERSONNE:Gloria]], qui appelle pour une amie enceinte, [[PERSONNE:Precious]], a la {{porte de la Chapelle}}. Numero de [[PERSONNE:Gloria]] : [[TELEPHONE:06 51 29 73 08]].
[[PERSONNE:Ousmane]] declenche la maraude. Il raccroche et se frotte les yeux."""),
(CHRS, CSP, """visite logement {{ALT}} : studio {{18 m²}}, kitchenette, douche. la residente a mis des guirlandes {{Ikea}} partout. l'educ coche la grille « {{appropriation du logement}} »."""),
(CHRS, AP, """bureau d'accueil CHRS :
M. [[PERSONNE:Sergio Lopes]] vient pour son {{RSA}}, n° alloc [[N_ALLOCATAIRE:3381920]]
l'educ l'aide a faire la {{DTR}} sur le PC
nouveau compte {{Nickel}} a declarer : [[IBAN:FR76 1010 7051 7865 0220 3256 787]]
{{15 min}}
il parle de {{Benfica}} tout le temps, l'educ est supporter du {{FC Porto}}, ambiance"""),
(CHRS, AT, """{{115}} : jeune femme, {{18 ans}}, [[PERSONNE:Kenza]], mise dehors par sa mere a {{Vannes}}. l'ecoutante demande sa ddn : [[DATE_NAISSANCE:09/01/2006]]. majeure depuis {{3 mois}}. orientation {{FJT}} demain."""),
(CHRS, CSP, """Visite des chambres au CHRS {{Le Goëland}}, {{Brest}}, avec le veilleur-educateur [[PERSONNE:Yvon]] (« [[PERSONNE:Vonvon]] », {{61 ans}}, ancien de la {{Marine nationale}}).
Chambre {{3}} : M. [[PERSONNE:Gaël Simon]], {{45 ans}}, et son chat {{Mistigri}} (les animaux sont toleres ici, c'est rare). Poster de {{Miossec}} au-dessus du lit.
Chambre {{5}} : M. [[PERSONNE:Simon Lévêque]], {{38 ans}}. « [[PERSONNE:Simon]] et [[PERSONNE:Simon]] », dit [[PERSONNE:Yvon]], « un de nom, un de prenom, on les confond au courrier ».
[[PERSONNE:Simon Lévêque]] me montre son contrat d'interim chez {{Manpower}} et son permis de conduire retrouve, n° [[IDENTIFIANT:870629300512]]. Il est fier.
Chambre {{9}} : vide. L'ancien resident, « [[PERSONNE:Momo]] », est parti la semaine derniere dans un logement {{Brest Métropole Habitat}}, [[ADRESSE:11 rue de Kerigonan, 29200 Brest]]. [[PERSONNE:Yvon]] a garde l'adresse « pour passer le voir ».
[[PERSONNE:Gaël Simon]] demande a [[PERSONNE:Yvon]] de l'aider a ecrire a sa soeur, [[PERSONNE:Nolwenn]], a {{Morlaix}}.
{{45 min}}. [[PERSONNE:Yvon]] : « ici, la porte de la chambre, c'est la seule chose qui ferme a cle dans leur vie »."""),
(CHRS, AP, """regle du CHRS affichee : « pas d'alcool, pas de visite apres {{21h}}, reunion des residents le {{jeudi}} a {{18h}} ». en dessous, au feutre : « et pas de {{Jul}} trop fort » 😂"""),
(CHRS, AT, """Soiree au {{115}} du {{Morbihan}}. Ecoutante : [[PERSONNE:Armelle Le Pape]] ; coordinateur d'astreinte : [[PERSONNE:Jérémy]] (au telephone depuis chez lui).
{{19h35}} : appel d'une assistante sociale de l'hopital de {{Vannes}}, Mme [[PERSONNE:Quillien]], pour une sortie d'hospitalisation : M. [[PERSONNE:René Guégan]], {{72 ans}}, sans domicile depuis l'incendie de sa caravane au [[ADRESSE:camping municipal de Sarzeau, emplacement 7]].
[[PERSONNE:Armelle]] demande sa date de naissance : [[DATE_NAISSANCE:16/08/1952]]. Et son IPP a l'hopital pour la coordination : [[IDENTIFIANT:560239841]].
Pas de place adaptee. [[PERSONNE:Jérémy]] autorise une nuit d'hotel, {{hôtel Le Relais, chambre 2}}.
Mme [[PERSONNE:Quillien]] donne son numero direct pour le suivi : [[TELEPHONE:02 97 01 44 15]].
[[PERSONNE:Armelle]] raccroche : « {{72 ans}}, a la rue en sortant de l'hopital, et ca arrive chaque semaine »."""),
(CHRS, CSP, """visite studio diffus, [[ADRESSE:2 rue Jean Macé, 35700 Rennes]], chez Mme [[PERSONNE:Diarra]]. ses deux garcons font leurs devoirs sur une table {{But}}. l'educ, [[PERSONNE:Gwénola]], verifie le detecteur de fumee."""),
(CHRS, AP, """Accueil de nuit du {{Samu social}} de {{Lyon}}, {{Gerland}}. {{20h30}}. File dehors, {{40 personnes}}.
Un couple arrive avec un bebe : [[PERSONNE:Ion]] et [[PERSONNE:Maria Popescu]], et le bebe, [[PERSONNE:Andrei]], {{2 mois}}. L'agent d'accueil, [[PERSONNE:Romain Giraud]], connait [[PERSONNE:Ion]] : « t'etais a {{Villeurbanne}} la semaine derniere ».
[[PERSONNE:Maria]] montre le carnet de sante : [[PERSONNE:Andrei]] est ne le [[DATE_NAISSANCE:6 juin 2024]]. [[PERSONNE:Romain]] appelle la {{PMI}} de garde, puis la cheffe de service, Mme [[PERSONNE:Garnier]] : une chambre famille se libere.
[[PERSONNE:Ion]] montre son passeport roumain, [[IDENTIFIANT:057744219]] ; [[PERSONNE:Maria]] n'a rien, « tout est reste chez le cousin, [[PERSONNE:Vasile]], a {{Vaulx-en-Velin}} ».
Un autre homme dans la file s'enerve : « eux ils passent devant parce qu'ils ont un bebe ! ». [[PERSONNE:Romain]] : « oui ». Il n'explique pas plus.
{{21h15}}, la famille monte. [[PERSONNE:Romain]] me dit qu'il a {{24 ans}} et qu'il fait ca « en attendant le concours »."""),
(CHRS, AT, """le {{115}} recoit aussi des appels de gens qui « veulent aider » : un monsieur propose sa chambre d'amis, une dame des couvertures. orientation vers {{Emmaüs}}, la {{Croix-Rouge}}, les {{Restos du Cœur}}."""),
(CHRS, AP, """residente, [[PERSONNE:Jessica]], arrive au bureau en criant
elle a trouve un CDI chez {{Burger King}} !!
toute l'equipe applaudit, meme le cuisinier
son identifiant {{France Travail}} a mettre a jour : [[ID_FRANCE_TRAVAIL:4419027W]]
l'educ lui rappelle de prevenir la {{Caf}} pour le {{RSA}}
elle : « je m'en fous, j'ai un CDI » 🎉"""),
(CHRS, CSP, """Visite d'un logement {{Un chez-soi d'abord}} avec l'equipe mobile : l'infirmier [[PERSONNE:Damien]] et la travailleuse paire [[PERSONNE:Nathalie Roux]] (« [[PERSONNE:Nat]] », elle a dormi dehors {{6 ans}}).
Locataire : M. [[PERSONNE:Stéphane Moulin]], {{49 ans}}, schizophrenie stabilisee, [[ADRESSE:27 avenue Henri Fréville, appt 96, 35200 Rennes]].
Il nous montre sa collection de vinyles : {{Noir Désir}}, {{Bashung}}, {{Bérurier Noir}}. Il met {{Le vent nous portera}} pendant qu'on parle.
Son frere, [[PERSONNE:Olivier Moulin]], passe deposer des courses. Il se presente : « je suis le frere, pas le tuteur ». Le tuteur, c'est l'{{UDAF}}, M. [[PERSONNE:Lainé]].
[[PERSONNE:Nat]] parle avec [[PERSONNE:Stéphane]] de son ancien squat a la {{Courrouze}}. [[PERSONNE:Damien]] verifie le pilulier.
{{50 min}}. [[PERSONNE:Nat]], en sortant : « on vient pour le pilulier, on reste pour {{Bashung}} »."""),
(CHRS, AT, """{{115}} : un homme appelle pour son frere [[PERSONNE:Marco]], qui dort sous le pont de {{Saint-Cloud}}... non, le pont {{Saint-Hélier}}, a {{Rennes}}. maraude prevenue. numero du frere : [[TELEPHONE:06 45 31 72 90]]."""),
(CHRS, AP, """repas du soir CHRS : {{hachis parmentier}}, {{18 résidents}}, {{3 éducs}}. tele : {{Plus belle la vie}} (rediff). un resident : « c'est mieux que {{Koh-Lanta}} »."""),
(CHRS, CSP, """controle securite chambre {{14}} : plaque electrique interdite trouvee. le resident, M. [[PERSONNE:Abdoulaye Baldé]], s'excuse. l'educ [[PERSONNE:Benoît]] la garde « jusqu'au depart »."""),
(CHRS, AP, """CHRS {{Le Phare}}, {{Marseille}}, femmes avec enfants. {{10h}}, bureau de l'assistante sociale, [[PERSONNE:Karima Aït-Ali]].
Mme [[PERSONNE:Jennifer Lambert]] vient avec son fils [[PERSONNE:Kylian]] (« comme {{Mbappé}} », dit-il fierement, {{7 ans}}) et sa mere, Mme [[PERSONNE:Lambert]] aussi, [[PERSONNE:Josiane]], venue de {{Toulon}} pour la journee.
Objet : demande de logement social, numero unique [[IDENTIFIANT:013102410089425]].
[[PERSONNE:Karima]] relit la situation : ex-conjoint, M. [[PERSONNE:Anthony Ricci]], condamne, ordonnance de protection. [[PERSONNE:Jennifer]] ne dit rien, la grand-mere serre les dents.
[[PERSONNE:Karima]] met a jour l'adresse de contact : celle du CHRS, pas celle de la grand-mere a Toulon. Puis le numero de [[PERSONNE:Jennifer]] : [[TELEPHONE:07 83 52 19 64]], son mail : [[EMAIL:jenn.lambert13@gmail.com]], et le RIB du compte qu'elle vient d'ouvrir, au format RIB : [[IBAN:30002 09744 04080806650 62]].
[[PERSONNE:Kylian]] colorie un dessin de l'{{OM}}.
{{35 min}}. [[PERSONNE:Karima]], apres : « la grand-mere, c'est elle qui tient tout »."""),
(CHRS, AT, """{{115}} de la {{Haute-Garonne}}, {{Toulouse}}. {{22h}}. Ecoutant : [[PERSONNE:Bastien Roques]].
Appel en espagnol : une femme colombienne, [[PERSONNE:Yuliana Cárdenas]], avec son fils [[PERSONNE:Santiago]]. [[PERSONNE:Bastien]] appelle l'interprete d'{{ISM}} en conference : « [[PERSONNE:Carolina]] ».
[[PERSONNE:Yuliana]] est a la {{gare Matabiau}}. Elle a fui un hebergeur, [[PERSONNE:Raúl]], qui « voulait de l'argent ou autre chose ».
[[PERSONNE:Bastien]] demande une piece d'identite : passeport colombien, elle lit le numero, [[IDENTIFIANT:AV492117]]. Date de naissance : [[DATE_NAISSANCE:22 de marzo de 1996]], [[PERSONNE:Carolina]] traduit « [[DATE_NAISSANCE:22 mars 1996]] ».
Place trouvee a l'{{hôtel Première Classe}} de {{Blagnac}}, chambre {{31}}. [[PERSONNE:Bastien]] dicte l'itineraire, tram {{T1}}.
[[PERSONNE:Carolina]], avant de raccrocher : « dites-lui que ca va aller ». [[PERSONNE:Bastien]] : « je crois que vous venez de le dire »."""),
(CHRS, CSP, """tour des appartements en diffus : {{4 logements}}, {{2 villes}} ({{Lannion}}, {{Perros-Guirec}}), {{110 km}}. dans un frigo, un yaourt perime depuis {{mars}}. l'educ : « je le jette pas, je note, on en parle la semaine prochaine »."""),
(CHRS, AP, """entretien d'admission : M. [[PERSONNE:Tristan Vigneron]], {{31 ans}}, sorti de l'{{ASE}} il y a {{10 ans}}, a la rue depuis. n° SIAO : [[IDENTIFIANT:SIAO35-23-10077]]. son chien {{Nala}} n'est pas accepte. il refuse la place."""),
(CHRS, AT, """{{115}} : dame de {{80 ans}}, Mme [[PERSONNE:Jeannine Colin]], mise a la porte par son petit-fils.
elle donne son adresse : [[ADRESSE:18 rue Gambetta, 22100 Dinan]].
l'ecoutant appelle la gendarmerie ({{17}})."""),
(CHRS, AP, """CHRS {{L'Étape}}, {{Angers}}, fete de {{Noël}} avec les residents et les equipes. Je suis invitee comme elue.
Un resident, M. [[PERSONNE:Patrick Jolivet]] (« [[PERSONNE:Pat]] »), fait le {{Père Noël}} avec une barbe en coton. Sa fille, [[PERSONNE:Clémence]], qu'il n'avait pas vue depuis {{4 ans}}, est venue avec son compagnon [[PERSONNE:Axel]].
La directrice, Mme [[PERSONNE:Hélène Brossard]], me dit que c'est l'educatrice [[PERSONNE:Anaïs]] qui a retrouve [[PERSONNE:Clémence]] sur {{Facebook}}, compte [[IDENTIFIANT:@clem.jolivet.49]].
[[PERSONNE:Pat]] chante {{Petit Papa Noël}}, tout le monde reprend, meme le cuisinier, [[PERSONNE:Mohamed]].
Un autre resident, M. [[PERSONNE:Noël Bertrand]] — oui, [[PERSONNE:Noël]] —, refuse de chanter « parce que c'est sa fete, pas son travail ».
Les cadeaux viennent du {{Secours catholique}} et de la {{Fondation de France}}.
Je repars a {{22h}}. Je crois que c'est la soiree la plus importante de mon mandat."""),
(CHRS, AT, """{{115}} : ecran de suivi des places : {{CHRS}} 0, {{CHU}} 2, {{hôtel}} 6, {{halte de nuit}} 15. a {{23h}} tout est a 0. l'ecoutant ferme l'onglet « disponibilites »."""),
(CHRS, CSP, """Visite d'un logement en diffus de l'association {{Aurore}}, {{Paris}} {{20e}}, avec la travailleuse sociale [[PERSONNE:Aurore Delmas]] — oui, elle s'appelle [[PERSONNE:Aurore]] et travaille chez {{Aurore}}, « on me l'a faite mille fois ».
Adresse : [[ADRESSE:45 rue des Pyrénées, 75020 Paris]], 6e etage. Y vit M. [[PERSONNE:Amadou Koné]], refugie ivoirien, avec ses deux fils, [[PERSONNE:Ismaël]] et [[PERSONNE:Yacouba]].
Son titre de sejour : carte de resident [[IDENTIFIANT:7510928374]]. Il attend la reunification familiale pour sa femme, [[PERSONNE:Mariam]], restee a {{Abidjan}}.
[[PERSONNE:Aurore]] verifie le loyer, la quittance de {{Paris Habitat}}, le suivi {{OFPRA}}.
[[PERSONNE:Ismaël]] joue a {{FIFA}} sur une {{PlayStation}} d'occasion, [[PERSONNE:Yacouba]] fait ses devoirs : une redaction sur {{Les Misérables}}.
{{40 min}}. [[PERSONNE:Aurore]] : « la visite, c'est pour verifier que tout va bien. Et pour le the »."""),
(CHRS, AP, """[[PERSONNE:Sarah]], {{22 ans}}, demande si elle peut recevoir du courrier au CHRS : oui. nom a mettre sur l'enveloppe : « [[PERSONNE:Sarah Benhamou]], {{CHRS Le Phare, chambre 4}} »."""),
(CHRS, AT, """Commission d'orientation du {{SIAO}} de la {{Gironde}}, par telephone. Animatrice : Mme [[PERSONNE:Marion Lacaze]].
Dossiers du jour : {{12}}. Le 4e : M. [[PERSONNE:Fabrice Dumas]], {{56 ans}}, ancien chauffeur {{Transdev}}, perte de logement apres divorce. Son ex-femme, Mme [[PERSONNE:Dumas]] ([[PERSONNE:Corinne]]), a garde la maison, [[ADRESSE:8 allée des Érables, 33600 Pessac]].
Son assistante sociale de secteur, Mme [[PERSONNE:Lestrade]], est en ligne : « il dort dans sa {{Kangoo}} depuis deux mois » ; elle donne la plaque, [[IMMATRICULATION:EF-390-WX]], pour que la police municipale ne l'embete pas.
Orientation : CHRS {{Le Prado}}, place dans {{15 jours}}. En attendant, {{halte de nuit}}.
Le 5e dossier : une jeune femme, [[PERSONNE:Océane Martin]], {{19 ans}}, sortie d'{{ASE}}. Mme [[PERSONNE:Lacaze]] : « prioritaire ».
Je note que chaque dossier dure {{4 minutes}}, au maximum. « Sinon on ne finit jamais »."""),
(CHRS, CSP, """visite de securite du batiment avec le {{SDIS}} : extincteurs ok, alarme ok, issue de secours encombree par des velos. le directeur promet « avant {{vendredi}} »."""),
(CHRS, AP, """CHRS {{Le Tremplin}}, {{Besançon}}. Jeudi, atelier « recherche d'emploi ».
Quatre residents autour d'un ordinateur avec l'educatrice [[PERSONNE:Valérie Monnier]] : [[PERSONNE:Kevin]], [[PERSONNE:Loïc]], [[PERSONNE:Ahmed Benaïssa]] et une seule femme, [[PERSONNE:Priscilla]].
[[PERSONNE:Valérie]] montre un CV modele, « au nom de [[PERSONNE:Jean Dupont]], ne faites pas ca, mettez le votre ».
[[PERSONNE:Ahmed]] a un entretien chez {{Lidl}} lundi. Il s'entraine : « Bonjour, je m'appelle [[PERSONNE:Ahmed Benaïssa]], j'ai {{34 ans}}... ».
[[PERSONNE:Priscilla]] veut faire aide-soignante, elle lit a voix haute son identifiant {{France Travail}} : [[ID_FRANCE_TRAVAIL:5578213 X]].
[[PERSONNE:Kevin]] dit qu'il veut etre youtubeur, son compte : [[IDENTIFIANT:@kev_du_25]]. Tout le monde rit, [[PERSONNE:Valérie]] aussi, puis elle lui dit que « monteur video » c'est un vrai metier.
[[PERSONNE:Loïc]] ne dit rien pendant une heure et a la fin demande : « vous pouvez m'aider pour une lettre a ma mere ? »."""),
(CHRS, AT, """{{115}}, {{1h40}} : une femme appelle depuis un hall d'immeuble, [[ADRESSE:4 rue Guy Ropartz, 35700 Rennes]] (l'adresse de sa soeur [[PERSONNE:Linda]], qui ne repond pas).
pas de place.
l'ecoutant reste {{20 min}} avec elle au tel."""),
(CHRS, CSP, """Visite de nuit (!) au CHRS {{Les Amarres}}, {{La Rochelle}}, avec le veilleur, [[PERSONNE:Jean-Michel Rocher]], « [[PERSONNE:Jim]] ».
{{23h}} : ronde des chambres. Chambre {{2}} : M. [[PERSONNE:Ruben]], dort. Chambre {{4}} : Mme [[PERSONNE:Nadia Cherki]], ne dort pas, elle regarde une serie coreenne sur {{Netflix}}, sur son telephone.
Chambre {{6}} : M. [[PERSONNE:Olivier Rocher]] — le meme nom que [[PERSONNE:Jim]], « pas de la famille, heureusement pour lui », dit [[PERSONNE:Jim]] —, qui fait des cauchemars depuis l'{{Afghanistan}} (ancien militaire).
[[PERSONNE:Jim]] s'assoit avec lui {{20 minutes}}. [[PERSONNE:Olivier]] parle de sa fille, [[PERSONNE:Manon]], a {{Niort}}, et donne a [[PERSONNE:Jim]] son numero a elle pour qu'on l'appelle « s'il m'arrive quelque chose » : [[TELEPHONE:06 39 84 21 05]].
[[PERSONNE:Jim]] ne le note pas dans le cahier, il le donnera a la cheffe le lendemain : procedure.
{{1h}} du matin. [[PERSONNE:Jim]] fait un the. Je comprends que la nuit, c'est lui, tout seul, pour {{32 personnes}}."""),
(CHRS, AP, """sur le tableau de l'accueil : « RDV {{Caf}} {{mardi}}, {{France Travail}} {{jeudi}}, {{PASS}} {{vendredi}} ». et un dessin d'enfant : un soleil et le mot « maison »."""),
(CHRS, AT, """appel d'un hotel au {{115}}, {{hôtel du Commerce}}
le client de la {{chambre 117}}, M. [[PERSONNE:Bilal]], n'est pas rentre depuis {{3 nuits}}
l'hotelier, M. [[PERSONNE:Patel]], veut liberer la chambre
l'ecoutante note, demande d'attendre {{48h}}
elle appelle le portable de [[PERSONNE:Bilal]] : messagerie
signalement a l'equipe de maraude"""),
(CHRS, AP, """atelier cuisine CHRS : [[PERSONNE:Fatou]] fait un {{mafé}}, [[PERSONNE:Irina]] un {{bortsch}}, [[PERSONNE:Paulo]] des {{pastéis de nata}}. l'educ, [[PERSONNE:Cédric]], fait la vaisselle."""),
# ---- France Travail --------------------------------------------------------------------
(FT, AP, """Agence {{France Travail}} de {{Rennes-Est}}, {{9h}}. J'accompagne la conseillere [[PERSONNE:Laurence Perrichot]] (« [[PERSONNE:Lolo]] » a la machine a cafe).
Premier rendez-vous : M. [[PERSONNE:Mathieu Rolland]], {{41 ans}}, licencie de {{Stellantis La Janais}}, avec sa femme [[PERSONNE:Aurélie]], qui ne devait pas venir mais est venue.
Identifiant France Travail, lu sur le courrier : [[ID_FRANCE_TRAVAIL:4021736M]]. [[PERSONNE:Laurence]] verifie l'{{ARE}} : {{1 612 €}} net, pour {{18 mois}}. [[PERSONNE:Aurélie]] demande si ca peut aller sur le compte joint : RIB lu sur son telephone, [[IBAN:FR76 1751 5076 9316 9665 7989 647]].
[[PERSONNE:Aurélie]] pose toutes les questions. [[PERSONNE:Mathieu]] regarde ses mains. [[PERSONNE:Laurence]] finit par s'adresser a lui seul, doucement : « et vous, M. [[PERSONNE:Rolland]], vous voulez faire quoi ? »
Il dit : « conduire des bus ». [[PERSONNE:Laurence]] ouvre une {{POEI}} avec {{Keolis}}, formation {{permis D}}.
[[PERSONNE:Aurélie]] pleure un peu. [[PERSONNE:Mathieu]] sourit pour la premiere fois.
{{45 min}}. [[PERSONNE:Laurence]] : « c'est souvent le conjoint qui porte l'angoisse »."""),
(FT, AT, """{{3949}} : jeune, [[PERSONNE:Ryan]], ne comprend pas sa radiation.
identifiant : [[ID_FRANCE_TRAVAIL:6103452 K]].
motif : absence au rdv du {{12}}.
il etait au {{Vélodrome}}...
non, a un entretien, il se reprend.
il va envoyer le justificatif."""),
(FT, AP, """agence {{10h}} : {{3 bornes}}, {{1 écran}} « offres du jour » ({{cariste}}, {{aide à domicile}}, {{serveur}}), file au pre-accueil : {{11 personnes}}. odeur de cafe de la {{Nespresso}} des conseillers."""),
(FT, AT, """Plateforme telephonique {{France Travail}} {{Bretagne}}, double ecoute avec [[PERSONNE:Julien Le Borgne]].
Appel de Mme [[PERSONNE:Christelle Gaudin]], {{54 ans}}, auxiliaire de vie, fin de CDD a l'{{ADMR}}. Elle n'arrive pas a se connecter : « le site me dit que mon mail existe deja ».
Son mail, qu'elle epelle : [[EMAIL:christelle.gaudin1970@wanadoo.fr]].
[[PERSONNE:Julien]] trouve : elle avait un ancien compte, identifiant [[ID_FRANCE_TRAVAIL:3368210R]], de 2015. Il le reactive.
Elle donne son numero pour la suite : [[TELEPHONE:06 86 73 20 14]], et sa date de naissance pour la verification : [[DATE_NAISSANCE:7 avril 1970]].
[[PERSONNE:Julien]] lui parle du {{CEJ}}... non, ca c'est pour les jeunes ; il se reprend : l'{{accompagnement intensif}}.
Elle demande si elle « peut faire une formation a son age ». [[PERSONNE:Julien]] : « il n'y a pas d'age, madame ». Il cite le {{DEAES}}.
{{18 min}}. [[PERSONNE:Julien]] me dit que la moitie des appels, ce sont des mots de passe."""),
(FT, AP, """Agence {{France Travail}} de {{Marseille Belle de Mai}}. {{14h}}, entretien de situation avec la conseillere [[PERSONNE:Fatima Zerrouki]].
M. [[PERSONNE:Nicolas Giordano]] arrive avec son pere, [[PERSONNE:Antoine Giordano]], {{70 ans}}, patron retraite d'une pizzeria, {{Pizzeria Giordano}}, qui veut « lui trouver un vrai travail ».
[[PERSONNE:Fatima]] demande gentiment au pere d'attendre dehors. Il refuse. Puis il accepte quand elle lui dit qu'il y a un cafe, le {{Bar des Sports}}, en face.
[[PERSONNE:Nicolas]], seul, change de ton : il veut etre ingenieur du son, il a un compte {{SoundCloud}}, [[IDENTIFIANT:@nico_giordano_beats]].
[[PERSONNE:Fatima]] ouvre une fiche metier {{ROME}}, parle de l'{{AFPA}} et d'une formation a la {{Friche la Belle de Mai}}.
Son identifiant : [[ID_FRANCE_TRAVAIL:7734120B]]. [[PERSONNE:Fatima]] met a jour le {{PPAE}}.
En sortant, le pere demande : « alors, il va bosser ? ». [[PERSONNE:Nicolas]] : « oui papa, dans la musique ». Le pere : « comme {{Jul}} ? ». Fous rires."""),
(FT, AT, """{{3949}}, message d'attente : « votre temps d'attente est estime a moins de {{5 minutes}} ». {{11 min}} plus tard, le conseiller decroche. 1er appel : « c'est quand le versement ? » → vers le {{28}} du mois."""),
(FT, AP, """inscription d'un jeune, [[PERSONNE:Lucas Martin]]
{{17 ans}} ?? non {{18}}, ne le [[DATE_NAISSANCE:30/05/2006]]
pas d'{{ARE}} (jamais travaille)
orientation {{Mission locale}} pour le {{CEJ}}
il voulait « juste etre inscrit pour ma mere »
{{20 min}}"""),
(FT, AP, """Agence {{France Travail}} de {{Lorient}}, atelier {{CV}} puis entretiens individuels.
Conseiller : [[PERSONNE:Antoine Guillou]], « [[PERSONNE:Tonton]] » pour les collegues parce qu'il a {{62 ans}} et qu'il a forme tout le monde.
Une femme, Mme [[PERSONNE:Françoise Le Dantec]], {{58 ans}}, ex-ouvriere de la conserverie {{Saupiquet}}, vient avec sa fille, [[PERSONNE:Morgane]]. Son mari, [[PERSONNE:Yvon Le Dantec]], attend dans la voiture, une {{Dacia}} [[IMMATRICULATION:DM-447-HC]] garee sur la place handicape ([[PERSONNE:Antoine]] le voit par la fenetre, ne dit rien).
Identifiant : [[ID_FRANCE_TRAVAIL:5290317F]]. Droits {{ARE}} jusqu'a la retraite, {{maintien des droits}} a {{62 ans}}.
[[PERSONNE:Morgane]] demande pourquoi sa mere doit « encore chercher du travail ». [[PERSONNE:Antoine]] : « elle n'est pas obligee d'en trouver, elle est obligee de rester inscrite ». La nuance fait rire tout le monde.
[[PERSONNE:Françoise]] donne son mail : [[EMAIL:f.ledantec@orange.fr]], « c'est [[PERSONNE:Morgane]] qui l'a fait ».
Je retiens : [[PERSONNE:Antoine]] tutoie les jeunes et vouvoie les anciens, sans qu'on le lui ait appris."""),
(FT, AT, """appel : un employeur ({{Boulangerie Ange}}) cherche un apprenti, veut « le numero du jeune qui est passe ». le conseiller refuse, note le contact du patron, M. [[PERSONNE:Legendre]] : [[TELEPHONE:02 99 64 18 73]]."""),
(FT, AP, """{{espace libre service}} : une dame cherche « {{ANPE}} » sur {{Google}}. le service civique lui montre {{francetravail.fr}}. « ah c'est plus {{Pôle emploi}} ? » — « non madame, depuis {{janvier 2024}} »."""),
(FT, AP, """Agence {{France Travail}} de {{Saint-Denis}}, site {{Pleyel}}. {{10h30}}, conseillere [[PERSONNE:Aminata Konaté]].
Une famille afghane vient pour le fils aine, [[PERSONNE:Ali Rezaï]], {{19 ans}}, avec son oncle [[PERSONNE:Habib]] et un benevole de {{France terre d'asile}}, [[PERSONNE:Grégoire]], qui traduit en dari.
[[PERSONNE:Ali]] a le statut de refugie depuis {{3 mois}}. Carte de resident : [[IDENTIFIANT:9302115743]]. Il veut etre electricien.
[[PERSONNE:Aminata]] propose un parcours d'accompagnement des refugies, puis une certification {{PIX}} pour le numerique.
L'oncle demande s'il aura de l'argent. [[PERSONNE:Aminata]] : « le {{CEJ}}, jusqu'a {{528 €}} par mois, s'il suit le parcours ».
[[PERSONNE:Habib]] : « et moi ? » — il a {{52 ans}}, il est deja inscrit : identifiant [[ID_FRANCE_TRAVAIL:8812093T]]. [[PERSONNE:Aminata]] ouvre son dossier aussi, au passage.
{{1h05}}. [[PERSONNE:Grégoire]] me dit : « ici, on fait deux dossiers pour le prix d'un »."""),
(FT, AT, """Double ecoute au {{3949}}, plateforme de {{Lille}}. Conseiller : [[PERSONNE:Benjamin Lecomte]].
Appel de M. [[PERSONNE:Jean-François Lefèvre]], {{59 ans}}, ancien cadre chez {{Auchan}}, licencie economique. Il est tres poli, tres seul. Il parle de sa femme, [[PERSONNE:Brigitte]], qui est partie.
Identifiant : [[ID_FRANCE_TRAVAIL:2297541N]]. Question : le {{contrat de sécurisation professionnelle}}, il a signe, mais ne comprend pas le montant : {{75 %}} du salaire.
[[PERSONNE:Benjamin]] reprend les calculs, ligne par ligne. Puis M. [[PERSONNE:Lefèvre]] lui demande : « vous croyez qu'a 59 ans on retrouve ? ».
[[PERSONNE:Benjamin]] cite deux exemples, sans nom. Puis il propose un rdv a l'agence de {{Villeneuve-d'Ascq}} avec sa collegue, Mme [[PERSONNE:Dewaele]].
M. [[PERSONNE:Lefèvre]] donne son adresse pour la convocation : [[ADRESSE:17 résidence du Lac, 59650 Villeneuve-d'Ascq]].
{{24 min}}. [[PERSONNE:Benjamin]] : « celui-la, je le rappellerai dans un mois. Je n'ai pas le droit, mais je le ferai »."""),
(FT, AP, """rdv {{11h}} : Mme [[PERSONNE:Coralie Hamon]], aide-soignante, veut une {{VAE}} infirmiere.
sa conseillere, Mme [[PERSONNE:Hamon]] aussi ! ([[PERSONNE:Estelle]]).
« on n'est pas cousines, on a verifie »."""),
(FT, AP, """chiffres de l'agence affiches en salle de pause : {{4 200}} demandeurs, {{38}} conseillers, {{110}} par portefeuille en moyenne, {{320}} en {{accompagnement guidé}}. quelqu'un a ecrit « 😭 » au feutre."""),
(FT, AT, """appel : une dame demande l'attestation employeur de son mari, M. [[PERSONNE:Philippe Roussel]], identifiant [[ID_FRANCE_TRAVAIL:4453018 Y]].
conseillere : « il doit appeler lui-meme ».
la dame : « il est sourd ».
→ procedure {{Acceo}}."""),
(FT, AP, """Agence {{France Travail}} de {{Quimper}}, journee portes ouvertes « {{Emploi et handicap}} ».
Je suis au stand de [[PERSONNE:Gaëtan Le Roy]], conseiller {{Cap emploi}}, detache ici le jeudi.
Une mere vient avec son fils, [[PERSONNE:Thomas Riou]], {{24 ans}}, autiste, qui ne regarde personne mais connait par coeur tous les horaires de trains de {{Bretagne}}. Il les recite.
La mere, Mme [[PERSONNE:Riou]] ([[PERSONNE:Véronique]]), montre la notification {{RQTH}} de la {{MDPH}}, reference [[IDENTIFIANT:MDPH-29-RQ-2022-04418]].
[[PERSONNE:Gaëtan]] propose un stage a la {{SNCF}}, service information voyageurs. [[PERSONNE:Thomas]] dit « oui » tout de suite, avant meme la fin de la phrase.
Identifiant de [[PERSONNE:Thomas]] : [[ID_FRANCE_TRAVAIL:6650102H]]. Date de naissance : [[DATE_NAISSANCE:12 février 2000]].
Le pere, [[PERSONNE:Jean-Luc]], est au travail ; [[PERSONNE:Véronique]] lui envoie un {{SMS}} : « il a dit oui ».
Je retiens cette phrase de [[PERSONNE:Gaëtan]] : « on ne place pas un handicap, on place quelqu'un »."""),
(FT, AP, """pre-accueil : un monsieur veut « voir [[PERSONNE:Sandrine]] ». quelle [[PERSONNE:Sandrine]] ? il y en a 3 dans l'agence. c'etait [[PERSONNE:Sandrine Morvan]]. rdv a {{15h}}."""),
(FT, AT, """Appels sortants de relance : la conseillere [[PERSONNE:Agathe Vincent]] appelle les demandeurs qui n'ont pas actualise.
Premier : M. [[PERSONNE:Vincent Agathe]]. Je ne reve pas. [[PERSONNE:Agathe Vincent]] appelle [[PERSONNE:Vincent Agathe]]. Elle eclate de rire avant de composer, puis se reprend.
Il repond depuis un chantier, bruit de marteau-piqueur. Il a retrouve un CDD chez {{Eiffage}}, il ne savait pas qu'il fallait le declarer.
[[PERSONNE:Agathe]] (la conseillere) fait l'{{actualisation}} avec lui : {{152 heures}}, {{1 870 €}} brut. Identifiant [[ID_FRANCE_TRAVAIL:3104627L]].
Il demande : « c'est vous qui vous appelez comme moi a l'envers ? ». Elle : « oui ». Lui : « faut qu'on se marie ». Elle : « non ».
Deuxieme appel : Mme [[PERSONNE:Yasmina Boukhari]], messagerie. [[PERSONNE:Agathe]] laisse un message avec le {{3949}}.
Troisieme : M. [[PERSONNE:Dylan Moreau]], [[TELEPHONE:07 69 02 45 18]], numero non attribue. [[PERSONNE:Agathe]] note « injoignable ».
{{30 min}}, trois appels. [[PERSONNE:Agathe]] : « l'actualisation, c'est {{80 %}} de mes relances »."""),
(FT, AP, """atelier « {{entretien d'embauche}} » : {{7 participants}}. la conseillere fait jouer des saynetes. un monsieur joue le recruteur de {{McDonald's}}, trop bien. applaudissements."""),
(FT, AP, """Agence {{France Travail}} de {{Lyon Part-Dieu}}. Rendez-vous {{création d'entreprise}}.
Mme [[PERSONNE:Chloé Vidal]], {{32 ans}}, veut ouvrir un food-truck de {{crêpes}}. Elle vient avec son associe, [[PERSONNE:Malik]], et sa mere, Mme [[PERSONNE:Vidal]], qui prete {{10 000 €}} et veut « voir a qui elle confie son argent ».
Conseiller : [[PERSONNE:Stéphane Mercier]], specialiste {{ARCE}}.
Le camion est deja achete, un vieux {{Citroën HY}} immatricule [[IMMATRICULATION:4512 ZT 69]], « avec des papiers de 1978 ».
[[PERSONNE:Chloé]] lit son identifiant : [[ID_FRANCE_TRAVAIL:5012847A]], puis le {{SIRET}} de la future societe, {{912 345 678 00019}}.
[[PERSONNE:Stéphane]] explique le choix {{ARE}} ou {{ARCE}}. La mere veut l'ARCE (« l'argent tout de suite »), [[PERSONNE:Chloé]] veut l'ARE. [[PERSONNE:Stéphane]] : « c'est [[PERSONNE:Chloé]] qui decide ».
[[PERSONNE:Malik]] donne son mail pour recevoir la doc : [[EMAIL:malik.b.crepes [at] proton.me]].
{{55 min}}. Ils repartent avec un rdv a la {{Bpifrance}} et une crepe promise a [[PERSONNE:Stéphane]]."""),
(FT, AP, """M. [[PERSONNE:Mercier]] (pas le conseiller, un usager) demande sa prime... c'est l'{{aide à la mobilité}} pour un entretien a {{Brest}} : {{80 €}} de train. RIB a fournir : [[IBAN:FR76 1751 5093 4720 8043 2094 071]]."""),
(FT, AT, """{{3949}}, les mots qui reviennent : « {{actualisation}} », « {{radiation}} », « {{trop-perçu}} », « {{mot de passe}} ». jamais « emploi »."""),
(FT, AP, """Agence {{France Travail}} de {{Saint-Nazaire}}, forum « les {{Chantiers de l'Atlantique}} recrutent ».
Au stand, la conseillere [[PERSONNE:Mélanie Corbin]] et le recruteur des Chantiers, M. [[PERSONNE:Pascal Tessier]].
Un pere et son fils viennent ensemble : [[PERSONNE:Jean Guillo]], {{56 ans}}, soudeur, et [[PERSONNE:Kylian Guillo]], {{19 ans}}, qui cherche un apprentissage. Le grand-pere, [[PERSONNE:Jean]] lui aussi, attend en bas. « Trois [[PERSONNE:Jean]], non, deux [[PERSONNE:Jean]] et un [[PERSONNE:Kylian]] ».
[[PERSONNE:Jean]] (le pere) donne son identifiant : [[ID_FRANCE_TRAVAIL:1198304C]]. [[PERSONNE:Mélanie]] trouve une offre {{soudeur TIG}}, offre n° {{178QKXW}}.
[[PERSONNE:Kylian]] donne sa date de naissance pour l'apprentissage : [[DATE_NAISSANCE:08/03/2005]], et son numero : [[TELEPHONE:06 02 57 91 36]].
[[PERSONNE:Pascal]] dit qu'il prend les deux. Le pere : « ensemble ? ». [[PERSONNE:Pascal]] : « pas dans la meme equipe, pour votre bien ».
Je retiens : sur ce stand, trois generations de {{Penhoët}}."""),
(FT, AP, """Mme [[PERSONNE:Aya]] — « comme {{Aya Nakamura}} », dit la conseillere, la dame ne rit pas. fin de droits. passage en {{ASS}}. identifiant [[ID_FRANCE_TRAVAIL:7402193D]]."""),
(FT, AT, """Accueil telephonique de l'agence de {{Montpellier Près d'Arènes}}. Conseiller : [[PERSONNE:Guillaume Fabre]].
Appel de Mme [[PERSONNE:Nadia Bensaïd]] : elle a recu un courrier de {{trop-perçu}} de {{2 340 €}}. Elle pleure. Son fils, [[PERSONNE:Yanis]], prend le telephone, {{16 ans}}, tres calme : « bonjour monsieur, je vais vous lire le courrier ».
[[PERSONNE:Yanis]] lit : identifiant [[ID_FRANCE_TRAVAIL:3387412S]], periode de {{mars}} a {{juin}}, reprise d'activite non declaree chez {{Sodexo}}.
[[PERSONNE:Guillaume]] explique la possibilite d'un echeancier et la {{remise de dette}}. [[PERSONNE:Yanis]] reformule pour sa mere en arabe.
[[PERSONNE:Guillaume]] demande un numero pour rappeler : [[PERSONNE:Yanis]] donne celui de sa mere, [[TELEPHONE:06 75 18 42 09]], et son mail a lui, [[EMAIL:yanis.bensaid.34@gmail.com]].
{{20 min}}. [[PERSONNE:Guillaume]] : « ce gamin devrait etre conseiller »."""),
(FT, AP, """dans la salle d'attente : affiche « {{Les métiers de la Défense}} », affiche « {{Jeux olympiques Paris 2024}} : on recrute », brochures {{BTP}}. aucune brochure en anglais."""),
(FT, AP, """le conseiller verifie le permis d'un usager pour une offre de chauffeur-livreur
M. [[PERSONNE:Youcef Hamidi]]
permis n° [[IDENTIFIANT:140475201366]], {{permis B}} + {{C1}}
l'offre : {{Chronopost}}, {{CDD 6 mois}}, depart {{5h30}}
il dit « 5h30 c'est rien, je faisais les marches a {{Rungis}} »
ok, candidature envoyee devant moi"""),
(FT, AT, """appel : jeune, [[PERSONNE:Cassandra]], a perdu son identifiant.
la conseillere demande sa date de naissance : [[DATE_NAISSANCE:14 juillet 2003]] — « jour de fete » dit-elle — et son code postal.
retrouve : [[ID_FRANCE_TRAVAIL:6629034E]]."""),
(FT, AP, """Agence {{France Travail}} d'{{Ajaccio}}, {{Les Salines}}. Rendez-vous d'inscription.
M. [[PERSONNE:Pierre-Jean Santoni]], {{33 ans}}, saisonnier dans l'hotellerie, fin de saison. Il vient avec sa compagne, [[PERSONNE:Laetitia]], et leur bebe, [[PERSONNE:Ghjulia]].
Le conseiller, [[PERSONNE:Ange-Marie Colonna]] (« [[PERSONNE:Ange]] » tout court), le connait : ils ont joue au foot ensemble au {{Gazélec}}.
Pour l'inscription, NIR : [[NIR:1 91 05 2A 004 056 23]]. [[PERSONNE:Ange]] : « 2A, Ajaccio, 004, c'est bon ».
Identifiant attribue : [[ID_FRANCE_TRAVAIL:2012389J]]. {{ARE}} saisonnier, calcul sur {{6 mois}} de travail dans un hotel de la {{route des Sanguinaires}}.
[[PERSONNE:Laetitia]] demande si le {{congé parental}} change quelque chose pour elle. [[PERSONNE:Ange]] : « ca, c'est la {{Caf}}, pas nous ».
Le bebe pleure. [[PERSONNE:Ange]] lui donne un stylo {{France Travail}} a mordiller."""),
(FT, AT, """plateforme : {{62 %}} des appels avant {{10h}}. pic le lundi. un conseiller a un mug « {{Keep calm and actualise}} »."""),
(FT, AP, """Mme [[PERSONNE:Ginette Mercier]], {{64 ans}}, vient dire au revoir a sa conseillere : retraite le {{1er}} du mois. elle offre une boite de {{Quality Street}}. la conseillere ([[PERSONNE:Louna]]) : « c'est moi qui devrais »."""),
(FT, AT, """Double ecoute, agence de {{Brest}}. Conseillere : [[PERSONNE:Gwenaëlle Kerjean]].
{{15h10}} : appel d'un employeur, M. [[PERSONNE:Yann Abgrall]], gerant de {{Abgrall Couverture}}, qui signale qu'un candidat envoye par l'agence ne s'est pas presente. Le candidat : M. [[PERSONNE:Romain Pellen]].
[[PERSONNE:Gwenaëlle]] note, mais ne donne aucune information sur M. [[PERSONNE:Pellen]]. Elle l'appelle ensuite : il decroche au [[TELEPHONE:06 91 37 25 48]]. Il etait a la maternite, sa femme, [[PERSONNE:Anaëlle]], accouchait. « Une petite [[PERSONNE:Louise]] ! ».
[[PERSONNE:Gwenaëlle]] le felicite, met a jour le dossier, identifiant [[ID_FRANCE_TRAVAIL:8842017P]], et rappelle M. [[PERSONNE:Abgrall]] : « il avait une tres bonne raison, il vous rappelle lundi ».
M. [[PERSONNE:Abgrall]] : « une naissance, ca excuse tout ».
{{16 min}} pour trois appels. Je note que [[PERSONNE:Gwenaëlle]] n'a jamais dit « absence injustifiee »."""),
(FT, AP, """un jeune en survet {{Lacoste}} attend depuis {{40 min}}, ecouteurs {{AirPods}}. on l'appelle, il n'entend pas. le vigile lui tape sur l'epaule. sourire."""),
(FT, AT, """appel d'une dame qui veut « parler a quelqu'un du {{RSA}} » : transfert au {{Département}}.
elle laisse son nom pour le rappel : Mme [[PERSONNE:Gwladys Pinson]].
num : [[TELEPHONE:02 96 37 40 91]]."""),
(FT, AP, """Agence {{France Travail}} de {{Mulhouse}}, quartier {{Bourtzwiller}}. Rendez-vous jeunes, conseillere [[PERSONNE:Sarah Weber]].
Un jeune homme, [[PERSONNE:Enes Yıldız]], {{20 ans}}, vient avec sa soeur, [[PERSONNE:Merve]], et son meilleur ami, [[PERSONNE:Kevin Schmitt]], « pour le soutien moral ». [[PERSONNE:Sarah]] accepte tout le monde.
[[PERSONNE:Enes]] veut etre {{cariste}}. Il a le {{CACES}} 1 et 3, passes avec {{Manpower}} l'an dernier.
[[PERSONNE:Sarah]] demande l'identifiant : il l'a perdu. Date de naissance : [[DATE_NAISSANCE:03/11/2003]]. Retrouve : [[ID_FRANCE_TRAVAIL:9921384Z]].
[[PERSONNE:Kevin]] en profite : lui aussi cherche. [[PERSONNE:Sarah]] : « prends rendez-vous, je te vois la semaine prochaine ». [[PERSONNE:Kevin]] : « je peux pas maintenant ? ». Elle rit : « non ».
[[PERSONNE:Merve]] traduit pour leur mere au telephone, en turc, sur haut-parleur : tout le monde entend la mere dire « {{inşallah}} ».
{{35 min}}."""),
(FT, AP, """demandeur d'emploi, [[PERSONNE:David]], vient avec son chien {{Nala}}. vigile : « pas de chien ». [[PERSONNE:David]] l'attache dehors. le conseiller descend le voir dehors. 👏"""),
(FT, AT, """{{3949}} : un monsieur appelle depuis l'{{Espagne}} ({{Valence}}), veut savoir s'il peut exporter ses droits. conseiller : formulaire {{U2}}. son ID : [[ID_FRANCE_TRAVAIL:4470218V]]."""),
(FT, AP, """{{17h}}, dernier rdv
M. [[PERSONNE:Avril]] (nom de famille, prenom [[PERSONNE:Mathéo]]) vient signer son {{CDI}} chez {{Biocoop}}
il apporte des {{croissants}} pour tout l'etage
sa conseillere, [[PERSONNE:Inès]], l'embrasse presque
« au mois d'avril j'avais perdu espoir », dit-il
radiation pour reprise d'emploi, la bonne radiation"""),
(FT, AT, """le conseiller me montre la liste des {{métiers en tension}} : {{aide-soignant}}, {{couvreur}}, {{boucher}}, {{conducteur routier}}. « et les gens veulent tous etre {{community manager}} »."""),
(FT, AP, """Agence {{France Travail}} de {{Vitré}}. Dernier entretien de ma journee d'immersion, avec la conseillere [[PERSONNE:Emmanuelle Pichon]] (« [[PERSONNE:Manu]] »).
M. [[PERSONNE:Jérôme Fontaine]], {{47 ans}}, licencie de l'abattoir {{Cooperl}}, vient avec son fils [[PERSONNE:Lucas]], {{15 ans}}, qui fait son stage de 3e... a l'agence France Travail ! ([[PERSONNE:Manu]] a dit oui.)
[[PERSONNE:Jérôme]] boit trois gobelets a la {{fontaine à eau}} avant de parler. Il veut « tout sauf la viande ».
Identifiant [[ID_FRANCE_TRAVAIL:1057632G]]. [[PERSONNE:Manu]] ouvre une {{PMSMP}} chez un maraicher bio, {{Les Jardins de Cocagne}}.
Son ex-femme, Mme [[PERSONNE:Fontaine]] ([[PERSONNE:Valérie]]), l'a pousse a venir. Elle a appele [[PERSONNE:Manu]] la veille, « mais je ne vous ai rien dit », sourit [[PERSONNE:Manu]].
[[PERSONNE:Lucas]] note tout dans un cahier {{Clairefontaine}}. Il dira plus tard qu'il veut faire « le metier de [[PERSONNE:Manu]] ».
Je rentre a {{Rennes}} par le {{TER}} de {{18h12}}. J'ai eu le temps d'ecrire tout ca."""),
]
# fmt: on


def parse(raw):
    """Strip the inline marks of one note; return its text, entities and keep list."""
    raw = raw.strip()
    parts, entities, keep = [], [], []
    pos = length = 0
    for match in MARK_RE.finditer(raw):
        before = raw[pos : match.start()]
        parts.append(before)
        length += len(before)
        label, value, kept = match.groups()
        if label is not None:
            if label not in LABELS or value != value.strip():
                raise ValueError(f"bad mark {match.group(0)!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
            parts.append(value)
            length += len(value)
        else:
            if kept != kept.strip():
                raise ValueError(f"bad keep mark {match.group(0)!r}")
            parts.append(kept)
            length += len(kept)
            if kept not in keep:
                keep.append(kept)
        pos = match.end()
    parts.append(raw[pos:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"unbalanced mark {token!r} in {text[:60]!r}")
    return text, entities, keep


def build():
    """Turn NOTES into JSON-ready dicts with ids in writing order."""
    notes = []
    for number, (site_kind, channel, raw) in enumerate(NOTES, start=1):
        text, entities, keep = parse(raw)
        for ent in entities:
            assert text[ent["start"] : ent["end"]].strip(), ent
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
    """Split half / half inside each (site_kind, channel) cell; odd leftovers drawn 50/50."""
    rng = random.Random(SEED)
    cells = defaultdict(list)
    for note in notes:
        cells[(note["site_kind"], note["channel"])].append(note)
    dev, holdout, leftovers = [], [], []
    for key in sorted(cells):
        group = list(cells[key])
        rng.shuffle(group)
        half = len(group) // 2
        dev.extend(group[:half])
        holdout.extend(group[half : 2 * half])
        leftovers.extend(group[2 * half :])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev.extend(leftovers[:half])
    holdout.extend(leftovers[half:])
    return sorted(dev, key=lambda n: n["id"]), sorted(holdout, key=lambda n: n["id"])


def write(path, notes):
    with path.open("w", encoding="utf-8") as handle:
        for note in notes:
            handle.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", dev)
    write(HERE / "holdout.jsonl", holdout)
    print(f"{len(notes)} notes: dev {len(dev)}, holdout {len(holdout)}")


if __name__ == "__main__":
    main()
