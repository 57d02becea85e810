"""Author the independent28 evaluation notes and write dev.jsonl / holdout.jsonl (stdlib only).

Each note is typed below as a ``(site_kind, channel, text)`` tuple. Inside ``text``:

* ``[[CODE:value]]`` marks a span to mask; CODE is one of the keys of ``CODES``;
* ``{{value}}`` marks a string to keep (it goes to the note's ``keep`` list).

The marks are removed and exact offsets computed on the clean text. The 240 notes are split
120 / 120 by a seeded random draw within each (site_kind, channel) stratum.

Usage: python holdout_author.py
"""

import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind28"
SEED = 2028

CODES = {
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
MARK = re.compile(r"\[\[([A-Z]+):(.+?)\]\]|\{\{(.+?)\}\}")

CAF, CPAM, CCAS, URG, CHRS, FT = "caf", "cpam", "ccas", "urgences", "chrs", "france_travail"
PHY, TEL, CSP = "accueil_physique", "accueil_telephonique", "controle_sur_place"

NOTES = [
    # ---------------------------------------------------------------- caf, telephone
    (
        CAF,
        TEL,
        "{{9h12}} appel d'une allocataire, 3e appel de la semaine\n"
        "agente ([[P:Sandrine]]) demande le num alloc, la dame dicte tres lentement : [[ALLOC:deux zéro quatre sept... huit un neuf]]\n"
        "l'agente relit « [[ALLOC:2047819]] c'est bien ça ? » oui\n"
        "pb : {{APL}} suspendue depuis {{mars}}, attestation de loyer jamais recue par la {{Caf}}\n"
        "{{14 min}} au tel au total",
    ),
    (
        CAF,
        TEL,
        "{{10h40}} mr [[P:Benali]] veut etre rappelé par un conseiller\n"
        "agent : votre numero ?\n"
        "- [[TEL:zero six quarante-deux]]... non pardon c'est [[TEL:zero sept, quarante-deux, dix-huit, soixante-trois, zero cinq]]\n"
        "agent tape [[TEL:07 42 18 63 05]] et relit deux fois. rappel prévu sous {{48h}}\n"
        "il s'inquiète pour la {{prime d'activité}} de {{février}}",
    ),
    (
        CAF,
        TEL,
        "file d'attente tel : {{22 min}} avant qu'on decroche. message d'attente en boucle qui renvoie sur {{caf.fr}}\n"
        "l'agente dit qu'a {{10h}} c'est le pic, apres {{14h}} c plus calme\n"
        "3 appels sur 4 = {{RSA}} ou {{prime d'activité}}, surtout la declaration trimestrielle\n"
        "son casque grésille depuis 2 semaines 🙄 ticket informatique ouvert, rien",
    ),
    (
        CAF,
        TEL,
        "une dame appelle pr sa fille, l'agent refuse (secret pro), il faut que ce soit l'allocataire elle-meme\n"
        "la fille reprend le tel : [[P:Nathalie Vandenbroucke]], née le [[DN:deux novembre soixante-deux]]\n"
        "numero secu dicté par paquets : [[NIR:2 62 11 59 350 112 62]]\n"
        "agent : « et vous etes toujours au [[ADR:17 rue Jean-Jaurès à Tourcoing]] ? » - oui\n"
        "dossier {{AAH}} + {{APL}}, il manque l'avis d'imposition\n"
        "⏱ {{11 min}}",
    ),
    (
        CAF,
        TEL,
        "{{14h05}} changement d'adresse par tel, l'agent remplit en direct\n"
        "- nouvelle adresse ?\n"
        "- c'est [[ADR:12 allée Gaston-Bachelard]], la grande tour\n"
        "- batiment ?\n"
        "- le C. au 14e, porte 142\n"
        "- code postal ?\n"
        "- 35200 {{Rennes}}\n"
        "agent relit tout, la dame corrige « allée, pas rue ! »\n"
        "il faut aussi le nouveau bail pr l'{{APL}}",
    ),
    (
        CAF,
        TEL,
        "mr veut recevoir les courriers par mail, il dicte : [[MAIL:kevin point lemarchand trente-cinq arobase gmail point com]]\n"
        "l'agent : « [[P:lemarchand]] en un seul mot ? » oui\n"
        "agent saisit [[MAIL:kevin.lemarchand35@gmail.com]] → le formulaire rejette ?? bug connu d'apres elle\n"
        "ok apres {{3}} essais",
    ),
    (
        CAF,
        TEL,
        "changement de RIB par tel ⚠ normalement l'agente ne prend pas de rib au tel, elle renvoie vers l'espace perso\n"
        "mais Mme [[P:Oliveira]] a deja commencé à lire : « [[IBAN:FR76 1027 8360 1200]]... »\n"
        "l'agente la coupe gentiment : « mettez-le sur {{caf.fr}}, rubrique {{Mon Compte}} »\n"
        "la dame a pas d'ordi, juste un vieux tel. RDV proposé a l'accueil de {{Montbéliard}}",
    ),
    (
        CAF,
        TEL,
        "l'agent lit l'écran à voix haute pour verifier : « [[P:DIALLO Aminata]], née le [[DN:1994-07-23]], allocataire [[ALLOC:3318025]], 2 enfants »\n"
        "la personne au tel dit que c'est PAS son dossier !! c'est celui de sa soeur [[P:Aïssatou]]\n"
        "confusion, l'agent raccroche et fait un signalement a son N+1\n"
        "{{18 min}}",
    ),
    (
        CAF,
        TEL,
        "appel d'un bailleur social ({{Archipel Habitat}}) qui veut savoir si l'{{APL}} d'un locataire est bien versée\n"
        "→ l'agent refuse, secret. pas de nom donné, pas de dossier ouvert\n"
        "agent : « on a {{4}} ou {{5}} appels comme ça par jour »",
    ),
    (
        CAF,
        TEL,
        "mr appelle depuis le {{Portugal}} ou il est chez sa mere malade. l'agent note le numero [[TEL:+351 912 448 307]]\n"
        "il s'appelle [[P:Joaquim Ferreira da Silva]], il pourra pas envoyer la {{DTR}} avant le {{15}}\n"
        "agent met une note au dossier. {{RSA}} maintenu pr l'instant",
    ),
    (
        CAF,
        TEL,
        "nom épelé au tel : [[P:K, O, W, A, L, C, Z, Y, K]]\n"
        "l'agent tape [[P:Kowalczyk]] → rien. essaie [[P:Kowalczik]] → rien. en fait c'etait sous le nom de jeune fille [[P:Nowak]] 🙃\n"
        "mme [[P:Ewa]] a appelé {{3}} fois pour la meme chose\n"
        "{{prime à la naissance}} toujours pas versée",
    ),
    (
        CAF,
        TEL,
        "{{16h20}} dame de {{Villeurbanne}}. verif identité :\n"
        "- date de naissance ?\n"
        "- [[DN:trente et un décembre quatre-vingt-trois]]\n"
        "- agent tape [[DN:31/12/1983]]\n"
        "- et votre nom ? - [[P:Bouaziz]], [[P:B-O-U-A-Z-I-Z]]\n"
        "demande {{RSA}} en cours depuis {{5 semaines}}, il manque l'attestation {{France Travail}}",
    ),
    (
        CAF,
        TEL,
        "le monsieur donne son n° allocataire de tete : [[ALLOC:159 37 42]]\n"
        "l'agent : non ça me sort une autre personne. il relit sur un courrier : [[ALLOC:1593724]] (inversion des 2 derniers chiffres)\n"
        "mr [[P:Tran Van Long]] — l'agent l'appelle mr [[P:Long]], il corrige : « [[P:Tran]] c'est mon nom »\n"
        "sujet : {{complément familial}}",
    ),
    (
        CAF,
        TEL,
        "une dame demande l'adresse de l'accueil, l'agent donne : « {{Caf}}, {{cours des Alliés}}, {{Rennes}}, sur RDV »\n"
        "elle habite vers {{Fougères}}, pas de voiture, {{1h}} de car\n"
        "l'agent propose plutot un RDV tel. pas de nom pris, elle rappellera",
    ),
    (
        CAF,
        TEL,
        "rappel d'une allocataire pr son dossier {{ASF}}. mme [[P:Razafindrakoto]] (l'agent galère a prononcer, elle dit « appelez-moi [[P:Hanta]] »)\n"
        "tel : [[TEL:06 . 58 . 21 . 97 . 40]]\n"
        "dans le dossier il y avait [[TEL:06 58 21 79 40]] → inversion, mis a jour\n"
        "{{ASF}} = allocation de soutien familial, l'ex paie plus la pension depuis {{juin}}",
    ),
    (
        CAF,
        TEL,
        "RDV tel prevu a {{10h30}}. la personne decroche pas. {{3}} tentatives a {{5 min}} d'intervalle\n"
        "agent laisse un message vocal sans dire le motif (confidentialité)\n"
        "RDV suivant annulé aussi. « le lundi c'est souvent comme ça »\n"
        "en attendant elle traite les mails de la {{Cnaf}}",
    ),
    # ---------------------------------------------------------------- caf, accueil physique
    (
        CAF,
        PHY,
        "accueil {{Caf}} {{Saint-Brieuc}}, ouverture {{8h30}}, deja {{11}} personnes dehors sous la pluie\n"
        "ticket {{A023}}, attente {{35 min}}\n"
        "un monsieur avec un dossier {{RSA}} plein de post-it, il s'appelle [[P:Yannick Le Goff]]\n"
        "il tend sa carte vitale sans qu'on lui demande rien",
    ),
    (
        CAF,
        PHY,
        "borne self-service, un jeune bloque. l'agent l'aide et lit l'ecran : « bonjour M. [[P:AMRANI Rachid]], dossier [[ALLOC:4471093]] »... tout le hall a entendu 😬\n"
        "il voulait juste une attestation de paiement pour son bailleur\n"
        "imprimée en {{2 min}}",
    ),
    (
        CAF,
        PHY,
        "femme, titre de sejour expiré, elle vient prouver le renouvellement : recepissé n° [[ID:7503219846]]\n"
        "l'agent scanne, explique que les {{AF}} vont reprendre\n"
        "son fils ([[P:Ilyes]], {{8 ans}}) traduit tout\n"
        "{{25 min}} au guichet",
    ),
    (
        CAF,
        PHY,
        "hall refait, {{fontaine à eau}} en panne, affiche « {{Mon Compte}} en {{3 clics}} »\n"
        "une dame assise depuis {{40 min}} avec un {{pull bleu marine}} sur les genoux, elle attend son ticket B\n"
        "coin enfants : un {{olivier}} en pot et des livres déchirés\n"
        "l'agent : « le plus dur c'est les gens qui viennent pour rien, juste pour etre rassurés »",
    ),
    (
        CAF,
        PHY,
        "mr [[P:Ouattara]] apporte un RIB papier pr changer de compte\n"
        "l'agent lit en tapant « [[IBAN:FR76 3000 3012 3400 0509 8761 219]] » et verifie la clé\n"
        "sa banque ({{Société Générale}}) a fermé l'agence de {{Chelles}}\n"
        "prochain versement {{RSA}} le {{5}}",
    ),
    (
        CAF,
        PHY,
        "homme, reprise d'études a {{Rennes 2}}, premiere demande d'{{APL}} : [[P:Mathis Rouault]]\n"
        "l'agent recopie le n° secu de l'attestation : [[NIR:187033523804521]]\n"
        "« né le [[DN:9 mars 1987]] c'est ça ? » oui\n"
        "il est surpris que ça prenne {{2 mois}}. l'agent : « si le dossier est complet »",
    ),
    (
        CAF,
        PHY,
        "{{10h50}} annonce au micro du vigile : « le propriétaire du véhicule immatriculé [[IMMAT:GH-482-TR]] est prié de le déplacer »\n"
        "personne bouge, il repete. une dame sort en courant, elle perd sa place\n"
        "l'agente d'accueil lui redonne un ticket prioritaire 👍",
    ),
    (
        CAF,
        PHY,
        "une avocate, Me [[P:Ngo Bich Thuy]], accompagne une cliente pr un indu de {{4 200 €}}\n"
        "elle donne le n° de dossier [[ALLOC:2286541]] et une lettre de recours\n"
        "l'agent dit que les recours c'est la {{CRA}}, pas le guichet\n"
        "{{15 min}} d'échanges assez tendus",
    ),
    (
        CAF,
        PHY,
        "compteur ecran : {{47}} tickets depuis {{8h30}}, {{3}} guichets ouverts sur {{6}}\n"
        "un agent en arret, un en formation\n"
        "temps moyen affiché {{28 min}}\n"
        "bcp de questions sur la {{prime de Noël}} (on est le {{12 décembre}})",
    ),
    (
        CAF,
        PHY,
        "la famille [[P:Kaya]] vient a 5 : parents + 3 enfants. le pere parle turc, la grande ([[P:Elif]], {{16 ans}}) traduit\n"
        "demande d'{{AF}} pour le 3e enfant né en {{mai}}\n"
        "l'agent demande l'acte de naissance de la petite, née le [[DN:14/05/2025]]\n"
        "ils l'ont pas sur eux → RDV dans {{1 semaine}}",
    ),
    (
        CAF,
        PHY,
        "l'agent recopie l'adresse mail du formulaire, ecrite a la main : [[MAIL:sabrina.hadj-ali@laposte.net]]\n"
        "elle hesite sur le tiret. la dame ([[P:Sabrina]]) confirme\n"
        "elle veut les notifs par mail parce que sa boite aux lettres est cassée depuis {{2 mois}}",
    ),
    (
        CAF,
        PHY,
        "un monsieur en colere dans la file : « depuis {{Macron}} on a perdu {{5 €}} d'{{APL}} »\n"
        "l'agent d'accueil calme le jeu, propose un verre d'eau\n"
        "personne d'autre ne reagit\n"
        "je note : le vigile connait les habitués par leur prénom",
    ),
    (
        CAF,
        PHY,
        "dame avec passeport roumain n° [[ID:058314726]], arrivée depuis {{4 mois}}\n"
        "elle veut les {{AF}} pr ses 2 enfants. l'agent explique qu'il faut d'abord l'immatriculation a la {{Cpam}}\n"
        "elle s'appelle [[P:Ioana Dumitrescu]], parle tres bien francais\n"
        "elle donne un RIB roumain [[IBAN:RO41 BTRL 0130 1205 8394 7100]], l'agent hesite puis verifie : zone SEPA, ça passe\n"
        "elle repart avec une liste écrite à la main",
    ),
    # ---------------------------------------------------------------- caf, controle sur place
    (
        CAF,
        CSP,
        "controle {{RSA}} en zone rurale avec le controleur [[P:Thierry Vidal]]\n"
        "adresse du dossier : [[ADR:lieu-dit La Bessière, 46160 Cajarc]]\n"
        "le GPS nous envoie dans un champ 🚜, il appelle l'allocataire : « je suis devant le hangar bleu ». on arrive {{20 min}} en retard\n"
        "mr [[P:Fabre]] vit dans une caravane sur le terrain de ses parents, pas d'eau courante\n"
        "le controleur note « résidence effective confirmée »",
    ),
    (
        CAF,
        CSP,
        "controle a domicile : le domicile = un mobil-home au {{camping Les Peupliers, emplacement 27}}\n"
        "Mme [[P:Leclercq]] y vit a l'année depuis son divorce\n"
        "loyer de l'emplacement {{380 €}}/mois, le controleur demande les quittances → le gérant les fait sur un cahier\n"
        "question : ça ouvre droit à l'{{APL}} ? le controleur : « mobil-home, pas logement au sens strict, ça va remonter »",
    ),
    (
        CAF,
        CSP,
        "controle {{AAH}}, [[ADR:tour Sud, 3 place de la Mosson, 9e étage porte 93]]\n"
        "l'interphone marche pas, la controleuse appelle : « c'est [[P:Sophie]] de la {{Caf}}, on monte »\n"
        "ascenseur en panne → 9 etages a pied\n"
        "mr [[P:Abdelkader Meziane]] nous attend sur le palier. appart tres propre, bcp de medicaments sur la table\n"
        "{{35 min}} sur place, rien a signaler",
    ),
    (
        CAF,
        CSP,
        "dans la voiture le controleur appelle l'allocataire pour trouver la maison\n"
        "- vous etes où exactement madame ?\n"
        "- au [[ADR:4 Kervéguen]], à côté du calvaire, la maison aux volets verts\n"
        "- [[ADR:Kervéguen]] avec un K au début ?\n"
        "- oui K-E-R\n"
        "sur place : mme [[P:Gwenaëlle Tanguy]], 3 enfants, {{ASF}} + {{AF}}. maison de sa grand-mere, pas de loyer",
    ),
    (
        CAF,
        CSP,
        "entre deux controles, dans la voiture de service ({{Clio}} blanche)\n"
        "le controleur explique : {{15}} controles par semaine, environ {{1/3}} de fraudes avérées, le reste c'est des erreurs de déclaration\n"
        "« on n'est pas là pour piéger les gens »\n"
        "{{45 km}} de route ce matin",
    ),
    (
        CAF,
        CSP,
        "verif du bail : propriétaire = M. [[P:Gérard Coustou]], [[ADR:8 impasse des Cerisiers 24100 Bergerac]] (pas la meme adresse que le logement)\n"
        "locataire : mme [[P:Nadia Belkacem]], {{2}} enfants, {{APL}} {{312 €}} versée au proprio, RIB au dossier [[IBAN:FR25 2004 1010 0505 8371 6K02 226]]\n"
        "logement : {{T3}} au-dessus d'un garage, tres humide\n"
        "le controleur photographie la moisissure, « ça c'est pour la {{CAF}} et pour l'{{ARS}} »",
    ),
    (
        CAF,
        CSP,
        "controle isolement ({{RSA}} majoré) : le controleur note la voiture garée devant, une {{Peugeot 308}} immat [[IMMAT:FB 417 KZ]]\n"
        "« c'est a qui ? » - « a mon frere, il passe des fois »\n"
        "il regarde le courrier sur la table : lettres au nom de [[P:Jérémy Salaün]] 🤔\n"
        "la dame s'appelle [[P:Morgane Salaün]] → le frere donc ? plausible\n"
        "rien conclu sur place, il demandera les relevés bancaires",
    ),
    (
        CAF,
        CSP,
        "controle {{APL}} chez mme [[P:Annick Le Bihan]], {{67 ans}}, [[ADR:22 rue de Kerfeunteun, Quimper]]\n"
        "elle sort sa carte vitale toute seule, le controleur lit pour verif : [[NIR:2 58 09 29 019 087 30]]\n"
        "hébergement d'un petit-fils ([[P:Kylian]], {{19 ans}}) non déclaré → impact sur l'{{APL}}\n"
        "elle pleure un peu. « je savais pas »",
    ),
    (
        CAF,
        CSP,
        "preuve de résidence : le controleur demande une facture. facture {{EDF}}, réf. client [[ID:6001 482 915]], au nom de M. et Mme [[P:Haddad]]\n"
        "+ quittance du bailleur {{Néotoa}}, n° locataire [[ID:L-0045821]]\n"
        "tout concorde. {{12 min}} sur place",
    ),
    (
        CAF,
        CSP,
        "personne au [[ADR:31 bis avenue de la Libération, Joué-lès-Tours]]. la voisine du dessous : « [[P:Laetitia]] ? elle est chez sa mère depuis {{Noël}}, au [[ADR:5 rue des Tanneurs]] »\n"
        "le controleur ne peut pas aller à l'autre adresse sans convocation\n"
        "il laisse un avis de passage, délai {{8 jours}}",
    ),
    (
        CAF,
        CSP,
        "on est perdus dans la zone artisanale. le controleur appelle mr [[P:Moussa Keïta]] : « je vous attends devant, c'est au [[ADR:quarante-sept chemin de la Croix-Verte]], le chemin, pas la rue »\n"
        "il habite un ancien local commercial transformé, pas de fenetre dans la chambre du fond\n"
        "logement non décent → signalement",
    ),
    (
        CAF,
        CSP,
        "debrief avec la controleuse en fin de journée : {{6}} controles, {{4}} présents, {{2}} absents\n"
        "elle remplit le rapport sur tablette, {{20 min}} par dossier\n"
        "critique : l'outil plante quand y a pas de réseau a la campagne",
    ),
    (
        CAF,
        CSP,
        "controle chez un couple, dossier [[ALLOC:0761245]]\n"
        "dans la cour une camionnette immatriculée en {{Pologne}} [[IMMAT:WGM 48271]], c'est au conjoint [[P:Piotr]], il travaille dans le BTP\n"
        "déclaré ? le controleur verifie sur la tablette... non\n"
        "{{1 h 10}} sur place",
    ),
    # ---------------------------------------------------------------- cpam, telephone
    (
        CPAM,
        TEL,
        "{{3646}}, plateforme {{Cpam}}. appelant : mr [[P:El Amrani]]\n"
        "agent : votre numéro de sécu ?\n"
        "- [[NIR:un, soixante-quinze, zéro un, quatre-vingt-dix-neuf, trois cent cinquante, zéro dix-huit]]\n"
        "- et la clé ?\n"
        "- [[NIR:soixante-quinze]]\n"
        "agent tape [[NIR:1 75 01 99 350 018 75]]. né à {{Casablanca}} → le {{99}} c'est pour l'étranger m'explique l'agent après\n"
        "sujet : {{IJ}} pas versées depuis {{6 semaines}}",
    ),
    (
        CPAM,
        TEL,
        "Mme [[P:Chantal Beaujeu]] demande si sa mutuelle est bien enregistrée\n"
        "elle lit sa carte : {{MGEN}} n° adhérent [[ID:217045883]]\n"
        "l'agent voit encore la {{C2S}} active, incohérent → il corrige\n"
        "{{9 min}}, appel calme",
    ),
    (
        CPAM,
        TEL,
        "plateforme {{3646}} : {{34}} agents en ligne ce matin, attente moyenne {{12 min}}\n"
        "l'agente a un bandeau avec les appels en file, rouge au-dela de {{10}}\n"
        "pause de {{5 min}} toutes les heures\n"
        "questions du jour : {{carte Vitale}}, arrêts de travail, compte {{Ameli}} bloqué",
    ),
    (
        CPAM,
        TEL,
        "vieux monsieur, [[P:Raymond Cabanès]], né le [[DN:douze avril quarante-huit]]... l'agent : « [[DN:1948]] ? » oui\n"
        "il lit sa carte vitale en articulant : [[NIR:1 48 04 12 202 008 97]]\n"
        "il appelle pour un transport en VSL vers {{Rodez}}, {{3}} fois par semaine (dialyse)\n"
        "l'agent explique la prescription médicale de transport, il a pas compris, elle réexplique 2 fois",
    ),
    (
        CPAM,
        TEL,
        "jeune femme qui recoit pas le code {{Ameli}}. l'agente lit le mail du dossier : [[MAIL:l.nguyen94@hotmail.com]]\n"
        "la dame : « non c'est [[MAIL:l point nguyen point quatre-vingt-quatorze arobase hotmail point fr]] »\n"
        "→ corrigé. code renvoyé, recu pendant l'appel 👍",
    ),
    (
        CPAM,
        TEL,
        "mr appelle pour ses {{IJ}}, son employeur ({{Boulangerie Ménard}}) a pas envoyé l'attestation de salaire\n"
        "l'agent lui dit de relancer M. [[P:Ménard]] directement\n"
        "« et vous etes bien M. [[P:Duarte Fábio]] ? » oui\n"
        "numero pour rappel : [[TEL:07 81 33 60 29]]",
    ),
    (
        CPAM,
        TEL,
        "demande de {{C2S}} remplie au tel avec la dame\n"
        "- adresse ?\n"
        "- [[ADR:27 rue Paul-Bert]]... non [[ADR:72]], je confonds toujours\n"
        "- {{Lyon}} 3e ?\n"
        "- oui, bâtiment B, 3e gauche\n"
        "- vos ressources sur {{12 mois}} ?\n"
        "elle sait pas. agent envoie le formulaire par courrier",
    ),
    (
        CPAM,
        TEL,
        "accident du travail, mr donne la réf du dossier AT : [[ID:AT-2025-0418873]]\n"
        "l'agent retrouve : mr [[P:Sébastien Marchetti]], chute d'un échafaudage le {{3 septembre}}\n"
        "son employeur conteste le caractère professionnel\n"
        "l'agent peut rien dire sur l'enquête en cours. il raccroche énervé",
    ),
    (
        CPAM,
        TEL,
        "appel d'une pharmacie ({{Pharmacie du Marché}}) pr un rejet de tiers payant\n"
        "l'agente explique le code rejet, c'est un pb de mutuelle pas a jour\n"
        "pas de patient nommé\n"
        "{{4 min}}",
    ),
    (
        CPAM,
        TEL,
        "remboursement a l'étranger : mme [[P:Maria do Céu Pinto]] vit la moitié de l'année au {{Portugal}}\n"
        "elle veut être remboursée sur son compte portugais et commence à dicter : [[IBAN:PT50 0035 0674 0009 3817 2651 7]]\n"
        "agente : pas par tel, il faut le formulaire {{S1}} + RIB par courrier",
    ),
    (
        CPAM,
        TEL,
        "rappel programmé par l'agente : elle compose le [[TEL:02 99 64 18 30]] → faux numéro, un garage répond 🙄\n"
        "dans {{Ameli}} le numéro est [[TEL:02 99 46 18 30]]\n"
        "ça sonne, c'est la bonne personne, mme [[P:Guillou]]\n"
        "sujet : remboursement de lunettes {{100% Santé}}",
    ),
    (
        CPAM,
        TEL,
        "mr furieux : « j'ai écrit à la {{Cpam}} sur {{Instagram}}, mon compte c'est [[ID:@kader_du_93]], personne m'a répondu »\n"
        "l'agent explique que les réseaux sociaux c'est pas un canal officiel\n"
        "il se calme. carte vitale perdue → commande d'une nouvelle sur {{Ameli}}",
    ),
    (
        CPAM,
        TEL,
        "l'agent lit l'écran : « Mme [[P:SOW Fatoumata]], NIR [[NIR:2 94 07 93 066 201 26]], née le [[DN:08.07.94]] à {{Montreuil}} »\n"
        "la dame confirme. elle veut savoir où en est sa pension d'invalidité\n"
        "dossier chez le médecin conseil depuis {{2 mois}}",
    ),
    (
        CPAM,
        TEL,
        "appel de {{27 min}} avec une dame qui a enchainé 4 arrêts maladie, l'agent reconstitue tout sur papier\n"
        "je compte {{3}} mises en attente\n"
        "« la {{DSN}} de l'employeur est arrivée en retard, c'est pour ça »\n"
        "elle finit par dire merci {{5}} fois",
    ),
    (
        CPAM,
        TEL,
        "appel depuis l'{{Algérie}}, mr [[P:Bensalah]], retraité. numéro pour le rappeler : « [[TEL:plus deux cent treize, cinq cent cinquante, dix-huit, vingt-deux, trente-sept]] »\n"
        "l'agente note [[TEL:+213 550 18 22 37]]\n"
        "il veut se faire soigner là-bas → formulaire de la convention franco-algérienne",
    ),
    (
        CPAM,
        TEL,
        "mme demande pourquoi elle est remboursée qu'a {{30 %}} : pas de médecin traitant déclaré\n"
        "elle : « si si c'est le Dr [[P:Lefebvre]] à {{Vitré}} »... sauf que le Dr est parti a la retraite en {{2023}}\n"
        "l'agent lui donne {{2}} cabinets qui prennent des patients\n"
        "dossier au nom de Mme [[P:Rolland Josiane]]",
    ),
    # ---------------------------------------------------------------- cpam, accueil physique
    (
        CPAM,
        PHY,
        "accueil {{Cpam}} {{Nanterre}}, {{13h30}}. {{2}} bornes {{Ameli}}, une en panne\n"
        "un homme âgé tente de mettre sa carte vitale a l'envers, l'agent d'accueil ([[P:Karim]]) vient l'aider\n"
        "file : {{14}} personnes. RDV uniquement sauf urgence",
    ),
    (
        CPAM,
        PHY,
        "mme [[P:Corinne Puech]] repart avec son attestation de droits imprimée, n° [[NIR:271053155529064]] en gros dessus\n"
        "elle la plie en 4 et la met dans sa poche de manteau\n"
        "l'agent dit que c'est le doc le plus demandé de la journée",
    ),
    (
        CPAM,
        PHY,
        "demande d'{{AME}} : monsieur avec un passeport malien n° [[ID:AA0482716]], une attestation d'hébergement et une facture\n"
        "hébergé chez son cousin [[P:Bakary Traoré]], [[ADR:6 rue Danton, 93200 Saint-Denis]]\n"
        "l'agent verifie les {{3 mois}} de présence, il manque une preuve pour {{janvier}}\n"
        "il repart chercher une ordonnance de la {{PASS}}",
    ),
    (
        CPAM,
        PHY,
        "salle d'attente : {{9}} chaises, {{1}} enfant qui pleure, affiche « {{Mon espace santé}} »\n"
        "l'agent me dit qu'ici {{60 %}} des visites c'est pour des choses faisables sur {{Ameli}}\n"
        "mais les gens veulent voir quelqu'un\n"
        "moyenne {{7 min}} par personne au guichet",
    ),
    (
        CPAM,
        PHY,
        "jeune homme, [[P:Théo Marchand]], perd sa carte vitale pour la 3e fois cette année\n"
        "l'agent : « vous connaissez votre numéro ? » il le récite : [[NIR:1 01 05 13 055 312 93]]\n"
        "né le [[DN:17 mai 2001]] à {{Marseille}}\n"
        "nouvelle carte commandée, {{3 semaines}}",
    ),
    (
        CPAM,
        PHY,
        "dame voilée avec son bébé, ne parle pas francais. l'agent sort un interprétariat tel (ISM), {{8 min}} d'attente\n"
        "pendant ce temps le bébé joue avec un {{pingouin}} en peluche\n"
        "objet : rattachement du bébé sur sa carte. nom du bébé : [[P:Yasmine]]\n"
        "la mère : Mme [[P:Hussaini]], titre de séjour n° [[ID:9302418751]]",
    ),
    (
        CPAM,
        PHY,
        "monsieur en fauteuil, accompagné de son auxiliaire de vie ([[P:Grâce Mbemba]])\n"
        "il donne un papier avec son adresse pour le courrier : [[ADR:4 avenue Foch, appt 12, 54000 Nancy]]\n"
        "demande d'exonération ALD. l'agent dit que c'est le médecin qui fait la demande\n"
        "« on m'a dit de venir ici » 🙄",
    ),
    (
        CPAM,
        PHY,
        "{{11h}}, un agent pointe les RDV de l'apres-midi : {{18}} RDV, {{4}} annulés\n"
        "les RDV se prennent sur {{Ameli}} ou au {{3646}}\n"
        "couloir : plante verte, distributeur de gel, affiche canicule\n"
        "ambiance calme, rien de personnel noté",
    ),
    (
        CPAM,
        PHY,
        "mme [[P:Lucie Ferrand]] vient pr son congé maternité. l'agent lit a voix haute : « date prévue d'accouchement {{15 mars}}, vous êtes née le [[DN:6 octobre 1979]] ? »\n"
        "(elle a {{46 ans}}, 1er enfant, elle le dit fièrement)\n"
        "il lui manque un bulletin de salaire",
    ),
    (
        CPAM,
        PHY,
        "l'agent reçoit un patient envoyé par l'hôpital pr une PUMa\n"
        "fiche de liaison : IPP [[ID:P00915573]], nom [[P:HASSAN Abdirahman]], né le [[DN:01/01/1996]] (date par défaut, il sait pas sa date exacte)\n"
        "l'agent explique que « 1er janvier » c'est très courant pour les personnes nées en {{Somalie}}",
    ),
    (
        CPAM,
        PHY,
        "un homme réclame le remboursement de sa consultation chez le kiné {{Cabinet Girard & Fils}}\n"
        "feuille de soins papier, signature illisible. l'agent appelle le cabinet devant lui : [[TEL:04 73 91 22 08]]\n"
        "c'est M. [[P:Girard]] qui répond, il confirme\n"
        "le patient : M. [[P:Okafor Chinedu]]",
    ),
    (
        CPAM,
        PHY,
        "une dame vient avec son mari ({{Alzheimer}}) pour la carte vitale de lui. elle a une procuration\n"
        "l'agent demande la CNI du mari : n° [[ID:X4RT72L90]]\n"
        "le mari chante doucement {{La Marseillaise}} pendant tout le RDV\n"
        "l'agente sourit, moi aussi",
    ),
    # ---------------------------------------------------------------- cpam, controle sur place
    (
        CPAM,
        CSP,
        "controle d'arrêt de travail a domicile avec l'agent enquêteur ([[P:Éric Dumoulin]])\n"
        "adresse : [[ADR:14 route de Saint-Malo, La Mézière]]\n"
        "heures de sortie autorisées {{10h-12h}} et {{16h-18h}}, on passe a {{14h20}}\n"
        "mr [[P:Loïc Hamon]] est là, en survêtement, ok. {{5 min}} sur place",
    ),
    (
        CPAM,
        CSP,
        "2e controle : personne. l'enquêteur sonne 3 fois, appelle le [[TEL:06 22 48 91 37]], messagerie\n"
        "une voisine dit que mme [[P:Petitjean]] est « au marché »\n"
        "avis de passage dans la boite. convocation médicale suivra\n"
        "l'enquêteur : « c'est pas forcément de la fraude, les gens oublient les horaires »",
    ),
    (
        CPAM,
        CSP,
        "contrôle dans une cité : [[ADR:bâtiment Mistral, 2 avenue de la Méditerranée, escalier 4, 11e étage, porte 1104]]\n"
        "l'enquêteur a dû appeler le gardien pour entrer (digicode changé)\n"
        "mr [[P:Nourredine Chaabane]] ouvre en béquilles, très aimable, café proposé ☕\n"
        "arrêt justifié, rien à signaler",
    ),
    (
        CPAM,
        CSP,
        "sur la route : l'enquêteur explique qu'il fait {{8}} à {{12}} contrôles par jour, sur signalement des employeurs ou tirés au sort\n"
        "zone couverte : tout le sud {{Finistère}}\n"
        "voiture de service {{Dacia Sandero}}, GPS qui connaît pas la moitié des lieux-dits",
    ),
    (
        CPAM,
        CSP,
        "contrôle chez une agricultrice en arrêt. adresse donnée au tel par le mari, en morceaux :\n"
        "« c'est la [[ADR:ferme du Grand Vernay]] »\n"
        "« après le silo vous tournez a gauche, c'est marqué {{GAEC des Trois Chênes}} »\n"
        "on arrive. mme [[P:Sandrine Dubreuil-Morel]] est dans la stabulation en train de nourrir les veaux 😬\n"
        "l'enquêteur note sans commentaire",
    ),
    (
        CPAM,
        CSP,
        "contrôle dans un camping : mr vit en caravane a l'année, {{camping municipal du Lac, emplacement B12}}\n"
        "on trouve la caravane grâce a la plaque de la voiture devant, [[IMMAT:DV-307-QN]], notée dans le dossier\n"
        "mr [[P:Patrick Lemoine]], en arrêt depuis {{4 mois}} (dos)\n"
        "il est là, allongé. ok",
    ),
    (
        CPAM,
        CSP,
        "fraude à la {{C2S}} suspectée. l'enquêteur vérifie la boîte aux lettres : 3 noms, [[P:Benhamou]] / [[P:Costa]] / [[P:N'Diaye]]\n"
        "la dame ([[P:Farida Benhamou]]) dit qu'ils sont « juste domiciliés »\n"
        "le relevé {{EDF}} montre une conso de {{4 personnes}}\n"
        "rapport a suivre",
    ),
    (
        CPAM,
        CSP,
        "fin de tournée, retour au siège. l'enquêteur saisit {{5}} rapports\n"
        "il parle du burn-out de ses collègues et du manque de formation sur les nouvelles fraudes aux {{IJ}} sur internet\n"
        "rien d'autre à noter",
    ),
    (
        CPAM,
        CSP,
        "contrôle, le monsieur donne lui-même son adresse à l'interphone qui grésille : « [[ADR:quatre-vingt-onze, rue Victor-Hugo, deuxième étage, la porte du fond]] »\n"
        "l'enquêteur avait noté 19 dans son carnet 😅 on était devant la mauvaise porte depuis {{10 min}}\n"
        "mr [[P:Aurélien Mercier]], arrêt pour dépression\n"
        "entretien court, l'enquêteur reste très doux",
    ),
    (
        CPAM,
        CSP,
        "contrôle de présence : dame née le [[DN:4 avril 1966]], [[NIR:266042432215739]] sur la fiche\n"
        "[[ADR:lieu-dit Les Bories, 24260 Le Bugue]], maison isolée au bout d'un chemin de terre\n"
        "son chien {{Filou}} nous accueille en aboyant\n"
        "mme [[P:Martine Delpech]] est présente, arrêt après une opération de la hanche",
    ),
    # ---------------------------------------------------------------- ccas, telephone
    (
        CCAS,
        TEL,
        "plan canicule 🌡 : l'agente appelle les personnes inscrites sur le registre, liste papier de {{62}} noms\n"
        "1er appel : Mme [[P:Odette Vasseur]], {{91 ans}}, [[TEL:03 20 55 41 76]] → décroche a la 6e sonnerie, tout va bien, elle a fermé les volets\n"
        "2e : M. [[P:Lucien Waymel]], pas de réponse → on rappellera dans {{1h}}\n"
        "« s'il répond pas a {{15h}}, on envoie quelqu'un »",
    ),
    (
        CCAS,
        TEL,
        "appel pour la domiciliation : « est-ce que j'ai du courrier ? » le monsieur épelle son nom : [[P:S comme Simone, L, I, M, A, N, I]]\n"
        "l'agent cherche dans le classeur... oui, 2 lettres dont une de la {{Caf}}\n"
        "il passera demain matin, permanence de {{9h}} à {{11h30}}",
    ),
    (
        CCAS,
        TEL,
        "inscription portage de repas. la fille dicte l'adresse de son père :\n"
        "« [[ADR:8 rue des Écoles, bâtiment Les Glycines]] »\n"
        "« c'est au 2e, appartement 23, le code de la porte c'est... » l'agente l'arrête, pas besoin du code\n"
        "le père : M. [[P:Henri Lagarde]], né le [[DN:premier janvier mille neuf cent trente-huit]]\n"
        "livraison a partir de lundi, {{7,50 €}} le repas",
    ),
    (
        CCAS,
        TEL,
        "matinée au standard du {{CCAS}} : {{23}} appels en {{2h}}\n"
        "surtout : horaires de l'{{épicerie solidaire}}, aide au paiement de la cantine, demandes de {{logement social}}\n"
        "l'agent réoriente beaucoup (vers la {{Caf}}, le {{Département}}, la {{Mission Locale}})\n"
        "« on est la porte d'entrée pour tout »",
    ),
    (
        CCAS,
        TEL,
        "une dame veut une aide pour sa facture d'électricité. l'agent demande la réf client {{EDF}}\n"
        "elle lit : « [[ID:3004 1827 6550]] »... puis « ah non ça c'est le numéro de compteur » 🙃\n"
        "puis la bonne : [[ID:1-8F44-2031]]\n"
        "montant de la dette {{612 €}}, dossier {{FSL}} a monter. RDV jeudi {{14h}} au {{CCAS}}",
    ),
    (
        CCAS,
        TEL,
        "appel d'un voisin inquiet : « la dame du 3e, Mme [[P:Pham]], je la vois plus depuis {{4 jours}} »\n"
        "l'agent demande l'adresse : [[ADR:41 boulevard Voltaire, 3e étage droite]]\n"
        "volets fermés, courrier qui déborde\n"
        "l'agent appelle la police municipale tout de suite. (on saura plus tard : elle était chez sa fille, ouf)",
    ),
    (
        CCAS,
        TEL,
        "l'agente rappelle mme [[P:Fatma Yilmaz]] pour lui dire que son aide a été acceptée en commission\n"
        "numéro composé : [[TEL:06 71 09 44 52]] → « le numéro n'est plus attribué »\n"
        "autre numéro dans le dossier, celui du fils [[P:Emre]] : [[TEL:07 68 30 12 95]] → ok, il transmet\n"
        "aide de {{150 €}} en chèques services",
    ),
    (
        CCAS,
        TEL,
        "un homme appelle depuis une cabine?? (bruit de rue). il veut un colis alimentaire\n"
        "pas de nom donné. l'agent explique les conditions : passer avec une pièce d'identité et un justificatif de ressources\n"
        "{{épicerie solidaire}} ouverte mardi et vendredi\n"
        "il raccroche sans dire au revoir",
    ),
    (
        CCAS,
        TEL,
        "demande d'aide pr les frais d'obsèques. la dame pleure au tel, son mari [[P:Jean-Baptiste Etcheverry]] est décédé dimanche\n"
        "elle dicte son adresse mail : [[MAIL:maite.etcheverry [at] orange [point] fr]]\n"
        "l'agent envoie la liste des pièces. la dame s'appelle [[P:Maïté]]\n"
        "l'agent reste {{20 min}} avec elle",
    ),
    (
        CCAS,
        TEL,
        "appel de l'assistante sociale de l'hopital : sortie prévue pour M. [[P:Zoltán Kovács]] lundi, il vit seul\n"
        "« il habite où exactement ? » - « [[ADR:hameau des Granges, 3 chemin du Moulin, 38880 Autrans]] »\n"
        "« c'est isolé, y a de la neige en ce moment »\n"
        "l'agent cale une aide ménagère + portage de repas. {{ADMR}} contactée dans la foulée",
    ),
    (
        CCAS,
        TEL,
        "dossier {{MDPH}} : un père appelle pour savoir ou en est la demande de {{PCH}} de sa fille\n"
        "n° dossier MDPH [[ID:MDPH-56-2024-08812]]\n"
        "l'agent : « nous on est le {{CCAS}}, c'est la {{MDPH}} du {{Morbihan}} qu'il faut appeler »\n"
        "il a déjà appelé, {{45 min}} d'attente, il a raccroché. l'agent lui donne un contact direct",
    ),
    (
        CCAS,
        TEL,
        "numéro dicté trop vite par un monsieur âgé : « [[TEL:zéro deux, quarante, trente... trente-trois, quatre-vingt-un, vingt]] »\n"
        "l'agent : pardon, je répète ? [[TEL:02 40 30 33 81 20]] ?? ça fait trop de chiffres\n"
        "lui : « non, [[TEL:02 40 33 81 20]] » → ok\n"
        "objet : transport solidaire pr aller a la pharmacie, M. [[P:Guénolé Le Floch]]",
    ),
    (
        CCAS,
        TEL,
        "l'agente écoute la messagerie du week-end : {{11}} messages\n"
        "6 raccrochages sans message, 2 pour les horaires, 1 pour les colis de {{Noël}} des aînés, 2 incompréhensibles\n"
        "elle note tout dans un cahier, pas de logiciel pour ça",
    ),
    (
        CCAS,
        TEL,
        "appel d'une dame ukrainienne, [[P:Oksana Melnyk]], avec son fils qui traduit\n"
        "elle veut inscrire les enfants a la cantine au tarif réduit\n"
        "le fils épelle : « [[P:M-E-L-N-Y-K]], pas de i a la fin »\n"
        "adresse : chez une famille d'accueil, [[ADR:9 allée des Hirondelles, Chantepie]]\n"
        "l'agent explique le quotient familial de la {{Caf}}",
    ),
    (
        CCAS,
        TEL,
        "aide au loyer : l'agent a besoin du RIB du propriétaire (particulier) pour verser directement\n"
        "le proprio, M. [[P:Alain Roussel]], appelle et dicte : [[IBAN:FR76 1660 6100 2300 7192 8374 655]]\n"
        "l'agent : « je préfère que vous envoyiez un RIB papier » → il insiste, elle note quand même et demande le papier\n"
        "impayé de {{2 mois}} pour sa locataire",
    ),
    (
        CCAS,
        TEL,
        "rappel d'une femme pour une inscription au registre canicule. elle donne la date de naissance de sa mère : « le [[DN:14 juillet 32]], comme la fête nationale »\n"
        "l'agente fait le calcul à voix haute « {{93 ans}} ! »\n"
        "adresse : [[ADR:Les Quatre Vents, route de Ploërmel, 56430 Mauron]]\n"
        "tel fixe de la mère : [[TEL:02.97.22.61.48]]",
    ),
    # ---------------------------------------------------------------- ccas, accueil physique
    (
        CCAS,
        PHY,
        "1er RDV domiciliation : M. [[P:Ahmad Shah Noori]], né le [[DN:15/03/1999]] à {{Kaboul}}\n"
        "il dort chez des amis, change souvent. l'agent remplit l'élection de domicile\n"
        "son adresse pour le courrier sera celle du {{CCAS}}, {{place de la Mairie}}\n"
        "attestation remise. {{30 min}}",
    ),
    (
        CCAS,
        PHY,
        "{{épicerie solidaire}} au rez-de-chaussée du {{CCAS}}, je passe {{1h}} à l'accueil\n"
        '{{24}} familles passent, chacune a un "reste à vivre" calculé, panier à {{10 %}} du prix\n'
        "rayon : pâtes, conserves, café, couches\n"
        "bénévoles très présents, une seule agente",
    ),
    (
        CCAS,
        PHY,
        "mme [[P:Rosa Mendes]] vient avec une facture d'eau de {{380 €}}, réf abonné [[ID:0084516733]] ({{Veolia}})\n"
        "l'agente monte un dossier d'aide facultative\n"
        "justificatifs : bulletin de salaire (temps partiel), notif {{Caf}}\n"
        "passage en commission dans {{3 semaines}}",
    ),
    (
        CCAS,
        PHY,
        "salle d'attente : {{4}} chaises, un distributeur de café hors service, une affiche du {{Secours populaire}}\n"
        "une maman et 2 enfants, l'aîné lit {{Astérix}}\n"
        "l'agente d'accueil m'explique qu'ils n'ont jamais plus de {{10 min}} d'attente « sauf en fin de mois »",
    ),
    (
        CCAS,
        PHY,
        "M. [[P:Kouassi Yao]] vient récupérer son courrier (domiciliation)\n"
        "l'agent vérifie son identité : titre de séjour [[ID:3906127458]]\n"
        "3 lettres dont une de {{France Travail}} et une de la préfecture. il ouvre celle de la préfecture direct devant nous\n"
        "sourire 😁 : renouvellement accepté",
    ),
    (
        CCAS,
        PHY,
        "dossier de demande de logement social rempli avec l'agent\n"
        "demandeuse : [[P:Nathalie Grondin]], née le [[DN:28 févr. 1985]] à {{Saint-Denis}} ({{La Réunion}})\n"
        "adresse actuelle : [[ADR:12 rue Émile-Zola, appt 4, 76600 Le Havre]] (chez sa sœur)\n"
        "tel : [[TEL:06-93-41-27-50]]\n"
        "n° unique de demande pas encore attribué",
    ),
    (
        CCAS,
        PHY,
        "un monsieur vient demander un bon pour une nuit d'hôtel. l'agent appelle le {{115}} devant lui, c'est saturé\n"
        "solution : {{hôtel F1, chambre 14}}, payée par le {{CCAS}} pour {{2}} nuits\n"
        "il s'appelle [[P:Didier]], c'est tout ce qu'il veut dire\n"
        "son chien {{Rocky}} est accepté à l'hôtel 🐕",
    ),
    (
        CCAS,
        PHY,
        "l'élu aux affaires sociales passe dire bonjour aux agents. discussion sur le budget : {{1,2 M€}} pour les aides facultatives\n"
        "il veut développer les permanences dans les quartiers ({{Bellevue}}, {{Malakoff}})\n"
        "pas d'usager pendant ces {{15 min}}",
    ),
    (
        CCAS,
        PHY,
        "une jeune femme, [[P:Jessica Hoarau]], vient pour l'aide au permis de conduire\n"
        "elle donne son mail : [[MAIL:jess.hoarau974@gmail.com]] et le nom de l'auto-école : {{Auto-École Dupuis}}\n"
        "l'agente remarque que c'est le beau-frère de sa collègue, M. [[P:Dupuis]] 😅 ça fait rire tout le monde\n"
        "aide possible : {{400 €}}",
    ),
    (
        CCAS,
        PHY,
        "M. et Mme [[P:Haroutiounian]] viennent pour l'aide à la cantine de leurs 3 enfants\n"
        "l'agente calcule le quotient avec la notif {{Caf}} : n° allocataire [[ALLOC:5120376]]\n"
        "tarif : {{1 €}} le repas\n"
        "le père parle de son magasin de chaussures qui a fermé, {{Chaussures Aram}}",
    ),
    (
        CCAS,
        PHY,
        'un vieux monsieur vient chaque semaine "pour discuter", l\'agente le connait : M. [[P:Rigaud]]\n'
        "il parle de sa femme décédée, de son jardin, de ses tomates et de sa {{rose}} trémière\n"
        '{{12 min}}. elle note juste "visite de convivialité"',
    ),
    (
        CCAS,
        PHY,
        "aide pour remplir la demande de {{CSS}} en ligne avec M. [[P:Rachid Ait Ouarab]]\n"
        "l'agent tape le n° de sécu que le monsieur lui lit : [[NIR:1 81 02 76 540 019 52]]\n"
        "site {{Ameli}} qui plante 2 fois. ils finissent en {{40 min}}",
    ),
    # ---------------------------------------------------------------- ccas, controle sur place
    (
        CCAS,
        CSP,
        "visite à domicile avec l'assistante sociale du {{CCAS}} ([[P:Claire Bouvier]]) chez une dame âgée isolée\n"
        "[[ADR:Tour Ponant, 18 rue de la Chapelle, 16e étage, porte 162]]\n"
        "ascenseur ok cette fois. Mme [[P:Germaine Lucas]], {{88 ans}}, nous reçoit en robe de chambre\n"
        "frigo presque vide. portage de repas proposé, elle hésite (« je sais encore cuisiner »)",
    ),
    (
        CCAS,
        CSP,
        "visite chez une famille de gens du voyage sédentarisés, 2 caravanes + un mobil-home sur un terrain familial\n"
        "adresse officielle : [[ADR:parcelle 112, lieu-dit Le Pré Rond, 79200 Parthenay]]\n"
        "pas de boîte aux lettres → courrier au {{CCAS}}\n"
        "famille [[P:Winterstein]], 7 personnes. le grand-père a besoin d'un fauteuil\n"
        "camionnette devant : [[IMMAT:EK 901 FT]]",
    ),
    (
        CCAS,
        CSP,
        "visite d'évaluation pour une aide ménagère. l'agent a l'adresse en deux morceaux dans le dossier\n"
        "- « [[ADR:Le Moulin Neuf]] » (nom de la maison)\n"
        "- « [[ADR:route de Vézelay]] » sans numéro\n"
        "on tourne {{20 min}}. finalement c'est la dame qui nous appelle : « vous êtes passés devant ! je vous vois »\n"
        "Mme [[P:Thérèse Bonnot]], vit seule depuis la mort de son mari",
    ),
    (
        CCAS,
        CSP,
        "retour de visite, dans la voiture : l'agente raconte que {{70 %}} de ses visites sont pour des plus de {{75 ans}}\n"
        "elle fait {{3}} visites par demi-journée max\n"
        "« la solitude c'est le vrai sujet, pas l'argent »",
    ),
    (
        CCAS,
        CSP,
        "logement insalubre signalé par la voisine. visite avec le service hygiène\n"
        "[[ADR:6 impasse du Four, bâtiment A, rez-de-chaussée]]\n"
        "locataire : M. [[P:Mamadou Sylla]], 4 enfants. moisissure partout, une fenêtre cassée avec du scotch\n"
        "propriétaire : une SCI, {{SCI Les Lilas}}\n"
        "l'agent photographie, rapport au maire",
    ),
    (
        CCAS,
        CSP,
        "visite à domicile chez M. [[P:Robert Lefèvre]], {{82 ans}}, inscrit au plan canicule\n"
        "[[ADR:La Croix Blanche]], commune de {{Saint-Aubin}}, une ferme restaurée\n"
        "il a {{32°}} dans la cuisine. l'agent ouvre les fenêtres côté nord, pose un ventilateur\n"
        "il donne le numéro de sa fille en cas de souci : [[TEL:06 45 78 12 03]]",
    ),
    (
        CCAS,
        CSP,
        "visite d'une famille roumaine logée dans un squat. l'agent demande les noms pour la domiciliation\n"
        "[[P:Florin Stoica]], [[P:Mirela Stoica]], et les enfants [[P:Alexandru]] et [[P:Bianca]]\n"
        "adresse du squat : [[ADR:143 avenue Jean-Lolive]], ancien entrepôt\n"
        "passeport de M. : [[ID:058937204]]\n"
        "l'agent propose une scolarisation rapide",
    ),
    (
        CCAS,
        CSP,
        "en allant chez la 2e personne, l'agente m'explique le circuit : signalement → visite sous {{8 jours}} → commission\n"
        "la commune a {{12 000}} habitants, {{1}} travailleuse sociale au {{CCAS}}\n"
        "personne ne répond chez la dame. avis de passage",
    ),
    (
        CCAS,
        CSP,
        "visite dans une résidence sociale, résidence Adoma, [[ADR:22 rue des Frères-Lumière, chambre 208]]\n"
        "M. [[P:Abdoulaye Camara]], {{67 ans}}, ancien ouvrier chez {{Renault}}\n"
        "il montre ses fiches de paie de {{1978}} 😮 il veut faire valoir ses droits à la retraite\n"
        "l'agent prend RDV pour lui avec la {{Carsat}}",
    ),
    (
        CCAS,
        CSP,
        "visite au camping : une mère et sa fille vivent dans un mobil-home, {{camping des Flots Bleus, allée C, n° 7}}\n"
        "Mme [[P:Sandra Leroux]] travaille à mi-temps chez {{Lidl}}\n"
        "le gérant du camping veut les expulser en mars (fin de saison)\n"
        "l'agent l'oriente vers une demande de logement social + {{SIAO}}",
    ),
    (
        CCAS,
        CSP,
        "visite chez un ancien agriculteur qui vit dans sa caravane sur son propre terrain après l'incendie de sa maison\n"
        "« c'est au [[ADR:lieu-dit Pech Farrat]], derrière la grange brûlée »\n"
        "M. [[P:Marcel Couderc]], {{74 ans}}, ne veut pas partir\n"
        "son chien {{Pirate}} et ses {{poules}}\n"
        "l'agent organise la livraison d'eau potable",
    ),
    (
        CCAS,
        CSP,
        "visite chez une famille réfugiée syrienne : [[ADR:3 rue Pasteur, 2e étage, porte gauche]]\n"
        "le père, M. [[P:Al-Hamwi]], montre son récépissé : AGDREF [[ID:7602198344]]\n"
        "la fille de {{12 ans}} traduit, elle parle sans accent\n"
        "besoin : meubles. l'agent appelle {{Emmaüs}}",
    ),
    # ---------------------------------------------------------------- urgences, accueil physique
    (
        URG,
        PHY,
        "{{22h15}}, urgences {{CHU}} {{Pontchaillou}}. IOA (infirmière d'accueil) : {{3}} patients devant elle\n"
        "1er : jeune homme, coupure a la main, elle tape [[P:Lucas Brunet]], né le [[DN:03/11/2004]]\n"
        "le bracelet s'imprime avec nom + IPP [[ID:250098731]]\n"
        "tri : {{niveau 4}}, attente estimée {{3h}}",
    ),
    (
        URG,
        PHY,
        "bureau des admissions : l'agente demande la carte vitale, le patient l'a pas\n"
        "« vous connaissez votre numéro ? » il le récite par coeur : [[NIR:1 69 06 75 115 409 93]] 😮\n"
        "mutuelle : {{Harmonie Mutuelle}} n° [[ID:HM 44 019 872]]\n"
        "personne à prévenir : sa femme, [[P:Isabelle]], [[TEL:06 80 14 52 39]]",
    ),
    (
        URG,
        PHY,
        "écran de la salle d'attente : « temps d'attente estimé : {{4h30}} »\n"
        "{{31}} patients enregistrés, {{8}} brancards dans le couloir\n"
        "une dame dort sur 3 chaises, un enfant joue avec un gant gonflé en ballon\n"
        "l'agent d'accueil : « ce soir c'est calme » 🙃",
    ),
    (
        URG,
        PHY,
        "pompiers amènent un homme trouvé sur un banc, sans papiers, confus\n"
        "l'agente crée un dossier provisoire « {{Patient X}} {{23h04}} »\n"
        "les pompiers ont trouvé dans sa poche une ordonnance au nom de [[P:Gilbert Faure]]\n"
        "on ne sait pas si c'est lui. IPP provisoire [[ID:250099014]]",
    ),
    (
        URG,
        PHY,
        "un couple de touristes allemands, le mari est tombé dans les escaliers de la gare\n"
        "carte européenne : n° [[ID:80276 00187 3390 2145]]\n"
        "adresse : [[ADR:Lindenstraße 14, 50674 Köln]]\n"
        "la femme, [[P:Ingrid Hoffmann]], parle un peu français. l'agent utilise {{Google Traduction}}",
    ),
    (
        URG,
        PHY,
        "maman avec bébé de {{8 mois}}, fièvre. l'agente : « date de naissance du bébé ? » - « le [[DN:vingt-deux février]]... [[DN:deux mille vingt-cinq]] »\n"
        "prénom : [[P:Nour]], nom : [[P:Chaouch]]\n"
        "passe en pédiatrie directement, {{15 min}}",
    ),
    (
        URG,
        PHY,
        "{{3h du matin}}. un habitué, tout le monde l'appelle « [[P:Nounours]] », il vient se réchauffer\n"
        "l'agent de sécurité le connait, lui apporte un café\n"
        "la secrétaire retrouve son vrai nom dans le logiciel : [[P:Francis Hamel]], {{22}} passages cette année\n"
        "l'assistante sociale passera demain",
    ),
    (
        URG,
        PHY,
        "l'accueil urgences a changé de logiciel il y a {{2 semaines}}, tout le monde rame\n"
        "l'IOA me montre : {{6}} clics pour créer un dossier contre {{2}} avant\n"
        "file d'ambulances devant l'entrée : {{4}}\n"
        "aucune info patient notée pour cette demi-heure",
    ),
    (
        URG,
        PHY,
        "une ambulance privée ({{Ambulances Morvan}}) bloque l'entrée. le vigile note la plaque : [[IMMAT:FR-128-AD]]\n"
        "l'ambulancier, [[P:Kévin]], s'excuse : il attend un brancard depuis {{50 min}}\n"
        "« brancards bloqués » = vrai problème ici",
    ),
    (
        URG,
        PHY,
        "patiente âgée venue de l'{{EHPAD Les Jardins de Sophie}}, fiche de liaison :\n"
        "Mme [[P:Suzanne Morvan]], née le [[DN:12.09.1931]], chambre 14\n"
        "médecin traitant : Dr [[P:Nguyen Thanh]]\n"
        "chute, suspicion fracture du col. personne de l'EHPAD ne l'accompagne",
    ),
    (
        URG,
        PHY,
        "l'agente des admissions demande l'adresse pour la facturation à un jeune homme :\n"
        "« [[ADR:15 avenue des Sports]] » - « et le code postal ? » - « euh... » - « {{Évry}} ? » - « oui 91000 »\n"
        "il s'appelle [[P:Yanis Boudjemaa]], il a pas de mutuelle\n"
        "l'agente explique qu'il recevra une facture du ticket modérateur",
    ),
    (
        URG,
        PHY,
        "arrivée avec la police d'un homme en garde à vue, menotté. l'agent d'accueil n'enregistre que le minimum\n"
        "nom donné par les policiers : [[P:Steve Ramdani]]\n"
        "les policiers restent dans le box. l'attente est plus courte pour eux ({{20 min}})\n"
        "malaise dans la salle, tout le monde regarde",
    ),
    (
        URG,
        PHY,
        "permanence de l'assistante sociale des urgences : patient SDF sortant, elle appelle le {{115}}\n"
        "réf SIAO du monsieur : [[ID:SIAO-35-0042187]]\n"
        "place trouvée au {{CHRS L'Escale}}, à partir de {{18h}}\n"
        "le patient, M. [[P:Cyril]], repart avec un ticket de bus",
    ),
    (
        URG,
        PHY,
        "une mère vient chercher des nouvelles de son fils arrivé en ambulance\n"
        "l'agent demande le nom et la date de naissance du fils : [[P:Enzo Lopes]], né en [[DN:2007]], le [[DN:30 juin]]\n"
        "il est au déchocage, elle ne peut pas le voir tout de suite\n"
        "l'agent l'accompagne dans une petite salle à part, lui apporte de l'eau",
    ),
    (
        URG,
        PHY,
        "IOA : patient qui parle tamoul, son neveu traduit. nom épelé : [[P:R-A-M-A-N-A-T-H-A-N]], prénom [[P:Sivakumar]]\n"
        "né le [[DN:5 mai 1961]]\n"
        "douleur thoracique → passe devant tout le monde, {{ECG}} en {{6 min}}\n"
        "le neveu donne son tel : [[TEL:07.53.28.14.66]]",
    ),
    (
        URG,
        PHY,
        "accueil pédiatrique : déco avec des animaux, une grande {{girafe}} peinte sur le mur, {{Babar}}, {{Tintin}}\n"
        "{{9}} enfants en attente, {{2}} médecins\n"
        "une infirmière distribue des bulles de savon 🫧\n"
        "je ne note pas les noms des enfants",
    ),
    (
        URG,
        PHY,
        "le patient donne un titre de séjour pour s'identifier : n° [[ID:9912034571]], nom [[P:KONATÉ Mariam]]\n"
        "l'agente scanne, adresse dessus pas à jour. nouvelle adresse : {{hôtel Formule 1}}, [[ADR:7 rue de la Garenne, Créteil]]\n"
        "(hébergement par le {{115}})\n"
        "elle est enceinte de {{7 mois}}, part en maternité",
    ),
    (
        URG,
        PHY,
        "un homme arrive seul en voiture, se gare sur la place ambulance. l'agent de sécurité relève : [[IMMAT:ab-123-xz]]... non [[IMMAT:AB-128-XZ]] (il avait mal lu)\n"
        "le conducteur, M. [[P:Olivier Pasquier]], a une douleur au ventre\n"
        "on déplace sa voiture pour lui",
    ),
    (
        URG,
        PHY,
        "un étudiant étranger : passeport chinois n° [[ID:EJ4829173]], nom [[P:ZHANG Wei]]\n"
        "pas encore de sécu. l'agente appelle la fac ({{Université Rennes 2}}) pour vérifier sa mutuelle étudiante\n"
        "il a peur du coût, demande plusieurs fois « combien ? »",
    ),
    (
        URG,
        PHY,
        "{{6h50}}, relève des équipes. l'agent de nuit transmet : {{47}} passages, {{2}} décès, {{1}} agression verbale\n"
        "il est épuisé, dit qu'il a pas pu manger\n"
        "l'équipe de jour arrive avec des croissants {{Paul}} 🥐",
    ),
    # ---------------------------------------------------------------- urgences, telephone
    (
        URG,
        TEL,
        "appel d'un journaliste du {{Ouest-France}} qui veut savoir combien de patients ont passé la nuit sur des brancards\n"
        "l'agent renvoie vers la direction de la communication : « on n'a pas le droit de répondre »\n"
        "{{2 min}}. il soupire, il en a eu {{3}} cette semaine",
    ),
    (
        URG,
        TEL,
        "tel à l'accueil : « est-ce que ma mère est chez vous ? elle s'appelle [[P:Yvette Garnier]] »\n"
        "l'agent : date de naissance ? - « le [[DN:2 août 1940]] »\n"
        "l'agent vérifie : oui, arrivée à {{16h}}, il ne peut pas en dire plus au tel\n"
        "le fils donne son numéro pour que le médecin le rappelle : [[TEL:06 09 73 41 22]]",
    ),
    (
        URG,
        TEL,
        "le SAMU appelle pour prévenir d'une arrivée : homme, {{45 ans}}, AVP, conscient\n"
        "nom transmis : [[P:Julien Carré]]\n"
        "arrivée estimée {{12 min}}. l'agente prépare le dossier avant même qu'il arrive",
    ),
    (
        URG,
        TEL,
        "appel de la gendarmerie de {{Montfort}} : ils cherchent à savoir si un homme a été admis après un accident de tracteur\n"
        "ils donnent nom et date de naissance : [[P:Bernard Piel]], [[DN:14/02/1958]]\n"
        "l'agente : « je ne peux pas confirmer par tel, envoyez une réquisition »\n"
        "le gendarme soupire 😅",
    ),
    (
        URG,
        TEL,
        "l'{{EHPAD Korian Les Amandiers}} appelle pour savoir si leur résidente peut rentrer ce soir\n"
        "Mme [[P:Jeanne Le Roux]], IPP [[ID:P00312874]]\n"
        "l'agent transfère au médecin. {{8 min}} d'attente sur la musique",
    ),
    (
        URG,
        TEL,
        "appel d'un patient parti sans attendre hier soir : il a oublié son téléphone dans la salle d'attente\n"
        "l'agent cherche dans la boîte des objets trouvés : un {{iPhone}} coque rose\n"
        "le patient, M. [[P:Dylan Fournier]], passera le chercher\n"
        "« il faudra montrer une pièce d'identité »",
    ),
    (
        URG,
        TEL,
        "le labo appelle l'IOA avec un résultat critique : potassium très élevé\n"
        "patient : [[P:Martin Gilles]], box 6, IPP [[ID:250097722]]\n"
        "elle raccroche et court chercher le médecin",
    ),
    (
        URG,
        TEL,
        "standard des urgences, {{20h}} : {{9}} appels en {{30 min}}\n"
        "beaucoup de gens qui veulent savoir « combien de temps d'attente » avant de venir\n"
        "l'agent répond toujours : appelez le {{15}} si c'est grave, sinon votre médecin ou {{SOS Médecins}}",
    ),
    (
        URG,
        TEL,
        "une femme appelle pour son compagnon, elle ne connaît pas sa date de naissance exacte : « il est né en [[DN:mars 86]], le jour je sais plus »\n"
        "nom : [[P:Mehdi Sabri]]\n"
        "l'agent retrouve, il est en radio\n"
        "elle donne son propre numéro pour qu'on la rappelle : « [[TEL:zéro six, trente-trois, soixante et onze, quatre-vingt-dix, zéro deux]] »",
    ),
    (
        URG,
        TEL,
        "appel d'un médecin généraliste qui adresse un patient : « je vous envoie M. [[P:Aurélien Petit]], suspicion d'appendicite »\n"
        "le médecin se présente : Dr [[P:Chantal Morel]], cabinet de {{Bruz}}\n"
        "l'agente note tout sur un post-it en attendant le patient",
    ),
    (
        URG,
        TEL,
        "ligne interne : la radio appelle, le scanner est en panne\n"
        "réorganisation : les patients sont envoyés à la clinique {{Saint-Laurent}}\n"
        "pas de patient nommé au tel, juste des numéros de box (box {{3}}, box {{7}})",
    ),
    (
        URG,
        TEL,
        "une personne appelle pour faire une réclamation sur sa facture. elle lit son numéro de dossier : [[ID:F2024-118562]]\n"
        "l'agent la renvoie vers le bureau des entrées, tel {{02 99 28 43 21}} (le numéro du service)\n"
        "la dame : M. [[P:Boucher]] c'est mon mari, c'est lui qui était hospitalisé",
    ),
    (
        URG,
        TEL,
        "appel d'une interprète ({{ISM Interprétariat}}) pour une patiente afghane\n"
        "l'IOA met le haut-parleur : la patiente s'appelle [[P:Zarghona]], pas de nom de famille dans ses papiers\n"
        "l'interprète traduit les questions de tri, {{14 min}}",
    ),
    (
        URG,
        TEL,
        "un père appelle car son fils de {{16 ans}} a été amené par les pompiers après une bagarre au lycée\n"
        "« il s'appelle [[P:Noah]], [[P:Noah Bernard]], né le [[DN:19 septembre 2009]] »\n"
        "l'agent ne confirme rien au tel (mineur) mais lui dit de venir\n"
        "{{Lycée Chateaubriand}} mentionné",
    ),
    (
        URG,
        TEL,
        "appel d'un homme qui veut parler à « [[P:Sarah]] l'infirmière » : c'est son ex\n"
        "l'agent refuse de dire si elle travaille ce soir\n"
        "il rappelle {{3}} fois. l'agent prévient la sécurité\n"
        "numéro affiché : masqué",
    ),
    (
        URG,
        TEL,
        "le {{15}} transfère un appel : une dame, [[P:Liliane Chevalier]], dit que son mari va mal, elle veut une ambulance\n"
        "l'agent lui demande l'adresse exacte : « [[ADR:La Métairie Neuve, 35137 Bédée]], c'est une ferme »\n"
        "« et un numéro où vous rappeler ? » : [[TEL:02 99 06 17 84]]\n"
        "il la recontacte au {{15}} directement, c'est pas ici qu'on envoie les ambulances",
    ),
    (
        URG,
        TEL,
        "la sécurité appelle l'accueil : une voiture gênante devant les urgences pédiatriques\n"
        "« c'est une {{Twingo}} grise, immat [[IMMAT:DX 581 PL]] »\n"
        "l'agent fait une annonce en salle d'attente, une mère se lève en s'excusant",
    ),
    (
        URG,
        TEL,
        "un patient sorti ce matin appelle : il a perdu son ordonnance\n"
        "identification : [[P:Benoît Lambert]], né le [[DN:vingt-neuf janvier soixante-dix-huit]]\n"
        "l'agent lui dit que le médecin la renverra par mail. mail donné : [[MAIL:benoit.lambert78 at free point fr]]",
    ),
    # ---------------------------------------------------------------- chrs / 115, telephone
    (
        CHRS,
        TEL,
        "{{115}}, {{21h40}}. écoutant : [[P:Mathieu]]\n"
        "appelant : homme seul, dit s'appeler [[P:Sofiane Haddouche]], né le [[DN:7 juillet 1990]]\n"
        "il est devant la {{gare}}. place trouvée : {{foyer Adoma, chambre 8}}, à rejoindre avant {{23h}}\n"
        "[[P:Mathieu]] lui explique le trajet en bus, ligne {{C4}}",
    ),
    (
        CHRS,
        TEL,
        "appel d'une maman avec 3 enfants, à la rue depuis ce matin\n"
        "l'écoutante demande les prénoms et dates de naissance des enfants : [[P:Inaya]] [[DN:12/04/2016]], [[P:Adam]] [[DN:03/09/2019]], [[P:Lina]] [[DN:21/01/2023]]\n"
        "la mère : [[P:Kadiatou Bah]]\n"
        "mise à l'abri : {{hôtel Ibis Budget, chambre 112}}, pour {{3}} nuits",
    ),
    (
        CHRS,
        TEL,
        "tableau du {{115}} ce soir : {{146}} demandes non pourvues, {{0}} place disponible à {{22h}}\n"
        "l'écoutant répète la même phrase : « je suis désolé, il n'y a plus de place, rappelez demain à partir de {{9h}} »\n"
        "il me dit qu'il la dit {{40}} fois par soir",
    ),
    (
        CHRS,
        TEL,
        "une femme appelle en chuchotant, violences conjugales. elle donne juste son prénom : [[P:Aurélie]]\n"
        "elle est partie de chez elle, [[ADR:27 rue des Acacias]], avec son fils de {{4 ans}}\n"
        "l'écoutante la met en relation avec le {{3919}} et trouve une place en urgence à {{L'Abri}} (adresse confidentielle)\n"
        "{{23 min}} d'appel, voix très calme de l'écoutante",
    ),
    (
        CHRS,
        TEL,
        "homme qui veut être rappelé quand une place se libère. il dicte son numéro en mots : [[TEL:zéro sept, cinquante et un, quatre-vingt-huit, zéro zéro, soixante-quatre]]\n"
        "l'écoutant tape [[TEL:07 51 88 00 64]] et relit\n"
        "nom : M. [[P:Ibrahima Sarr]]",
    ),
    (
        CHRS,
        TEL,
        "l'écoutante retrouve la personne dans le logiciel SI-SIAO avec la réf [[ID:SIAO-44-2025-011273]]\n"
        "M. [[P:Jean-Claude Mahé]], {{61 ans}}, connu du {{115}} depuis {{2019}}\n"
        "il demande une place en pension de famille, dossier en attente depuis {{8 mois}}",
    ),
    (
        CHRS,
        TEL,
        "un homme dort dans sa voiture sur le parking du {{Leclerc}}. il donne sa plaque pour que la maraude le trouve : [[IMMAT:CZ-662-BM]]\n"
        "« c'est une {{Kangoo}} blanche, je suis au fond près des bennes »\n"
        "il s'appelle [[P:Thierry]], pas de nom de famille donné\n"
        "signalé à la maraude de nuit",
    ),
    (
        CHRS,
        TEL,
        "appel d'une assistante sociale du {{CHU}} : patient sortant ce soir, sans solution\n"
        "M. [[P:Vasile Popescu]], né le [[DN:30.10.1977]], parle roumain\n"
        "l'écoutant propose le {{CHRS Le Relais}} mais c'est complet → accueil de jour demain",
    ),
    (
        CHRS,
        TEL,
        "jeune de {{18 ans}}, sorti de l'{{ASE}} le jour de son anniversaire 😔\n"
        "il épelle son nom : [[P:D comme Denis, I, A, B, A, T, E]]\n"
        "né le [[DN:14 novembre 2007]]\n"
        "l'écoutante appelle la {{Mission Locale}} en parallèle",
    ),
    (
        CHRS,
        TEL,
        "une demandeuse d'asile appelle, interprète par tel\n"
        "elle lit le numéro de son attestation de demande d'asile : [[ID:7501 2490 31]]\n"
        "nom : [[P:Tigist Alemu]]\n"
        "l'écoutant l'oriente vers l'{{OFII}} pour l'hébergement (DNA), le {{115}} ne peut pas la prendre ce soir",
    ),
    (
        CHRS,
        TEL,
        "{{2h du matin}}, calme. l'écoutant me parle de son métier : {{12}} ans au {{115}}, il a vu le nombre d'appels doubler\n"
        "« avant on trouvait une place pour presque tout le monde »\n"
        "un appel : personne au bout, juste une respiration. il attend {{1 min}}, raccroche doucement",
    ),
    (
        CHRS,
        TEL,
        "un monsieur qui appelle tous les soirs, l'écoutante le reconnaît à la voix : « bonsoir M. [[P:Lopez]] »\n"
        "ce soir il donne un nouveau numéro : [[TEL:06 14]]... [[TEL:06 41 27 93 58]] 🙃 il se reprend, il a du mal avec son nouveau tel\n"
        "numéro final : [[TEL:06 41 27 93 58]]",
    ),
    (
        CHRS,
        TEL,
        "une bénévole d'association appelle pour une famille qui dort dans une tente au {{parc de Gerland}}\n"
        "famille [[P:Gashi]], 2 adultes 2 enfants, kosovars\n"
        "la bénévole laisse son mail : [[MAIL:helene.b.asso(at)gmail.com]] et son prénom [[P:Hélène]]\n"
        "l'écoutant note, pas de place familiale ce soir",
    ),
    (
        CHRS,
        TEL,
        "appel d'un ancien résident du {{CHRS}} qui a retrouvé un logement, il appelle juste pour dire merci 🥲\n"
        "« c'est [[P:Mourad]], vous vous souvenez ? »\n"
        "il donne sa nouvelle adresse pour qu'on lui renvoie un courrier resté au foyer : [[ADR:appartement 31, 5 allée Albert-Camus, bâtiment D, Vénissieux]]\n"
        "l'écoutante est émue",
    ),
    (
        CHRS,
        TEL,
        "l'écoutante vérifie une identité : « date de naissance ? » - « le [[DN:8 du 8, 88]] » - « [[DN:08/08/1988]] ? » - « oui »\n"
        "nom : [[P:Karim Zeroual]]\n"
        "il est connu, on lui trouve une place en dortoir au {{Centre Jean-Moulin}}",
    ),
    (
        CHRS,
        TEL,
        "appel de la police municipale : une femme âgée erre dans le centre, dit s'appeler « [[P:Mamie Rose]] »\n"
        "pas de papiers. l'écoutant suggère les urgences d'abord\n"
        "elle a une {{rose}} brodée sur son manteau, c'est peut-être pour ça qu'elle dit ça, selon le policier",
    ),
    (
        CHRS,
        TEL,
        "homme qui vit dans une caravane sans eau au bord de la {{Loire}}, il donne l'endroit : « [[ADR:chemin de la Levée]], après le numéro 40, la caravane verte »\n"
        "M. [[P:Roger Bouchard]], {{70 ans}}\n"
        "il ne veut pas de foyer, juste un colis et des couvertures. maraude prévenue",
    ),
    (
        CHRS,
        TEL,
        "relève de {{23h}}. transmissions orales : {{58}} appels, {{12}} mises à l'abri\n"
        "une place qui s'est libérée à {{Emmaüs}}, donnée à une femme enceinte\n"
        "pas de noms dits pendant la relève, ils utilisent les numéros de dossier",
    ),
    # ---------------------------------------------------------------- chrs, accueil physique
    (
        CHRS,
        PHY,
        "accueil du {{CHRS La Passerelle}}, {{18h}}. arrivées du soir :\n"
        "M. [[P:Jonathan Lebreton]] → {{chambre 12}}\n"
        "M. [[P:Hamza Belarbi]] → dortoir, lit 4\n"
        "règlement signé, casier attribué. ils laissent leurs couteaux à l'accueil",
    ),
    (
        CHRS,
        PHY,
        "une résidente veut faire une demande de {{RSA}}. l'éducatrice l'aide sur l'ordi\n"
        "adresse déclarée : le {{CHRS}}, [[ADR:14 rue du Docteur-Roux, 44000 Nantes]]\n"
        "la résidente : [[P:Céline Jaouen]], née le [[DN:17 février 1992]]\n"
        "elle a déjà un compte {{Caf}} : n° [[ALLOC:6630187]]\n"
        "RIB pour le versement : [[IBAN:FR7642559100000802731645927]] (recopié sans espaces par l'éducatrice)",
    ),
    (
        CHRS,
        PHY,
        "repas du soir, {{52}} couverts. au menu : {{hachis parmentier}}\n"
        "les chiens attendent dans le chenil, il y en a {{6}}\n"
        "une bénévole de {{80 ans}} sert la soupe depuis {{1995}}\n"
        "ambiance bruyante mais bon enfant",
    ),
    (
        CHRS,
        PHY,
        "l'éducateur ([[P:Samuel]]) aide un résident à ouvrir un compte à la {{Banque Postale}}\n"
        "RIB obtenu : [[IBAN:FR33 3000 2005 5000 0015 7841 Z25]]\n"
        "« c'est la première fois que j'ai un compte à mon nom » dit M. [[P:Grégory Vallet]]",
    ),
    (
        CHRS,
        PHY,
        "entretien d'un résident avec sa référente pour son projet : il s'inscrit à {{France Travail}}\n"
        "identifiant reçu : [[FT:4471528W]]\n"
        "M. [[P:Abdou Ndiaye]] veut travailler dans la restauration, il a fait {{5 ans}} chez {{Flunch}}",
    ),
    (
        CHRS,
        PHY,
        "résident qui a perdu sa carte vitale, l'agent l'aide à remplir la déclaration\n"
        "n° sécu recopié de son attestation : [[NIR:1 92 08 99 341 044 83]]\n"
        "né à {{Dakar}}, M. [[P:Cheikh Fall]]\n"
        "il montre aussi sa carte de séjour : [[ID:CS-3506127890]]",
    ),
    (
        CHRS,
        PHY,
        "affichage à l'accueil : planning des ateliers (cuisine, {{informatique}}, peinture)\n"
        "{{34}} places, {{34}} occupées. liste d'attente : {{17}} personnes\n"
        "l'agent d'accueil me dit que la durée moyenne de séjour c'est {{9 mois}}",
    ),
    (
        CHRS,
        PHY,
        "une résidente, [[P:Precious Okonkwo]], a un RDV à la préfecture demain\n"
        "l'éducatrice vérifie les papiers : récépissé n° [[ID:4402815637]], passeport nigérian [[ID:A09482761]]\n"
        "elle lui imprime le plan pour aller à la préfecture",
    ),
    (
        CHRS,
        PHY,
        "visite du directeur avec un élu. le directeur montre les chambres vides (travaux)\n"
        "il explique le financement par l'{{État}} ({{DDETS}}) : {{32 €}} par jour et par personne\n"
        "aucun résident présent pendant la visite",
    ),
    (
        CHRS,
        PHY,
        "un homme arrive à l'accueil de jour avec un chien, il s'appelle « [[P:Le Grand]] » pour tout le monde\n"
        "son vrai prénom, l'agente le connaît : [[P:Fabrice]]\n"
        "le chien s'appelle {{Django}}. douche, café, machine à laver\n"
        "il laisse son tel pour un RDV médical : [[TEL:06 02 17 85 44]]",
    ),
    (
        CHRS,
        PHY,
        "un résident montre fièrement son compte {{TikTok}} à l'éducateur : [[ID:@dj_moussa_officiel]]\n"
        "il fait des vidéos de cuisine, {{3 000}} abonnés\n"
        "l'éducateur lui rappelle de ne pas filmer les autres résidents",
    ),
    (
        CHRS,
        PHY,
        "sortie positive : Mme [[P:Halima Ouali]] quitte le {{CHRS}} pour un logement social\n"
        "nouvelle adresse : [[ADR:Tour Les Mimosas, 2 square Schweitzer, 10e étage, appart 104, 69200 Vénissieux]]\n"
        "bailleur : {{Lyon Métropole Habitat}}, réf locataire [[ID:LMH-0088214]]\n"
        "tout le monde l'applaudit au petit-déj 👏",
    ),
    # ---------------------------------------------------------------- chrs, maraude (controle sur place)
    (
        CHRS,
        CSP,
        "maraude de nuit avec [[P:Nadège]] et [[P:Youssef]] (travailleurs sociaux)\n"
        "1er arrêt : tente sous le {{pont de la Rocade}}. un homme, [[P:Stéphane]], et sa chienne {{Luna}}\n"
        "il refuse le foyer à cause du chien. on laisse duvet, soupe, café\n"
        "{{0°}} cette nuit",
    ),
    (
        CHRS,
        CSP,
        "maraude : on cherche l'homme qui dort dans sa voiture, signalé par le {{115}}\n"
        "parking du {{Leclerc}}, {{Kangoo}} blanche, plaque [[IMMAT:CZ-662-BM]] → trouvé\n"
        "il s'appelle [[P:Thierry Morin]], {{58 ans}}, ancien chauffeur routier\n"
        "il accepte un RDV à l'accueil de jour",
    ),
    (
        CHRS,
        CSP,
        "campement de {{12}} tentes derrière la {{gare}}. la maraude connaît la plupart\n"
        "« [[P:Bogdan]] », « [[P:Petru]] », une femme enceinte, [[P:Elena]]\n"
        "l'infirmière de la maraude prend la tension d'[[P:Elena]], trop haute → urgences demain\n"
        "beaucoup de rats, les gens en ont peur pour les enfants",
    ),
    (
        CHRS,
        CSP,
        "pause à {{1h}} dans le camion de maraude, thermos de café\n"
        "l'équipe explique : {{3}} maraudes par semaine, {{80}} personnes suivies\n"
        "le camion a {{250 000 km}}, chauffage en panne\n"
        "personne rencontrée pendant cette heure",
    ),
    (
        CHRS,
        CSP,
        "maraude rurale : un homme vit dans une caravane sur un terrain prêté par un agriculteur\n"
        "pour trouver : [[ADR:lieu-dit La Garenne, route de Janzé]], au bout du chemin de terre\n"
        "M. [[P:Jean-Michel Guérin]], {{63 ans}}, alcool, très amaigri\n"
        "l'agriculteur, M. [[P:Pichon]], passe pendant qu'on est là, inquiet pour lui",
    ),
    (
        CHRS,
        CSP,
        "squat dans une ancienne école : [[ADR:8 rue Jules-Ferry]]\n"
        "une vingtaine de personnes, surtout des jeunes hommes soudanais\n"
        "l'un d'eux, [[P:Adam Abakar]], parle bien anglais, il traduit\n"
        "il montre un récépissé : [[ID:9206482113]], il a RDV à l'{{OFPRA}} le mois prochain",
    ),
    (
        CHRS,
        CSP,
        "maraude à la {{gare Saint-Charles}}. une dame âgée sur un banc, « Madame [[P:Odile]] » pour l'équipe\n"
        "elle donne sa date de naissance sans qu'on demande : « je suis née le [[DN:un juin quarante-sept]], j'ai {{78 ans}} »\n"
        "elle a un appartement mais n'y va plus ([[ADR:112 boulevard National]])\n"
        "signalement au {{CCAS}} pour une visite",
    ),
    (
        CHRS,
        CSP,
        "maraude de jour : distribution de kits hygiène au {{square Dupleix}}\n"
        "{{15}} kits donnés. les gens viennent d'eux-mêmes, on connaît le créneau\n"
        "un homme parle de {{Zidane}} pendant 10 min, il l'a croisé à {{Marseille}} « en vrai »\n"
        "pas d'autre info",
    ),
    (
        CHRS,
        CSP,
        "maraude : un jeune couple dort dans un hall d'immeuble, [[ADR:tour Évasion, 3 place de la Liberté]], au rez-de-chaussée\n"
        "elle : [[P:Chloé]], lui : [[P:Maxime Ribeiro]]\n"
        "ils ont fui un foyer, ils ne veulent pas y retourner\n"
        "le gardien les laisse dormir jusqu'à {{6h}} 🤝",
    ),
    (
        CHRS,
        CSP,
        "maraude au {{camping des Sablons}} : plusieurs personnes vivent à l'année en mobil-home, hors saison\n"
        "Mme [[P:Véronique Fleury]], {{mobil-home n° 41}}, {{55 ans}}, seule, {{RSA}}\n"
        "elle a un numéro pour qu'on la joigne : [[TEL:06 59 03 22 71]]\n"
        "le gérant ferme l'eau chaude en hiver",
    ),
    (
        CHRS,
        CSP,
        "maraude avec une infirmière. un homme sous un porche, pied infecté\n"
        "il donne son nom : [[P:Wojciech]]... « appelle-moi [[P:Wojtek]] »\n"
        "l'infirmière appelle les urgences pour le prévenir de l'arrivée\n"
        "il a son passeport polonais dans sa chaussette : [[ID:EA 4829157]]",
    ),
    # ---------------------------------------------------------------- france travail, telephone
    (
        FT,
        TEL,
        "{{3949}}, {{9h05}}. conseillère : [[P:Valérie]]\n"
        "le demandeur donne son identifiant en mots : « [[FT:quatre cinq deux, dix-huit, soixante-treize, K]] »\n"
        "elle tape [[FT:4521873K]]. « K comme kilo ? » oui\n"
        "il a oublié de s'actualiser, radié depuis le {{1er}}",
    ),
    (
        FT,
        TEL,
        "mot de passe perdu. la conseillère vérifie le mail : [[MAIL:r.benyahia@outlook.fr]]\n"
        "lui : « non c'est [[MAIL:r.benyahia75@outlook.fr]], avec 75 »\n"
        "modif faite, il reçoit le lien pendant l'appel\n"
        "M. [[P:Rayan Benyahia]], {{6 min}}",
    ),
    (
        FT,
        TEL,
        "identifiant dicté : « [[FT:zéro huit sept, un deux, trois quatre, B]] »\n"
        "la conseillère tape un D, le dossier n'existe pas. « B comme {{Bernard}} ! »\n"
        "→ [[FT:0871234B]] ok. Mme [[P:Pauline Girardot]]\n"
        "question sur le cumul salaire + {{ARE}} (elle fait des extras dans un restaurant, {{Le Bistrot du Port}})",
    ),
    (
        FT,
        TEL,
        "plateforme {{3949}} : écran mural, {{56}} appels en attente, temps moyen {{17 min}}\n"
        "pic le lundi matin et en début de mois (actualisation)\n"
        "la conseillère m'explique qu'elle n'a pas accès au dossier complet, seulement l'indemnisation\n"
        "pas de nom retenu",
    ),
    (
        FT,
        TEL,
        "la conseillère ([[P:Samia]]) appelle un demandeur pour un RDV\n"
        "numéro du dossier : [[TEL:06 91 37 04 82]] → « vous faites erreur »\n"
        "elle réessaie avec le 2e numéro, [[TEL:09 81 45 22 60]] (box internet), ça répond\n"
        "M. [[P:Florian Deschamps]] confirme RDV mardi {{10h15}}",
    ),
    (
        FT,
        TEL,
        "appel entrant d'un employeur : {{Garage Ferreira Automobiles}} cherche un mécanicien\n"
        "le patron, M. [[P:Ferreira]], donne son portable : [[TEL:06 63 20 84 17]]\n"
        "il veut « quelqu'un de sérieux, pas forcément diplômé »\n"
        "offre saisie en {{10 min}}, {{CDI}}, {{1 900 €}} net",
    ),
    (
        FT,
        TEL,
        "changement d'adresse d'une demandeuse qui a déménagé à la campagne\n"
        "- l'adresse ?\n"
        "- [[ADR:La Petite Jaunaie]]\n"
        "- c'est tout ? pas de numéro ?\n"
        "- non, c'est un lieu-dit. 44850 {{Le Cellier}}\n"
        "conseillère : « et vous avez une voiture ? » - non. ça complique les offres\n"
        "Mme [[P:Anaïs Richard]]",
    ),
    (
        FT,
        TEL,
        "changement de compte pour l'{{ARE}}. le monsieur lit son nouvel IBAN : « [[IBAN:FR76 1250 6200 4556 0123 9874 156]] »\n"
        "la conseillère relit chaque groupe de 4\n"
        "M. [[P:Hugo Lacroix]], n° identifiant [[FT:3908125M]]\n"
        "il demande combien de temps : « le prochain paiement sera sur le nouveau compte »",
    ),
    (
        FT,
        TEL,
        "la conseillère reçoit un appel d'une demandeuse furieuse : sanction de {{1 mois}} pour absence à un RDV\n"
        "elle dit qu'elle n'a jamais reçu la convocation. adresse au dossier : [[ADR:5 allée des Peupliers]]\n"
        "elle : « j'habite au [[ADR:15]], pas au 5 ! »\n"
        "→ erreur de saisie, la conseillère fait un recours interne. Mme [[P:Djamila Bensaïd]]",
    ),
    (
        FT,
        TEL,
        "demandeur qui vérifie son inscription, la conseillère demande la date de naissance : « [[DN:dix-sept, zéro neuf, quatre-vingt-quinze]] »\n"
        "« [[DN:17/09/1995]] ? » oui\n"
        "nom : [[P:Kevin Tran]]\n"
        "inscription ok, il reçoit son identifiant par SMS\n"
        "il veut aussi changer de banque, il lit son RIB : [[IBAN:13335 00040 08004471862 18]]",
    ),
    (
        FT,
        TEL,
        "{{3949}} : une dame appelle pour sa mère qui ne parle pas bien français\n"
        "la conseillère demande l'accord de la mère, qui dit « oui » au téléphone\n"
        "la mère : Mme [[P:Nguyen Thi Hoa]], identifiant [[FT:6012478T]]\n"
        "objet : départ à la retraite, fin des droits",
    ),
    (
        FT,
        TEL,
        "appel d'un organisme de formation ({{AFPA}}) : vérification d'une inscription à une formation de cariste\n"
        "pas de nom du stagiaire donné au tel, juste « le dossier dont on a parlé hier »\n"
        "la conseillère rappellera\n"
        "{{CACES}} {{R489}}, {{5 semaines}}",
    ),
    (
        FT,
        TEL,
        "un demandeur appelle depuis un mobil-home au {{camping Le Bois Joli, emplacement 62}}\n"
        "il veut savoir s'il peut mettre ça comme adresse → la conseillère dit oui, si il y reçoit le courrier\n"
        "M. [[P:Jordan Pereira]], {{24 ans}}, saisonnier\n"
        "il donne son numéro : [[TEL:+33 6 12 48 90 57]]",
    ),
    (
        FT,
        TEL,
        "conseillère qui appelle pour un contrôle de recherche d'emploi\n"
        "« M. [[P:Antoine Roy]] ? » - « oui » - « vous avez postulé où ce mois-ci ? »\n"
        "il cite {{Amazon}}, {{Decathlon}}, une boulangerie\n"
        "son profil {{LinkedIn}} : [[ID:linkedin.com/in/antoine-roy-logistique]]",
    ),
    (
        FT,
        TEL,
        "pause entre deux appels : la conseillère me montre ses {{post-it}} sur l'écran\n"
        "« {{Cap emploi}} : handicap », « {{Mission Locale}} : moins de {{26 ans}} », « {{Apec}} : cadres »\n"
        "elle a {{220}} demandeurs dans son portefeuille",
    ),
    (
        FT,
        TEL,
        "inscription par tel d'un demandeur âgé, il a pas internet\n"
        "numéro de sécu lu sur sa carte : [[NIR:156126204113681]]\n"
        "né le [[DN:3 décembre 1956]] à {{Lens}}\n"
        "M. [[P:Jean-Pierre Wojcik]], ancien mineur puis magasinier, licencié à {{68 ans}}",
    ),
    (
        FT,
        TEL,
        "conseillère qui rappelle un demandeur : répondeur, « vous êtes bien chez [[P:Hakim]] et [[P:Leïla]], laissez un message »\n"
        "elle laisse un message neutre, juste « {{France Travail}}, merci de rappeler le {{3949}} »\n"
        "c'est la règle : jamais de détails sur répondeur",
    ),
    (
        FT,
        TEL,
        "demandeur qui ne comprend pas pourquoi son allocation a baissé\n"
        "la conseillère lit l'écran : « vous avez déclaré {{620 €}} de salaire chez {{Intermarché}} »\n"
        "lui : « ah oui, c'est normal alors »\n"
        "appel très court, {{3 min}}, pas de nom donné (il a juste tapé son identifiant au serveur vocal)",
    ),
    # ---------------------------------------------------------------- france travail, accueil physique
    (
        FT,
        PHY,
        "atelier CV, {{8}} participants. la conseillère projette un CV modèle au nom de [[P:Jean Dupont]], [[ADR:12 rue de la Paix, 75002 Paris]], [[TEL:06 00 00 00 00]]\n"
        "elle dit « mettez votre vrai numéro et une adresse mail sérieuse, pas kikoulol »\n"
        "tout le monde rit",
    ),
    (
        FT,
        PHY,
        "agence de {{Bobigny}}, {{9h}}. {{18}} personnes dans le sas, {{2}} agents à l'accueil\n"
        "les bornes impriment des tickets, attente affichée {{25 min}}\n"
        "un agent de sécurité règle une dispute pour une place dans la file",
    ),
    (
        FT,
        PHY,
        "inscription à la borne, un jeune galère. la conseillère l'aide\n"
        "« votre mail ? » - [[MAIL:lenny.moreau@icloud.com]]\n"
        "à la fin l'écran affiche : « votre identifiant : [[FT:7743019P]] » — elle lui dit de le prendre en photo\n"
        "[[P:Lenny]], {{19 ans}}, premier emploi",
    ),
    (
        FT,
        PHY,
        "conseillère lit à voix haute l'écran pendant le RDV : « vous êtes inscrit depuis le {{15 mars 2023}}, catégorie A »\n"
        "Mme [[P:Sylvie Caron]], {{57 ans}}, ancienne comptable\n"
        "elle a envoyé {{140}} candidatures, {{3}} entretiens\n"
        "conseillère propose un bilan de compétences",
    ),
    (
        FT,
        PHY,
        "le monsieur pose son CV sur le bureau. en haut : [[P:Mohamed Aziz Trabelsi]], [[ADR:4 impasse Molière, 13015 Marseille]], [[TEL:07 66 12 39 84]], [[MAIL:med.trabelsi13@gmail.com]]\n"
        "la conseillère lui dit d'enlever la photo et la date de naissance (né le [[DN:20/06/1982]])\n"
        "« ça sert à rien et ça peut desservir »",
    ),
    (
        FT,
        PHY,
        "salle d'attente : affiches « {{Cap sur l'emploi}} », « {{Salon de l'alternance}} {{12 avril}} »\n"
        "un écran qui diffuse des offres en boucle : boulanger, aide à domicile, maçon\n"
        "l'agent me dit que {{40 %}} des offres sont dans le BTP ou le médico-social\n"
        "rien de personnel",
    ),
    (
        FT,
        PHY,
        "RDV d'inscription : Mme [[P:Aminata Koné]]\n"
        "la conseillère vérifie son titre de séjour : n° [[ID:7703928165]], valable jusqu'en {{2027}}\n"
        "elle a un diplôme ivoirien d'infirmière, non reconnu en {{France}}\n"
        "orientation vers une formation d'aide-soignante",
    ),
    (
        FT,
        PHY,
        "un jeune vient avec sa mère, qui parle pour lui. la conseillère demande à lui parler directement\n"
        "[[P:Tom Leroy]], {{18 ans}}, veut être boulanger\n"
        "la mère donne son propre tel, [[TEL:06 77 81 92 03]], la conseillère dit qu'elle préfère celui du jeune\n"
        "lui : « j'ai plus de forfait »",
    ),
    (
        FT,
        PHY,
        "atelier numérique : comment créer son espace. la conseillère montre sur l'écran avec un compte fictif\n"
        "identifiant de démo : [[FT:1234567A]] (elle précise que c'est un faux)\n"
        "{{6}} participants, dont {{2}} qui n'ont jamais utilisé une souris",
    ),
    (
        FT,
        PHY,
        "une femme vient déclarer un changement : elle a eu son permis B et elle a acheté une voiture\n"
        "elle montre fièrement la carte grise : [[IMMAT:GK-904-HS]]\n"
        "Mme [[P:Khadija Lamrani]], ça lui ouvre des offres d'aide à domicile\n"
        "la conseillère est contente pour elle",
    ),
    (
        FT,
        PHY,
        "un demandeur sort de son RDV en colère, il crie dans le hall « Madame [[P:Lemaire]] elle m'a radié ! »\n"
        "l'agent d'accueil lui parle doucement, l'emmène dehors\n"
        "la conseillère en question, Mme [[P:Lemaire]], est choquée, elle prend {{10 min}} de pause",
    ),
    (
        FT,
        PHY,
        "entretien pour une formation : le demandeur donne son identifiant à l'oral en groupes : « [[FT:deux neuf zéro, quatre quatre, un sept, H]] »\n"
        "la conseillère : [[FT:2904417H]]\n"
        "M. [[P:Arnaud Lebrun]], ex-ouvrier chez {{Lebrun Plomberie}} (« aucun rapport » dit-il en riant)\n"
        "formation de soudeur, {{6 mois}}",
    ),
    (
        FT,
        PHY,
        "fin de matinée : la conseillère me montre les statistiques de l'agence\n"
        "{{5 800}} demandeurs, {{32}} conseillers, ratio {{180}} par conseiller en moyenne\n"
        "objectif : RDV tous les {{3 mois}} minimum",
    ),
    (
        FT,
        PHY,
        "une jeune femme, réfugiée ukrainienne : [[P:Iryna Kovalenko]]\n"
        "la conseillère demande son APS : n° [[ID:9307412586]]\n"
        "elle était professeure de piano à {{Kharkiv}}\n"
        "la conseillère cherche des offres dans les conservatoires, rien",
    ),
    (
        FT,
        PHY,
        "borne en libre-service : un monsieur imprime son attestation. il oublie la feuille sur l'imprimante\n"
        "je vois le nom [[P:Patrice Honoré]] et l'identifiant [[FT:5590318R]]\n"
        "l'agent la récupère et la met dans une bannette « documents oubliés »",
    ),
    # ---------------------------------------------------------------- france travail, visites sur place
    (
        FT,
        CSP,
        "visite en entreprise avec la conseillère entreprise : {{Boulangerie Le Fournil de Marcel}}\n"
        "le patron, M. [[P:Marcel Ribault]], cherche un apprenti\n"
        "il montre le fournil, {{4h}} du matin le début de service\n"
        "la conseillère lui propose [[P:Tom]], vu la veille",
    ),
    (
        FT,
        CSP,
        "visite à domicile (accompagnement global avec le {{Département}}) chez un demandeur isolé\n"
        "[[ADR:hameau de la Vergne, 2 chemin des Ajoncs, 23200 Aubusson]]\n"
        "M. [[P:Gaëtan Mercier]] n'a pas de voiture, le bus passe {{2}} fois par jour\n"
        "solution discutée : scooter loué via une asso ({{Wimoov}})",
    ),
    (
        FT,
        CSP,
        "visite d'une exploitation agricole qui recrute des saisonniers pour les pommes\n"
        "{{EARL du Verger}}, le patron M. [[P:Yves Le Bras]]\n"
        "les saisonniers logent dans des mobil-homes sur place. l'un d'eux, [[P:Andrzej]], nous montre sa plaque polonaise : [[IMMAT:LU 8472K]]\n"
        "{{25}} postes, {{SMIC}}, {{6 semaines}}",
    ),
    (
        FT,
        CSP,
        "retour de visites, la conseillère remplit le compte-rendu dans la voiture\n"
        "elle explique : les entreprises veulent « du savoir-être », pas forcément des diplômes\n"
        "{{3}} visites ce matin, {{2}} offres récupérées",
    ),
    (
        FT,
        CSP,
        "visite à domicile d'une demandeuse en situation de handicap, avec {{Cap emploi}}\n"
        "[[ADR:Résidence Bellevue, bât. E, 6e étage, porte 62, 10 rue Marcel-Cachin]]\n"
        "ascenseur en panne depuis {{3 semaines}} 😡 elle ne peut plus sortir\n"
        "Mme [[P:Estelle Marchal]], fauteuil roulant. télétravail envisagé\n"
        "mail pour suivi : [[MAIL:estelle.marchal(arobase)sfr.fr]]",
    ),
    (
        FT,
        CSP,
        "visite d'un chantier d'insertion ({{Les Jardins de Cocagne}})\n"
        "{{14}} salariés en insertion, un encadrant, M. [[P:Olivier Brossard]]\n"
        "un salarié, [[P:Samba]], montre les poireaux qu'il a plantés 🥬\n"
        "la conseillère vérifie le suivi de {{3}} personnes de son portefeuille",
    ),
    (
        FT,
        CSP,
        "visite d'une entreprise de nettoyage ({{Net'Pro Services}}), la gérante Mme [[P:Rokia Diarra]]\n"
        "elle veut embaucher {{4}} agents en {{CDI}} temps partiel\n"
        "elle donne son numéro direct : [[TEL:01 48 36 72 19]] et son mail : [[MAIL:r.diarra@netpro-services.fr]]\n"
        "la conseillère note les horaires : {{5h-8h}} et {{18h-21h}}",
    ),
    (
        FT,
        CSP,
        "visite chez un demandeur qui ne vient plus aux RDV, avec la conseillère et une éducatrice\n"
        "il vit chez sa grand-mère, [[ADR:La Rivière, 61100 Flers]]\n"
        "[[P:Jimmy]], {{22 ans}}, timide, joue à la console\n"
        "la grand-mère nous offre du cidre. prochain RDV fixé à l'agence, elle promet de l'amener",
    ),
]


def parse(marked: str) -> tuple[str, list[dict], list[str]]:
    """Strip the inline marks; return the clean text, its entities and its keep strings."""
    pieces: list[str] = []
    entities: list[dict] = []
    keep: list[str] = []
    length = pos = 0
    for m in MARK.finditer(marked):
        before = marked[pos : m.start()]
        pieces.append(before)
        length += len(before)
        value = m.group(2) if m.group(1) else m.group(3)
        if value != value.strip():
            raise ValueError(f"mark with surrounding spaces: {value!r}")
        if m.group(1):
            entities.append(
                {"start": length, "end": length + len(value), "label": CODES[m.group(1)]}
            )
        elif value not in keep:
            keep.append(value)
        pieces.append(value)
        length += len(value)
        pos = m.end()
    pieces.append(marked[pos:])
    text = "".join(pieces)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"unbalanced mark {token!r} in {text[:60]!r}")
    return text, entities, keep


def split(notes: list[dict]) -> tuple[list[dict], list[dict]]:
    """Half of each (site_kind, channel) stratum to dev, the other half to holdout."""
    rng = random.Random(SEED)
    strata: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, note in enumerate(notes):
        strata[(note["site_kind"], note["channel"])].append(i)
    dev_idx: list[int] = []
    extra_to_dev = True
    for key in sorted(strata):
        idx = strata[key][:]
        rng.shuffle(idx)
        half = len(idx) // 2
        if len(idx) % 2:
            half += extra_to_dev
            extra_to_dev = not extra_to_dev
        dev_idx.extend(idx[:half])
    chosen = set(dev_idx)
    dev = [n for i, n in enumerate(notes) if i in chosen]
    holdout = [n for i, n in enumerate(notes) if i not in chosen]
    return dev, holdout


def main() -> None:
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
    dev, holdout = split(notes)
    if len(dev) != len(holdout):
        raise SystemExit(f"uneven split: {len(dev)} / {len(holdout)}")
    for name, part in (("dev.jsonl", dev), ("holdout.jsonl", holdout)):
        with (HERE / name).open("w", encoding="utf-8") as out:
            for note in part:
                out.write(json.dumps(note, ensure_ascii=False) + "\n")
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
