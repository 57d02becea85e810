"""Author and split the independent24 evaluation corpus (stdlib only).

The 240 notes below were typed by hand, one by one, as ``(site_kind, channel, text)`` tuples.
Inline marks in ``text``:

* ``[[CODE:value]]`` marks a span to mask; CODE is one of the keys of ``CODES``.
* ``{{value}}`` marks a string that looks like personal data but must be kept.

Running the script strips the marks, computes the offsets (Python str indices, end exclusive),
builds each note's ``keep`` list, numbers the notes ``ind24-001`` ... ``ind24-240`` in authoring
order, splits them into two halves stratified by (site_kind, channel) and writes ``dev.jsonl``
and ``holdout.jsonl`` next to this file. It refuses to write anything on a malformed mark, a
note without any keep string, a stratum of odd size, or a label missing from one half.

Usage: python holdout_author.py
"""

import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ID_PREFIX = "ind24"
SEED = 24_2026
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
SITE_KINDS = ("caf", "cpam", "ccas", "urgences", "chrs", "france_travail")
CHANNELS = ("accueil_physique", "accueil_telephonique", "controle_sur_place")
MARKERS = ("[[", "]]", "{{", "}}")
MARK_RE = re.compile(r"\[\[([A-Z]+):(.*?)\]\]|\{\{(.*?)\}\}", re.DOTALL)

# fmt: off
NOTES = [
    # ---------------------------------------------------------------- caf / accueil_physique
    ("caf", "accueil_physique", "{{9h10}} deja {{14 pers.}} dans la file. L'agente du {{guichet 3}}, [[P:Sandrine]], me dit que le lundi c'est tjrs comme ça, surtout apres le versement des {{APL}} {{le 5}}."),
    ("caf", "accueil_physique", "Mr [[P:Bensalah]] vient declarer un demenagement. Ancienne adresse [[ADR:14 rue des Glycines 35200 Rennes]], nouvelle [[ADR:3 allée de Finlande, bat C, 2e etage]] a {{Villejean}}. L'agent tape direct dans {{Cristal}} (le logiciel), verifie le n° alloc [[ALLOC:2814736]] et c'est fini. {{12 min}} en tout, il a l'air surpris que ce soit si rapide."),
    ("caf", "accueil_physique", "Borne tactile en panne depuis ce matin, papier scotché dessus \"{{EN PANNE}} MERCI DE PRENDRE UN TICKET A L'ACCUEIL\". Du coup les gens font la queue 2 fois. {{25 min}} d'attente moyenne d'apres le vigile."),
    ("caf", "accueil_physique", "Jeune femme, [[P:Awa Ndiaye]], {{23 ans}}, hebergee chez sa soeur [[P:Khady]] au [[ADR:27 av. du Maréchal Foch, 44100 Nantes]], veut ouvrir un droit {{RSA}}. Agent: \"il faut une attestation d'hebergement signée de votre soeur + sa piece d'identité\". Elle n'a que des photos sur son tel, on imprime à la {{borne}}."),
    ("caf", "accueil_physique", "Un monsieur cherche la {{Caf}} de {{Saint-Herblain}}. L'agent lui dit que l'accueil a demenagé au {{2 rue Jules Verne}}... non au 12? elle vérifie sur l'intranet: {{12 rue Jules Verne}}. Elle lui imprime le plan."),
    ("caf", "accueil_physique", "Ecran dossier (l'agent tourne l'ecran vers moi 😬) :\nNOM : [[P:KOWALCZYK]]\nPrenom : [[P:Agnieszka]]\nNe(e) le : [[DN:14/06/1986]]\nNIR : [[NIR:2 86 06 99 122 033 86]]\nN° alloc : [[ALLOC:5512093]]\nAdresse : [[ADR:8 impasse des Mesanges 59100 Roubaix]]\nSituation : isolée {{2 enf.}}\nDroits : {{AF}} / {{ASF}} / {{APL}}"),
    ("caf", "accueil_physique", "Dame agée tres en colere: \"ça fait {{3 mois}} que j'ai plus mes {{APL}} !!\". Dossier bloqué car le bailleur ({{Espacil}}) n'a pas transmis l'attestation de loyer. L'agent appelle le bailleur devant elle, donne la ref locataire [[ID:ESP-0047129]]. Mme [[P:Le Bihan Maryvonne]], je crois. {{45 min}} en tout mais elle repart avec une date."),
    ("caf", "accueil_physique", "Enfants qui jouent sur les chaises, pas d'espace jeux. {{1 seul}} agent en pre-accueil pr {{30 pers}}."),
    ("caf", "accueil_physique", "Le monsieur dicte son adresse à l'agent: \"[[ADR:quarante-deux rue Victor Hugo]]\" puis \"non pardon [[ADR:24]], [[ADR:24 rue Victor Hugo]]\" 😅 l'agent corrige et rajoute [[ADR:appt 11]]. C'est M. [[P:Camara]], il vit à {{Bobigny}} depuis {{2019}}. Il dit que son courrier arrive jamais."),
    ("caf", "accueil_physique", "Ressortissant portugais, M. [[P:Rui Fonseca]], vient pour la {{prime d'activité}}. Il montre sa carte d'identité portugaise n° [[ID:14325876 4 ZY9]]. L'agent demande un {{RIB}}: il tend un RIB de sa banque au {{Portugal}}, [[IBAN:PT50 0035 0697 0003 8472 9135 9]]. Agent: \"c'est bon c'est {{SEPA}}\". Lui: \"ah bon ça marche ?\" 😄"),
    ("caf", "accueil_physique", "GROS BUG ECRAN BLEU A {{10H40}}, TOUT LE MONDE ATTEND. L'AGENT [[P:FARID]] REDEMARRE 2 FOIS."),
    ("caf", "accueil_physique", "Mme [[P:Mukendi]] (alloc [[ALLOC:3390617]]) est logée par le {{115}} à l'hotel {{Première Classe}} de {{Cesson}}, [[ADR:chambre 112]]. Elle demande si la {{Caf}} peut envoyer le courrier là-bas. Agent: non, il faut une domiciliation ({{CCAS}} ou asso). {{3 enfants}}, le plus petit dort dans la poussette pdt tout l'entretien."),
    ("caf", "accueil_physique", "Affiche \"La Caf ne vous demandera jamais vos coordonnées bancaires par {{SMS}}\" à côté des toilettes hors service. Juste après, une dame montre à l'agent un SMS reçu hier: \"Votre dossier n° [[ALLOC:4471902]] est suspendu, mettez à jour votre {{RIB}}\". Elle a cliqué et tapé son {{IBAN}}, [[IBAN:FR76 3000 2005 5000 0078 4152 980]] 😱 L'agent l'envoie direct à sa banque faire opposition. {{Caf}} de {{Lorient}}, {{mardi matin}}."),
    ("caf", "accueil_physique", "Couple d'agriculteurs venus de loin ({{45 km}}). Ils habitent au lieu-dit [[ADR:Kerhuel, 56310 Melrand]]. Lui, [[P:Yannick Tanguy]], parle peu, c'est [[P:Gwenaëlle]] qui explique: plus de revenus depuis la vente des vaches, ils veulent le {{RSA}}. L'agente, Mme [[P:Roussel]], leur dit de voir la {{MSA}} plutôt vu qu'ils sont exploitants. Ils repartent sans rien. Elle: \"on a fait 45 km pour ça\"."),
    # ---------------------------------------------------------------- caf / accueil_telephonique
    ("caf", "accueil_telephonique", "Appel {{14h02}}. L'allocataire donne son n°: \"[[ALLOC:deux huit un quatre]]... non attendez\", puis [[ALLOC:2 814 375]]. Le téléconseiller [[P:Julien]] vérifie avec la date de naissance: [[DN:19/08/1999]]. OK."),
    ("caf", "accueil_telephonique", "File d'attente tel: {{38 appels}} en attente à {{9h}}, temps moyen {{17 min}}. Le plateau a {{11 postes}}, 4 vides (arrêts maladie pas remplacés)."),
    ("caf", "accueil_telephonique", "Mme [[P:Ouali]] veut changer son adresse mail, elle épelle: \"[[MAIL:n.ouali83 arobase gmail point com]]\". La conseillère relit: [[MAIL:n.ouali83@gmail.com]]. Puis adresse postale aussi: [[ADR:Résidence Les Hortensias, bât B, esc 2, apt 43, 13015 Marseille]] (quartier {{La Viste}}). Elle déménage tous les 6 mois dit-elle."),
    ("caf", "accueil_telephonique", "Mr rappelle pour la {{3e fois}} (il le dit). Laisse son numéro: [[TEL:06 71 48 22 09]], puis \"ou sur le fixe de ma mère, le [[TEL:02 97 64 18 35]]\". Dossier {{prime d'activité}} bloqué."),
    ("caf", "accueil_telephonique", "Numéro dicté: [[TEL:zéro six, quarante-trois, douze, soixante-dix-sept, zéro huit]]. Le conseiller le répète chiffre par chiffre. Demande d'{{AAH}} → renvoyé vers la {{MDPH}}."),
    ("caf", "accueil_telephonique", "\"Vous êtes bien sur le {{3230}}\"... le serveur vocal raccroche au nez de 2 appelants avant qu'on décroche 😤 Le chef de plateau dit que c'est connu depuis {{septembre}}."),
    ("caf", "accueil_telephonique", "Jeune homme, vit \"chez un pote\" à {{Vaulx-en-Velin}}. Il donne l'adresse: [[ADR:6 rue Emile Zola bat G]], chez M. [[P:Haddad]]. Conseillère: \"votre nom est sur la boite aux lettres ?\" - \"non\". Donc le courrier risque de revenir. Il s'appelle [[P:Ilyes]] je crois, elle l'a dit une fois."),
    ("caf", "accueil_telephonique", "Appel d'une grand-mère qui garde ses petits-enfants depuis l'incarcération de sa fille, elle demande si elle peut toucher les allocs. Elle habite [[ADR:La Ville Rouxel]], à {{Plénée-Jugon}}. La conseillère parle de la délégation d'autorité parentale, c'est le juge. Mme [[P:Quéré]], {{74 ans}}. {{22 min}}."),
    ("caf", "accueil_telephonique", "Changement de {{RIB}} par tel refusé: la conseillère explique qu'il faut passer par l'espace \"{{Mon Compte}}\". Le monsieur dicte quand même: \"[[IBAN:FR76 1027 8360 1100 0218 9450 240]]\". Elle ne le note pas. M. [[P:Ferreira da Costa]], très poli, il dit merci 5 fois."),
    ("caf", "accueil_telephonique", "{{16h29}}, dernier appel. Mme [[P:Benhamou]], alloc [[ALLOC:1207733]], commence à expliquer et la ligne coupe à {{16h30}} pile. Le conseiller: \"dommage pour elle, elle rappellera\"."),
    ("caf", "accueil_telephonique", "Conseiller [[P:Thomas]] me montre le script: toujours vérifier n° alloc + {{code postal}} + date de naissance. Appelante: n° [[ALLOC:0987451]], code postal {{29200}}, née le [[DN:30 septembre 1952]]. Tout colle."),
    ("caf", "accueil_telephonique", "Mail d'un allocataire depuis [[MAIL:tchakounte.herve(at)yahoo.fr]] pour demander pq son {{RSA}} a baissé de {{112 €}}. Signé \"[[P:Hervé T.]]\". Réponse type copiée-collée."),
    ("caf", "accueil_telephonique", "Appel d'une {{AS}} du {{CCAS de Brest}} pour une dame sans tel. Elle donne l'adresse de la dame: [[ADR:11 rue de Kerinou, 3e gauche]]. La conseillère dit qu'elle peut pas parler du dossier sans accord écrit. L'AS, Mme [[P:Pellen]], soupire: \"je vous l'envoie par fax alors\" 📠"),
    ("caf", "accueil_telephonique", "La conseillère me montre le {{mémo}} scotché sur son écran: \"pas de conseil juridique, pas d'engagement de date, toujours proposer {{RDV}}\". Le pire: les {{fins de mois}}."),
    # ---------------------------------------------------------------- caf / controle_sur_place
    ("caf", "controle_sur_place", "Départ {{8h30}} avec le contrôleur, [[P:Didier Morvan]], voiture de service [[IMMAT:FG-418-KL]]. 1ere visite [[ADR:17 bis rue de la Libération, 35300 Fougères]], Mme [[P:Chauvin]], soupçon de vie maritale. Elle ouvre en peignoir. {{2 brosses à dents}}, elle rit: \"c'est celle de mon fils\". Il demande les relevés: compte [[IBAN:FR76 1600 6211 0108 8754 1203 074]], rien de bizarre."),
    ("caf", "controle_sur_place", "Contrôle logement pour l'{{APL}}: on vérifie la surface. [[ADR:Appartement 4 B, 2e étage, 38 avenue de Verdun]] (quartier {{Saint-Jacques}}). Mesures au laser: {{41 m2}} déclarés, on trouve {{36}}. Propriétaire privé, M. [[P:Peyrac]], absent. Locataire, [[P:Souad Belkacem]], très stressée, elle croit qu'on vient l'expulser."),
    ("caf", "controle_sur_place", "Visite à la campagne, {{40 min}} de route, GPS perdu. Adresse [[ADR:Le Grand Launay, 53410 Port-Brillet]]. Le contrôleur compte {{3 boites aux lettres}}. Noms dessus: [[P:Gobert]], [[P:Gobert-Masson]], [[P:Ricard]]."),
    ("caf", "controle_sur_place", "Allocataire qui vit en caravane sur le terrain de ses parents: [[ADR:chemin de la Noue, derrière le n°12, la caravane blanche]], vers {{Saint-Jean-de-Braye}}. Il nous montre des factures {{EDF}} au nom du père, M. [[P:Winterstein]]. Le contrôleur hésite: \"une caravane sur un terrain familial c'est un logement au sens {{Caf}} ?\". Il va demander à sa cheffe."),
    ("caf", "controle_sur_place", "Feuille de route du matin, {{5 visites}}:\n- [[ADR:Les Hauts de Vaux, maison 3]] (alloc [[ALLOC:8830154]]) : personne\n- [[ADR:2 rue du Four, 1er droite]] (alloc [[ALLOC:8817420]]) : présente, {{RAS}}\n- [[ADR:cité du Moulin bât 2 appt 6]] : personne\n- chez M. [[P:Lefèvre]], [[ADR:40 Grande Rue]] : personne, volets fermés\n- [[ADR:impasse des Saules, le 5]] : OK, Mme [[P:Da Cruz]] a tous les papiers\nPas de réponse à {{3 adresses sur 5}}. Avis de passage à chaque fois. Le contrôleur: \"les gens ont peur du contrôle, ils ouvrent pas\"."),
    ("caf", "controle_sur_place", "Squat dans un ancien garage, [[ADR:23 rue Paul Bert, fond de cour, porte métallique verte]]. {{6 personnes}}, dont [[P:Florica]] et son fils [[P:Ionuț]]. Le contrôleur vérifie juste que la dame vit bien là pour son {{RSA}}. Odeur de fioul, pas de fenêtre. Je suis restée sur le pas de la porte."),
    ("caf", "controle_sur_place", "Tablette du contrôleur, fiche mission:\nALLOC [[ALLOC:3 301 872]]\n[[P:NGUYEN THI LAN]]\n[[ADR:112 BD DE LA LIBERTE ESC A 5E ETG PORTE 52 59000 LILLE]]\nMOTIF: {{RESSOURCES NON DECLAREES}}\n{{RDV 10H15}}"),
    ("caf", "controle_sur_place", "La voisine du dessous, Mme [[P:Fabre]], sort et dit direct au contrôleur: \"vous cherchez le monsieur du 3e ? il est parti depuis {{Noël}}\". Adresse [[ADR:9 place du Marché, 3e étage]] à {{Pamiers}}."),
    ("caf", "controle_sur_place", "Le contrôleur me dit: {{1 contrôle}} = {{2h}} avec le trajet et le rapport, {{8 par semaine}} max."),
    ("caf", "controle_sur_place", "Famille à l'hôtel {{Ibis Budget}} de {{Bobigny}}, [[ADR:ch 208]] et [[ADR:210]]. {{2 chambres}} pour {{7 personnes}}. Micro-ondes posé sur la valise. La {{Caf}} verse les {{AF}}, pas d'{{APL}} possible à l'hôtel."),
    ("caf", "controle_sur_place", "Contrôle d'activité: le monsieur se déclare auto-entrepreneur dans le transport. Camionnette garée devant, [[IMMAT:EH 512 TR]], lettrage \"{{Transports Coulibaly Express}}\". Le gérant c'est lui, M. [[P:Moussa Coulibaly]]. Il habite [[ADR:5 allée des Acacias, 91000 Évry]]. {{CA}} déclaré {{1 200 €/mois}}, le contrôleur demande le livre de recettes, il l'a pas."),
    ("caf", "controle_sur_place", "Retour au bureau {{13h}}. Le service contrôle n'est pas dans la {{Caf}} mais au {{2e étage}} d'un immeuble, {{6 rue Dupleix}}. Il saisit le rapport de Mme [[P:Chauvin]], dossier [[ALLOC:6120448]]: \"vie maritale non établie\". {{20 min}} par rapport."),
    # ---------------------------------------------------------------- cpam / accueil_physique
    ("cpam", "accueil_physique", "Jeune homme veut sa carte {{Vitale}}. L'agent demande le n° de sécu, il le lit sur une attestation: [[NIR:1 03 02 76 540 056 54]]. Agent: \"vous êtes né à {{Rouen}} ?\" - \"ouais\". {{8 min}}."),
    ("cpam", "accueil_physique", "Espace libre-service: {{4 bornes}}, 2 en panne. Une femme, [[P:Gwladys]], perdue devant {{ameli.fr}}. Le jeune en service civique tape pour elle son n° de sécu, [[NIR:284073523811416]], et sa date de naissance, [[DN:17 juillet 1984]]. Je vois tout par-dessus son épaule, elle aussi s'en fiche. {{Cpam}} de {{Créteil}}, {{jeudi}}."),
    ("cpam", "accueil_physique", "Mme [[P:Eustache]] vient pour la {{C2S}}. Elle arrive de {{Guadeloupe}}: ancienne adresse [[ADR:Boisripeaux, 97139 Les Abymes]], nouvelle [[ADR:20 rue Édouard Vaillant, 94140 Alfortville]]. Son n° de sécu [[NIR:2 73 12 97 120 018 75]] est bien connu, juste le transfert de caisse à faire. L'agent: \"{{3 semaines}}\"."),
    ("cpam", "accueil_physique", "– Je touche pas mes indemnités depuis {{3 semaines}}\n– Votre employeur a envoyé l'attestation de salaire ?\n– Je sais pas\n– C'est quelle entreprise ?\n– {{Carrefour Market}} de {{Mondeville}}\nL'agent appelle le magasin devant lui. Monsieur [[P:Bilal Kaci]], né le [[DN:12-02-1967]], {{NIR}} lu sur la carte [[NIR:167025935002108]]. Attestation jamais partie. Le {{RH}} promet pour demain. L'agent vérifie aussi le {{RIB}} enregistré, [[IBAN:FR7630004008170001946328786]], c'est le bon."),
    ("cpam", "accueil_physique", "{{Ticket B047}}, attente {{52 min}}. Pas de chaises pour tout le monde."),
    ("cpam", "accueil_physique", "Changement d'adresse, lieu-dit [[ADR:Les Trois Chênes, 33430 Cudos]]. La dame précise \"c'est la maison après le {{silo}}, direction {{Bazas}}\". Mme [[P:Lacoste]], comme la marque, elle dit ça elle-même."),
    ("cpam", "accueil_physique", "M. [[P:Öztürk]] part en {{Turquie}} voir sa mère malade, il veut la carte européenne. L'agent explique que la Turquie n'est pas dans l'{{UE}}, il y a un formulaire spécial (convention bilatérale). Il redonne son n° de sécu: [[NIR:1 99 08 99 208 011 77]]. Formulaire imprimé, {{10 min}}."),
    ("cpam", "accueil_physique", "La dame tend sa carte {{Harmonie Mutuelle}} (n° adhérent [[ID:004587321]]) en croyant que c'est sa carte vitale. Fou rire avec l'agente, [[P:Nadège]]."),
    ("cpam", "accueil_physique", "Un vieux monsieur, {{84 ans}}, veut que ses remboursements aillent chez sa fille. Il donne l'adresse de la fille: [[ADR:7, allée Colette, 31200 Toulouse]] (\"elle s'occupe de tout\"). L'agent explique la procuration, il faut que la fille vienne. M. [[P:Pujol]] repart un peu vexé. Après, l'agent m'explique qu'un changement d'adresse vers un enfant c'est parfois un signal de maltraitance financière, elle fait toujours attention."),
    ("cpam", "accueil_physique", "L'accueil ferme à {{12h30}} pile. Le vigile fait sortir {{6 pers}} encore dans la file. Un monsieur, [[P:Gérard]] (l'agente le connaît), lance: \"je reviendrai jamais\". Il revient à {{13h30}}."),
    ("cpam", "accueil_physique", "Écran de l'agent (consultation compte):\nBénéficiaire: [[P:M'CHANGAMA Hadidja]]\nNIR: [[NIR:2951099397142 80]]\nDDN: [[DN:08.10.1995]]\nAdresse: {{Résidence Adoma}} [[ADR:ch. 14, 3 rue Watt 94400 Vitry-sur-Seine]]\nMédecin traitant: Dr [[P:Benyahia]]\n{{C2S}}: oui jusqu'au {{31/05}}"),
    ("cpam", "accueil_physique", "Mme [[P:Yildiz]] demande si son fils peut avoir sa propre carte à {{16 ans}}. Réponse: possible dès {{12 ans}}, automatique à 16."),
    ("cpam", "accueil_physique", "Dame qui veut son compte {{ameli}}, pas d'adresse mail. L'agent lui en crée une sur place: [[MAIL:lucienne.theophile972@gmail.com]]. Mot de passe sur un {{post-it}} 🙈. Mme [[P:Théophile]] repart contente."),
    ("cpam", "accueil_physique", "Entretien en tamoul via un interprète au tel ({{ISM Interprétariat}}). M. [[P:Tharshan Sivakumar]] demande l'{{AME}}. Il faut prouver {{3 mois}} de présence: il a une facture de téléphone à l'adresse [[ADR:52 rue de Tanger, 75019 Paris]], chez son cousin [[P:Ravi]]. L'agent accepte la facture + une attestation du cousin."),
    # ---------------------------------------------------------------- cpam / accueil_telephonique
    ("cpam", "accueil_telephonique", "{{3646}}. Un monsieur veut savoir où en est le remboursement de ses lunettes. \"Votre numéro de sécu svp\" → [[NIR:1 79 06 69 123 305 17]]. \"Et votre date de naissance ?\" → \"le [[DN:21 juin 79]]\". Payé {{hier}}."),
    ("cpam", "accueil_telephonique", "Temps cible {{4 min 30}} par appel. La conseillère que j'observe est à {{6 min}} de moyenne, son chef lui a fait une remarque la semaine dernière. Elle: \"je raccroche pas au nez des gens\"."),
    ("cpam", "accueil_telephonique", "Appel d'une pharmacie ({{Pharmacie du Marché}}, {{Quimperlé}}) pour une patiente dont la carte bugue. La pharmacienne donne le {{NIR}} au tel: [[NIR:2 48 04 29 019 087 52]], Mme [[P:Kerhervé]] née le [[DN:2/04/48]]."),
    ("cpam", "accueil_telephonique", "Un salarié a reçu un courrier après un contrôle d'arrêt de travail où il était absent. Il explique qu'il était chez sa mère pendant l'arrêt, \"[[ADR:La Rousselière]], à côté de {{Cholet}}\", alors qu'il avait déclaré [[ADR:15 rue Nationale]]. La conseillère: il fallait prévenir la caisse du changement de lieu."),
    ("cpam", "accueil_telephonique", "Elle donne son mail pour recevoir l'attestation: \"[[MAIL:zeynep point aydin arobase hotmail point fr]]\". La conseillère tape [[MAIL:zeynep.aydin@hotmail.fr]] et relit. Envoyé en {{2 min}}."),
    ("cpam", "accueil_telephonique", "\"C'est le [[TEL:zéro sept... quatre-vingt-un... vingt-deux... trente... zéro zéro]]\". La conseillère note [[TEL:07 81 22 30 00]]. M. [[P:Chea]] veut qu'on le rappelle après {{18h}}, impossible, le plateau ferme à {{17h}}."),
    ("cpam", "accueil_telephonique", "Musique d'attente: {{Vivaldi}}, {{Les Quatre Saisons}}, en boucle. Les conseillers ne l'entendent plus. Moi au bout de {{20 min}} je craque."),
    ("cpam", "accueil_telephonique", "Changement de {{RIB}}: l'assurée lit son {{IBAN}}, [[IBAN:FR76 1450 5000 1604 0778 5210 941]]. La conseillère refuse de le modifier par tel (fraudes au faux conseiller), lui dit de passer par {{ameli}}. L'assurée: \"mais j'ai pas internet !\". On lui envoie le formulaire papier."),
    ("cpam", "accueil_telephonique", "Appel d'un médecin, Dr [[P:Mbarga]], qui cherche à joindre le service médical pour un patient en {{ALD}}. Conseillère lui donne le numéro réservé aux pros."),
    ("cpam", "accueil_telephonique", "Appelante en pleurs, son mari est décédé, elle demande pour le {{capital décès}}. Mari: [[P:Jean-Claude Etcheverry]], décédé le {{4 mars}}. Elle, c'est [[P:Maïté]]. Elle confirme l'adresse: maison [[ADR:Etxeberria, 64250 Espelette]]. La conseillère parle très doucement, {{25 min}}."),
    ("cpam", "accueil_telephonique", "La conseillère me donne sa ligne directe pour mon rapport de {{vendredi}}: [[TEL:02 98 33 47 12]], et son mail [[MAIL:aurelie.le-guen@assurance-maladie.fr]]."),
    ("cpam", "accueil_telephonique", "{{11h}}: {{127 appels}} en attente sur toute la région. Pic habituel du lundi."),
    ("cpam", "accueil_telephonique", "Monsieur très âgé, sourd, il crie son adresse: \"[[ADR:VINGT-DEUX]] ! [[ADR:RUE DU PRESBYTERE]] !\". La conseillère: \"[[ADR:22 rue du Presbytère]] à {{Locminé}}, c'est ça ?\" - \"OUIII\". M. [[P:Le Dantec]], né à {{Ajaccio}}, n° [[NIR:1 56 09 2A 004 031 81]]. Tout le plateau a entendu 😅"),
    ("cpam", "accueil_telephonique", "Une dame sans domicile stable: domiciliée au {{CCAS}}, {{4 rue Jean Jaurès}}. Mme [[P:Zamor]] veut savoir si ses remboursements arrivent bien là-bas. Oui."),
    # ---------------------------------------------------------------- cpam / controle_sur_place
    ("cpam", "controle_sur_place", "Contrôle arrêt maladie {{10h}}, [[ADR:31 rue Pasteur, 2e étage droite]] à {{Saint-Brieuc}}. Heures de présence obligatoires {{9h-11h}} et {{14h-16h}}. Personne. L'agente, [[P:Colette]], sonne chez le voisin: \"M. [[P:Hamon]] ? il est à la pêche\" 🎣 Avis de passage."),
    ("cpam", "controle_sur_place", "Contrôle chez une assurée en arrêt depuis {{6 mois}}: Mme [[P:Petrova]], [[ADR:résidence du Parc, bâtiment Les Érables, appartement 207]], quartier {{Borny}}. Son fils [[P:Maxime]] ouvre. {{RAS}}, {{15 min}}."),
    ("cpam", "controle_sur_place", "L'agente m'explique: {{80 %}} des contrôles la personne est chez elle. Les {{20 %}} restants c'est souvent chez le médecin ou à la pharmacie, c'est autorisé avec justificatif."),
    ("cpam", "controle_sur_place", "Adresse introuvable: [[ADR:8 chemin des Écoliers, hameau de Brézé]]. Le GPS nous envoie dans un champ. On demande au café-tabac {{Le Balto}}, le patron connaît: \"la maison [[P:Fonseca]], c'est la bleue au bout\". M. [[P:Filipe Fonseca]] est là, bras dans le plâtre. Contrôle OK."),
    ("cpam", "controle_sur_place", "Sur le parking de la résidence l'agent repère la voiture de l'assuré, [[IMMAT:CX-207-PB]]: il note toujours l'immat pour savoir si la personne est sortie avec. Assuré absent. [[ADR:Résidence Les Tilleuls, esc. D, 4e, porte 41]] ({{Angers}}, quartier {{Monplaisir}})."),
    ("cpam", "controle_sur_place", "{{3 contrôles}} ce matin, {{0 anomalie}}. L'agente: \"c'est la norme\"."),
    ("cpam", "controle_sur_place", "Contrôle chez un couvreur, [[P:Ollivier Sébastien]], [[ADR:14, rue du 11 Novembre 1918, 22100 Dinan]]. Il est SUR SON TOIT 😳 en train de réparer une gouttière, arrêt pour lombalgie. L'agente n'a pas le droit de prendre des photos, elle note. Il descend et dit que c'était son beau-frère [[P:Kévin]]. Même veste... Rapport transmis au {{médecin-conseil}}."),
    ("cpam", "controle_sur_place", "Fiche mission papier:\nAssuré: [[P:BELLANCE Ludovic]]\nNIR [[NIR:1 70 10 31 555 201 41]]\n[[ADR:Apt 12, 3 impasse Sainte-Lucie, 31500 Toulouse]]\nArrêt du {{02/09}} au {{30/09}}\n{{Sorties libres}}"),
    ("cpam", "controle_sur_place", "Contrôle dans une ferme isolée: [[ADR:La Croix Verte, 35290 Saint-Méen-le-Grand]]. Le chien nous accueille. L'assurée, Mme [[P:Marchadier]], caissière chez {{Super U}}, en arrêt pour une entorse."),
    ("cpam", "controle_sur_place", "Pause boulangerie \"{{Aux Délices de Marie}}\" entre 2 contrôles. L'agente fait jusqu'à {{180 km}} certains jours."),
    ("cpam", "controle_sur_place", "Mme [[P:Ait Lahcen]] ouvre avec un {{berger allemand}} qui aboie. [[ADR:tour 7, 12e étage, appt 1204]] aux {{Pyramides}} ({{Évry}}). Elle montre l'ordonnance: kiné à {{11h}}, sortie autorisée."),
    ("cpam", "controle_sur_place", "Tournée de {{5 contrôles}}:\n1) [[ADR:18 rue Lamartine]] - présent\n2) [[ADR:2 bis rue Jean Moulin]] - absent, avis\n3) [[ADR:Résidence Belle-Île bât. A appt 3]] - présente\n4) chez sa mère, [[ADR:44 route de Vannes]] (adresse déclarée) - présente\n5) [[ADR:rue des Lilas n°9]] - DÉMÉNAGÉ !! le voisin dit parti à {{Nantes}}\nFin {{12h10}}, retour {{Lorient}}."),
    # ---------------------------------------------------------------- ccas / accueil_physique
    ("ccas", "accueil_physique", "Demande de domiciliation. M. [[P:Adam Abakar]], soudanais, dort \"vers la gare\" ({{gare de Poitiers}}). L'agente lui donne l'adresse de domiciliation: {{CCAS}}, {{BP 112}}. Il montre son récépissé de demande d'asile, n° [[ID:8603124579]]."),
    ("ccas", "accueil_physique", "Facture {{EDF}} impayée, {{438 €}}. Mme [[P:Da Silva Conceição]] tend le courrier de relance, réf client EDF [[ID:CL-40517792]]. L'agent monte un dossier {{FSL}}. Adresse du logement: [[ADR:3 rue des Tanneurs, RDC gauche]]. Elle a peur de la coupure {{vendredi}}. Son compte est encore au {{Portugal}}: [[IBAN:PT50 0033 0000 4521 8907 3105 7]]."),
    ("ccas", "accueil_physique", "Salle d'attente: affiches {{Restos du Cœur}}, {{Secours populaire}}, banque alimentaire. Une dame tricote. Calme. {{Lundi 14h}}."),
    ("ccas", "accueil_physique", "Couple âgé, lui {{91 ans}}, elle {{88}}. Dossier {{APA}} à remplir. L'agente demande les dates de naissance: elle [[DN:2 août 1936]], lui \"le [[DN:3 mars 33]]\" répond-elle à sa place. Adresse: [[ADR:12 rue du Puy-Las, 87000 Limoges]]. M. et Mme [[P:Dubreuil]] se tiennent la main tout le long ❤️"),
    ("ccas", "accueil_physique", "Inscription à l'épicerie sociale pour Mme [[P:Benali Fatiha]]. Elle donne son attestation {{Caf}}, n° alloc [[ALLOC:5098812]]. Droit ouvert {{3 mois}} renouvelables. Reste à vivre calculé: {{4,20 € par jour}}."),
    ("ccas", "accueil_physique", "Jeune femme hébergée chez une amie, Mme [[P:Sangaré]], [[ADR:appt 84, 10 avenue de la République]]. Elle est enceinte de {{6 mois}}, le {{115}} est saturé. L'agente appelle le {{SIAO}} devant nous, réf de la demande [[ID:SIAO-35-2024-08817]]."),
    ("ccas", "accueil_physique", "Un monsieur vient chercher son courrier (domicilié ici). L'agente cherche \"[[P:Rabah]]\" dans le casier: une lettre {{France Travail}}, identifiant visible dans la fenêtre, [[FT:7290453T]]. {{30 sec}}."),
    ("ccas", "accueil_physique", "Carte de transport solidaire pour Mme [[P:Nino Beridze]], réfugiée géorgienne. Titre de séjour n° [[ID:7502183941]], valable jusqu'en {{12/2026}}. Adresse: {{Hôtel Le Relais}}, [[ADR:45 avenue de Paris, chambre 6]]. {{10 €}} le trimestre."),
    ("ccas", "accueil_physique", "Aide au dossier {{MDPH}} pour son fils autiste. Mère: [[P:Fatoumata Camara]]. Fils [[P:Ibrahim]] né le [[DN:27/08/2014]]. Ancien dossier MDPH n° [[ID:MDPH-44-1120337]]. {{1h10}} d'entretien, le formulaire fait {{20 pages}}."),
    ("ccas", "accueil_physique", "L'agente m'explique: aide ponctuelle max {{300 €}} par an, commission le {{jeudi}}. Chèques services {{Carrefour}} ou {{Lidl}} selon le quartier."),
    ("ccas", "accueil_physique", "M. [[P:Dumitrescu]] voudrait un logement social. Dossier déjà déposé, numéro unique [[ID:076121900123456]], depuis {{4 ans}}. Ils vivent à {{5}} dans un T2 au [[ADR:17 rue Louis Pergaud]]."),
    ("ccas", "accueil_physique", "Un habitué, \"[[P:le Grand Jo]]\" comme l'appelle l'agente (vrai nom [[P:Joël Vandamme]]), vient pour un bon de douche. Dernière adresse connue [[ADR:rue Jules Guesde n°40]] à {{Lens}}, il y a {{10 ans}}. Il dort dans sa voiture, une {{Clio}} grise immatriculée [[IMMAT:7421 SX 62]], sur le parking du {{Leclerc}}. L'agente propose le {{115}}, il refuse: \"j'ai mon chien\"."),
    ("ccas", "accueil_physique", "Elle ne sait pas lire. L'agent crée le compte et note le mail de sa fille: [[MAIL:kader.aslan.59@outlook.fr]]. Mme [[P:Aslan]] est envoyée à {{France Services}} à côté pour la suite."),
    ("ccas", "accueil_physique", "ENCORE UNE PERSONNE RENVOYÉE DE LA {{CAF}} VERS LE {{CCAS}}. ET INVERSEMENT. {{3E FOIS CE MATIN}}."),
    # ---------------------------------------------------------------- ccas / accueil_telephonique
    ("ccas", "accueil_telephonique", "Appel d'une voisine inquiète: Mme [[P:Lhermite]], du [[ADR:7 rue Carnot]], ne répond plus depuis {{3 jours}}. La voisine ne veut pas donner son nom à elle. La dame est au registre canicule, l'agent appelle son fixe [[TEL:02 41 87 33 09]], rien → appel aux {{pompiers}}."),
    ("ccas", "accueil_telephonique", "Standard du {{CCAS}}: {{5 lignes}}, {{1 agent}}. Il jongle. \"Ne quittez pas\" x 15 en une heure."),
    ("ccas", "accueil_telephonique", "Monsieur âgé qui veut le portage de repas. Il épelle son nom: \"[[P:P-O-P-E-S-C-U]]\", prénom [[P:Gheorghe]], puis son adresse d'une traite: [[ADR:trente-sept chemin des Vignes, 69500 Bron]]. Son numéro: [[TEL:zéro quatre, soixante-dix-huit, vingt-six, quatorze, quatre-vingt-dix]]. Premier repas {{lundi}}."),
    ("ccas", "accueil_telephonique", "L'assistante sociale de l'{{hôpital Édouard-Herriot}} appelle pour une sortie d'hospitalisation: patient sans domicile, M. [[P:Rachid Amrani]], {{IPP}} [[ID:HE0912847]]. Elle cherche un hébergement → l'agent la renvoie vers le {{115}}. Elle le savait, elle tentait sa chance."),
    ("ccas", "accueil_telephonique", "Le bailleur {{Logirep}} appelle pour une locataire en impayé, {{2 300 €}}. Ils donnent son adresse: [[ADR:bât 3, esc B, 6e, porte 62, cité des Aubépines]]. Locataire: Mme [[P:Kouassi Adjoua]]. {{RDV}} {{AS}} {{mardi}}."),
    ("ccas", "accueil_telephonique", "Un appel en {{portugais}}, personne ne parle portugais ici. On raccroche au bout de {{4 min}} 😞 Elle rappelle avec sa voisine qui traduit: Mme [[P:Conceição Lopes]], facture d'eau, coupure annoncée."),
    ("ccas", "accueil_telephonique", "- {{CCAS}} bonjour\n- Oui c'est pour un rendez-vous pour le {{RSA}}\n- Vous êtes seule ?\n- Avec {{2 enfants}}\n- Votre nom ?\n- [[P:Mariam Traoré]]\n- Adresse ?\n- [[ADR:5 square de la Fontaine]], à {{Clichy-sous-Bois}}\n- {{Mardi 9h30}} ça vous va ?\n- Oui merci"),
    ("ccas", "accueil_telephonique", "L'agent me dit qu'il reçoit des appels d'insultes {{2-3 fois par semaine}}. Il a un bouton pour transférer au responsable, il s'en sert jamais."),
    ("ccas", "accueil_telephonique", "Une dame n'arrive pas à envoyer ses justificatifs. L'agent lui redonne l'adresse du service, {{accueil.social@ccas-vierzon.fr}}. Elle écrit depuis [[MAIL:marieline.jeanlouis@free.fr]], ça part dans les spams. Il va vérifier le dossier {{courrier indésirable}}."),
    ("ccas", "accueil_telephonique", "La fille d'une personne âgée appelle de {{Marseille}} pour sa mère qui vit seule au [[ADR:12 lotissement Les Cigales, 84120 Pertuis]]. Elle laisse son numéro: [[TEL:+33 6 12 80 47 55]]. Demande de {{téléassistance}}. La mère: [[P:Josiane Peyrac]], {{83 ans}}, {{NIR}} [[NIR:2 77 03 67 482 156 23]]... non, l'agent s'est trompé de dossier, c'était une autre dame, il efface."),
    ("ccas", "accueil_telephonique", "Aide au chauffage. Il vit à l'année dans un mobil-home au {{camping Les Pins}}, [[ADR:emplacement 23]]. L'agent: \"vous avez une adresse postale ?\" - \"ben le camping\". M. [[P:Teddy Larcher]], {{58 ans}}."),
    ("ccas", "accueil_telephonique", "Inscriptions au repas des aînés du {{14 décembre}}: {{12 appels}} rien que pour ça en {{1 h}}. Une dame inscrit son mari et elle, M. et Mme [[P:Guillemot]], [[ADR:6 rue des Hirondelles]], \"et mettez-nous à côté de la scène, il aura 90 ans le jour même, il est né le [[DN:14 décembre 1934]]\". L'agent note \"{{gâteau}}\" sur la liste 🎂"),
    ("ccas", "accueil_telephonique", "Le monsieur veut que le {{CCAS}} lui verse l'aide directement et dicte son {{RIB}}: [[IBAN:30003 02140 00050471236 47]]. L'agent explique qu'on paie le créancier, jamais la personne. Il s'énerve, raccroche. Rappelle {{5 min}} après pour s'excuser. M. [[P:Hasan Çelik]], [[ADR:9 rue Kléber]]."),
    ("ccas", "accueil_telephonique", "La responsable passe: \"on a reçu le nouveau règlement d'aide sociale, applicable au {{1er janvier}}\". L'agent soupire."),
    # ---------------------------------------------------------------- ccas / controle_sur_place
    ("ccas", "controle_sur_place", "Visite à domicile avec l'{{AS}}, Mme [[P:Schaller]]. Chez M. [[P:Arben Hoxha]], [[ADR:11 rue de Thann, 68200 Mulhouse]]. Logement insalubre: moisissures partout, {{3 enfants}} dont un asthmatique. Propriétaire, M. [[P:Gaillard]], injoignable. Signalement à l'{{ARS}}."),
    ("ccas", "controle_sur_place", "Tournée canicule, liste du registre:\n- Mme [[P:Huguette]], {{92 ans}}, [[ADR:3 rue des Remparts]] : OK\n- M. [[P:Roux]], [[ADR:Résidence Soleil, appt 12]] : pas de réponse → voisin dit hospitalisé\n- Mme [[P:Nguyen]], [[ADR:15 bis impasse du Moulin]] : ventilo en panne, on lui en apporte un\n{{3 visites}} en {{1h30}}."),
    ("ccas", "controle_sur_place", "{{40 °C}} dans l'appartement de Mme [[P:Hamidou]], [[ADR:dernier étage, 9 rue Bellevue]], sous les toits. Le thermomètre de l'{{AS}} le montre. Elle ouvre les volets côté nord. La dame dit merci {{6 fois}}."),
    ("ccas", "controle_sur_place", "Visite au [[ADR:Mas de la Garrigue]], hameau à {{12 km}} du bourg. Mme [[P:Aubanel]], {{79 ans}}, seule, pas de voiture. Son fils [[P:Christophe]] est à {{Montpellier}}. Elle voudrait le portage de repas mais le camion ne va pas jusque là."),
    ("ccas", "controle_sur_place", "{{Aire d'accueil des gens du voyage}} de {{Cholet}}, visite pour la domiciliation. Famille [[P:Reinhardt]], [[ADR:emplacement 14]], caravane + camion [[IMMAT:GK-305-XA]]. La mère, [[P:Dolorès]], gère tous les papiers."),
    ("ccas", "controle_sur_place", "Passage dans un immeuble vide squatté, [[ADR:62 avenue Jean Jaurès, 3e étage porte de gauche]]: {{4 familles}}. Interprète roumain, [[P:Ana-Maria]], médiatrice de l'asso. {{7}} enfants non scolarisés."),
    ("ccas", "controle_sur_place", "Visite annulée: Mme [[P:Morel]] est entrée à l'{{EHPAD Les Jardins d'Arcadie}} hier. Son logement, [[ADR:14 rue Basse]], va être rendu au bailleur."),
    ("ccas", "controle_sur_place", "Syndrome de {{Diogène}}: appartement rempli jusqu'au plafond. [[ADR:Apt 31, 1 rue Voltaire]]. M. [[P:Kabasele]], ancien prof de maths. L'{{AS}} le suit depuis {{2 ans}}. Les pompiers sont passés par la fenêtre en {{mars}}."),
    ("ccas", "controle_sur_place", "Vérif aide chauffage (poêle). Chez M. et Mme [[P:Lungu]], [[ADR:La Petite Métairie]], près de {{Vendôme}}. Poêle installé, facture {{Brico Dépôt}} vue, ils sont fiers de nous le montrer."),
    ("ccas", "controle_sur_place", "Dans la voiture de service l'{{AS}}: \"les visites à domicile c'est là qu'on voit la vraie vie\". {{4 visites}} prévues, {{2 annulées}}."),
    ("ccas", "controle_sur_place", "Visite pour une demande d'aide exceptionnelle. On sonne au [[ADR:8 rue Anatole France]], c'est pas le bon, la dame: \"c'est au [[ADR:18]], moi c'est la dame d'en face\". Au [[ADR:18]]: Mme [[P:Mabiala Chancelle]], {{3 enfants}}, frigo vide. L'{{AS}} appelle le {{Secours populaire}} pour un colis d'urgence. L'ex, M. [[P:Ngoma]], ne paie plus la pension ({{250 €}}/mois)."),
    ("ccas", "controle_sur_place", "Visite en {{résidence autonomie Les Magnolias}}. Mme [[P:Oksana Kovalenko]], [[ADR:studio 12]], réfugiée ukrainienne, {{67 ans}}. Elle montre son {{APS}} n° [[ID:7512459836]] et un planning de ménages chez des particuliers. Elle veut juste savoir si elle peut garder l'aide au logement en travaillant."),
    # ---------------------------------------------------------------- urgences / accueil_physique
    ("urgences", "accueil_physique", "Accueil urgences {{CHU Pontchaillou}}. L'{{IOA}}, [[P:Claire]], enregistre: \"nom ?\" \"[[P:Diabaté]]\" \"prénom ?\" \"[[P:Seydou]]\" \"né le ?\" \"[[DN:premier janvier 1990]]\". Elle me dit après qu'il y a bcp de \"{{1er janvier}}\" chez les gens nés à l'étranger sans état civil précis. Attente estimée {{4h}}."),
    ("urgences", "accueil_physique", "Salle d'attente: {{23 personnes}} à {{21h}}, l'écran affiche \"temps d'attente estimé {{5h}}\". Un enfant vomit, l'agent de sécurité passe la serpillère lui-même."),
    ("urgences", "accueil_physique", "Bracelet imprimé à {{15h20}}: [[P:RIBEIRO Isabel]], {{IPP}} [[ID:P2024107733]], née [[DN:1959-03-22]]. Elle est venue avec sa voisine qui a ses clés, [[ADR:5 rue du Lavoir, 1er étage]]."),
    ("urgences", "accueil_physique", "Arrivée en ambulance d'une dame de l'{{EHPAD Les Glycines}}, {{94 ans}}, chute. Pas de fiche de liaison ! L'{{IOA}} appelle le {{standard}} de l'{{EHPAD}}, {{15 min}} pour avoir l'infirmière. Mme [[P:Séverine Pellegrin]] pendant ce temps sur le brancard dans le couloir."),
    ("urgences", "accueil_physique", "Homme confus, il dit habiter \"[[ADR:rue de la Mare, au 6]]\"... puis \"non, ça c'était avant\". Son fils [[P:Laurent]] arrive {{1h}} plus tard: vraie adresse [[ADR:29 rue Saint-Maur, 75011 Paris]]."),
    ("urgences", "accueil_physique", "{{Box 7}} occupé depuis {{11h}} par M. [[P:Gaudin]], en attente d'un lit en cardio. Il est {{19h}}. Sa femme lui a apporté un sandwich. Brancards dans le couloir: {{6}}."),
    ("urgences", "accueil_physique", "Arrivée d'un homme accompagné par la police (certificat de compatibilité avec la garde à vue). Les policiers donnent son identité: [[P:Dmytro Shevchuk]], né le [[DN:17.05.1994]], passeport ukrainien [[ID:FP482913]]. Vu en {{30 min}}."),
    ("urgences", "accueil_physique", "Maman avec bébé fiévreux. Carte vitale de la mère: [[P:Yasmine Boukhalfa]]. Bébé [[P:Inès]], née le [[DN:3 février]] de cette année. L'{{IOA}} note {{39,8}} et la fait passer en {{tri 2}}."),
    ("urgences", "accueil_physique", "Il vit à l'{{hôtel Formule 1}} de {{Saint-Priest}}, payé par le {{115}}, [[ADR:chambre 34]]. Il veut qu'on mette ça comme adresse. La secrétaire tape \"{{Hôtel F1 Saint-Priest}} [[ADR:ch 34]]\". M. [[P:Ousmane Baldé]], {{35 ans}}, douleur thoracique."),
    ("urgences", "accueil_physique", "Un habitué, les soignants l'appellent \"[[P:Pépé Lulu]]\". Il vient {{3 fois par semaine}}, surtout quand il fait froid."),
    ("urgences", "accueil_physique", "Accident de scooter. Le jeune, [[P:Enzo Ricard]], {{17 ans}}. Sa mère au tél: [[TEL:06 58 11 42 90]], elle arrive. La police donne l'immat du scooter pour le constat: [[IMMAT:FZ-882-QD]]. Adresse pour le dossier: [[ADR:Lotissement Le Clos Fleuri, 18 allée des Bleuets, 49300 Cholet]]. Poignet cassé probable."),
    ("urgences", "accueil_physique", "Interprète en arabe par tél ({{Inter Service Migrants}}) pour M. [[P:Adam Mahamat]]: {{25 min}} pour l'avoir en ligne."),
    ("urgences", "accueil_physique", "Famille comorienne. La grand-mère parle seulement {{shikomori}}, le petit-fils traduit: elle s'appelle [[P:Zaïnaba Said Ali]]. Pas de carte vitale, elle a l'{{AME}}, attestation n° [[ID:94 0318 2774]]. Adresse: chez son fils, [[ADR:10 rue Maurice Thorez, bât B]]. Elle tient la main du petit-fils tout le temps."),
    ("urgences", "accueil_physique", "Écran {{ResUrgences}} (le logiciel):\nPAT: [[P:KEITA IBRAHIMA]]\nDN: [[DN:30/04/1997]]\nNIR: [[NIR:1 97 04 99 341 019 90]]\nMOTIF: plaie main\nTRI: {{4}}\nARRIVEE: {{14:52}}"),
    # ---------------------------------------------------------------- urgences / accueil_telephonique
    ("urgences", "accueil_telephonique", "Une fille cherche sa mère: \"Mme [[P:Nicole Bouvier]], née le [[DN:14 janvier 1961]]\", elle lit même le n° de la carte vitale, [[NIR:2 61 01 13 055 410 45]]. La secrétaire: \"on ne donne pas d'info par téléphone\". Elle insiste, {{5 min}}. Finalement un médecin rappellera."),
    ("urgences", "accueil_telephonique", "Le tel de l'accueil sonne {{toutes les 2 min}}. La secrétaire décroche, dit \"{{Urgences}} ne quittez pas\" et pose le combiné. Parfois {{10 min}}."),
    ("urgences", "accueil_telephonique", "Au {{centre 15}}, assise à côté de l'{{ARM}}. Monsieur tombé chez lui. Adresse: [[ADR:36 rue des Cordiers, 2e étage, digicode 4512B]]. Patient [[P:Lucien Ferrand]], {{87 ans}}. Numéro de rappel: [[TEL:05 55 32 90 14]]."),
    ("urgences", "accueil_telephonique", "Appel de l'{{EHPAD Les Jardins de Flore}} pour un transfert. L'infirmière donne le nom de la résidente: Mme [[P:Flore Martinet]], {{90 ans}}, saturation basse. Le médecin accepte."),
    ("urgences", "accueil_telephonique", "Régulation: agriculteur coincé sous une machine au lieu-dit [[ADR:Kerguidic, 29410 Pleyber-Christ]]. Le fils au tel: \"après l'église de {{Pleyber}}, à gauche, le {{2e chemin}}\". {{SMUR}} + pompiers engagés. Nom [[P:Goasdoué]]."),
    ("urgences", "accueil_telephonique", "{{23h40}}, la ligne directe du {{SMUR}} sonne. Fausse alerte."),
    ("urgences", "accueil_telephonique", "La police appelle à {{2h du matin}} pour savoir si M. [[P:Hervé Le Floch]] est encore là. La secrétaire répond qu'elle ne peut rien dire sans réquisition."),
    ("urgences", "accueil_telephonique", "La famille d'une touriste {{portugaise}} laisse ses coordonnées pour être prévenue: [[MAIL:isabel.teixeira@sapo.pt]] et [[TEL:+351 917 403 268]]."),
    ("urgences", "accueil_telephonique", "L'urgentiste appelle {{12 services}} pour trouver un lit. {{1h15}} au téléphone. Rien."),
    ("urgences", "accueil_telephonique", "{{ARM}}: \"votre adresse ?\"\n- [[ADR:3 rue de la Paix]]\n- [[ADR:3 rue de la Paix]] à {{Saint-Étienne}} ? y'en a 2 !\n- non à {{La Talaudière}}\nElle rit pas, c'est fréquent."),
    ("urgences", "accueil_telephonique", "Un médecin de ville, Dr [[P:Nguyen Van Minh]], adresse un patient: \"M. [[P:Tran]], il a déjà un dossier chez vous, {{IPP}} [[ID:000845127]]\". La secrétaire le prévient: {{6h}} d'attente."),
    ("urgences", "accueil_telephonique", "Formation flash à l'accueil: \"toujours demander le {{numéro de rappel}} en premier\". Écrit en rouge sur un post-it collé à l'écran."),
    ("urgences", "accueil_telephonique", "Un jeune appelle pour sa copine et donne son {{Snap}} au lieu de son numéro 🙄 \"[[ID:@lina_dz93]]\". L'{{ARM}} lui redemande un vrai numéro: [[TEL:07 49 88 12 06]]."),
    ("urgences", "accueil_telephonique", "{{ARM}} pour une femme enceinte, {{38 SA}}, contractions toutes les {{5 min}}. Adresse: [[ADR:Cité Bellevue, bât. Le Cèdre, esc. 3, 5e]] sur {{Brest}}. Ascenseur en panne (évidemment). Nom: [[P:Grâce Nkounkou]]. Le mari, [[P:Aristide]], rappelle {{3 fois}} pour savoir si l'ambulance arrive."),
    # ---------------------------------------------------------------- urgences / controle_sur_place
    ("urgences", "controle_sur_place", "Sortie {{SMUR}} {{14h10}}, véhicule [[IMMAT:GB-617-HS]]. Adresse [[ADR:7 rue Guy Môquet, 93200 Saint-Denis]], malaise d'une jeune femme, [[P:Mariam]], {{22 ans}}. Le médecin récupère sa carte vitale: [[NIR:2 02 05 93 066 245 93]]."),
    ("urgences", "controle_sur_place", "Visite de l'{{équipe mobile gériatrique}} chez Mme [[P:Colette Marchadier]], {{91 ans}}, [[ADR:Le Bourg Neuf, 87400 Saint-Léonard-de-Noblat]]. Chutes à répétition. Dr [[P:Fabre]], la gériatre, roule le tapis du salon: \"ça c'est le danger n°1\"."),
    ("urgences", "controle_sur_place", "Le {{SMUR}} a mis {{11 min}} pour {{9 km}}. Feux de la {{rocade}} au rouge, l'ambulancier passe quand même."),
    ("urgences", "controle_sur_place", "{{SMUR}} pour un enfant qui convulse dans une caravane: [[ADR:terrain au bout du chemin de la Sablière, 3e caravane à gauche]] (vers {{Villeneuve-Saint-Georges}}). Le père, [[P:Jimmy]], nous attend à l'entrée avec une lampe. Voiture garée devant, [[IMMAT:AR-903-TB]], qui bloque l'accès, il la bouge."),
    ("urgences", "controle_sur_place", "{{EMG}}: visite chez M. [[P:Abdelkader Zerrouki]], {{84 ans}}, [[ADR:HLM Les Sablons, bât. F, 8e étage, porte 84]]. Ascenseur OK. Sa fille, [[P:Leïla]], est là. Elle donne son numéro pour le compte rendu: [[TEL:06.24.71.39.88]]. {{1h}} de bilan."),
    ("urgences", "controle_sur_place", "Retour de sortie. Chez Mme [[P:Lemaire]], [[ADR:Résidence du Château, escalier B, 3e étage]], pas d'ascenseur: {{45 min}} de brancardage dans un escalier en colimaçon, {{3 étages}}, elle pèse {{110 kg}}. Les pompiers ont dû venir en renfort. L'ambulancier, [[P:Nordine]], a mal au dos, il se plaint pas. Au retour le médecin remplit la fiche sur la tablette: adresse, heure, {{score de Glasgow}}, tout à la main car le logiciel a planté. Il me dit que ça arrive {{une fois sur trois}}."),
    ("urgences", "controle_sur_place", "Accident sur la {{route de Lisieux}}, {{2 véhicules}}: [[IMMAT:EK-451-MZ]] et une voiture belge [[IMMAT:1-HGT-872]]. Conducteur belge, M. [[P:Vandenberghe]], blessé léger."),
    ("urgences", "controle_sur_place", "{{EMG}}: l'adresse du dossier est fausse (maison vendue). Nouvelle adresse, chez sa fille, [[ADR:4 rue des Goélands, 29880 Plouguerneau]]. {{1h}} de perdue. Mme [[P:Tanguy]] attendait."),
    ("urgences", "controle_sur_place", "Le médecin {{SMUR}} me fait porter le sac: {{12 kg}}. Scope, défibrillateur, {{O2}}. Il le porte à chaque sortie."),
    ("urgences", "controle_sur_place", "{{3h}} du matin, intervention dans un squat, bâtiment désaffecté du [[ADR:140 rue de Crimée, 2e étage]] (l'ancien hôtel). Overdose, jeune homme, on ne connaît que son surnom: \"[[P:Kiki]]\". {{Naloxone}}, il se réveille, refuse le transport."),
    ("urgences", "controle_sur_place", "Sortie pour un homme inconscient sous le {{pont Wilson}}, côté {{Loire}}. Identifié par les pompiers: [[P:Aurélien]], {{40 ans}} environ. Hypothermie, {{32 °C}}."),
    ("urgences", "controle_sur_place", "{{EMG}}, bilan à domicile: Mme [[P:Marie-Josée Céleste]], [[ADR:résidence Les Flamboyants, 2 allée Saint-John-Perse, appt 6]], à {{Sarcelles}}. Née le [[DN:11/11/38]], {{NIR}} [[NIR:2 38 11 87 085 009 96]]. Mutuelle {{Malakoff Humanis}} n° [[ID:2098 4417 03]]. Piluliers préparés par l'infirmière libérale, Mme [[P:Séraphin]]. Ça a l'air bien tenu."),
    # ---------------------------------------------------------------- chrs / accueil_physique
    ("chrs", "accueil_physique", "Accueil de jour du {{CHRS}}, {{8h30}}: café, douches, consigne. {{42 passages}} hier. On ne demande pas le nom à l'entrée, juste un prénom si la personne veut."),
    ("chrs", "accueil_physique", "Entretien d'admission: M. [[P:Yonas Tesfaye]], érythréen, {{26 ans}}. Orienté par le {{SIAO}}, n° de demande [[ID:SI-2024-044718]]. Avant il était dans la \"{{jungle}}\" de {{Calais}}, il montre une cicatrice au bras."),
    ("chrs", "accueil_physique", "Une femme vient chercher son courrier (domiciliation): une lettre {{Caf}}, une {{France Travail}}. Elle s'appelle [[P:Valbona]]. L'agent vérifie l'identifiant {{FT}} sur l'enveloppe, [[FT:5148206K]], pour être sûr que c'est bien elle (2 [[P:Valbona]] domiciliées !)."),
    ("chrs", "accueil_physique", "{{Règlement intérieur}} affiché: pas d'alcool, retour avant {{22h}}, animaux interdits. Un monsieur avec un chien reste dehors, c'est [[P:Dédé]], l'éduc lui apporte un café."),
    ("chrs", "accueil_physique", "Bonne nouvelle: Mme [[P:Priya Raghunathan]] quitte le {{CHRS}} pour un logement {{Habitat 44}}, [[ADR:16 rue de la Ville-en-Bois, apt 203, 44100 Nantes]]. Elle montre les clés à tout le monde 🔑😊 Le travailleur social, [[P:Mehdi]], fait l'état des lieux avec elle {{demain 10h}}."),
    ("chrs", "accueil_physique", "Femme victime de violences, arrivée cette nuit avec ses {{2 enfants}}. Elle ne veut PAS qu'on note son ancienne adresse. L'éducatrice écrit juste \"{{secteur Lorient}}\". Prénom: [[P:Samira]]."),
    ("chrs", "accueil_physique", "\"[[P:Tonton]]\" passe dire bonjour, {{60 ans}}, il est là depuis {{2011}}."),
    ("chrs", "accueil_physique", "M. [[P:Abdul Rahman Safi]], afghan, statut de réfugié, {{AGDREF}} [[ID:7504129876]]. Il veut ouvrir ses droits {{RSA}}. Il dort au {{CHRS}} depuis {{4 mois}}, [[ADR:chambre 12]], avec {{2 autres}}."),
    ("chrs", "accueil_physique", "L'infirmière de la {{PASS}} vient le jeudi. Elle voit {{8 personnes}} aujourd'hui, surtout des pieds abîmés (marche, chaussures mouillées). Pour M. [[P:Dariusz]], elle veut l'envoyer à l'hôpital, il refuse. Elle note son n° de dossier hospitalier d'il y a {{2 ans}}, {{IPP}} [[ID:A0073318]], et lui fait un courrier pour le Dr [[P:Lenoir]] à la {{PASS}}. Il dit qu'il y ira \"demain\". Elle me dit \"demain ça veut dire jamais\". Puis elle soigne [[P:Fatou]], ampoules, 10 min. Elle a {{1 h 30}} en tout, pas plus. Elle repart avec une liste de {{3 noms}} à revoir la semaine prochaine."),
    ("chrs", "accueil_physique", "Fiche {{SI-SIAO}} à l'écran:\nNom : [[P:HADDAD]]\nPrénom : [[P:Karim]]\nDDN : [[DN:03/11/1991]]\nNIR : [[NIR:1911199350062 86]]\nDernier hébergement : {{115}} hôtel\nTel : [[TEL:0658224713]]"),
    ("chrs", "accueil_physique", "[[P:Kevin]], {{19 ans}}, sorti de l'{{ASE}} à sa majorité. Il dormait chez sa copine, [[ADR:38 rue Danton]], mais le père de la copine l'a mis dehors. Le {{TS}} appelle le {{115}}: pas de place avant {{22h}}."),
    ("chrs", "accueil_physique", "Couple venu de la campagne, ils vivaient dans une grange prêtée par un agriculteur, [[ADR:La Boissière, 24320 Verteillac]]. La grange a été vendue. [[P:Ghislaine]] et [[P:Patrick]], ensemble depuis {{30 ans}}. Ils refusent d'être séparés ({{CHRS}} hommes / femmes)."),
    ("chrs", "accueil_physique", "Ouverture d'un compte {{Nickel}} au tabac d'à côté ({{Le Narval}}). Le travailleur social, [[P:Yann]], accompagne M. [[P:Bogdan Stoica]]. {{IBAN}} obtenu en {{15 min}}: [[IBAN:FR76 1751 5900 0008 4122 9673 130]]. Il le donne tout de suite pour son {{RSA}}, n° alloc [[ALLOC:2671509]]. Il dit que c'est son premier compte en France depuis {{8 ans}}."),
    ("chrs", "accueil_physique", "Repas {{12h}}: {{67 couverts}}. Poulet riz. Ça sent bon."),
    # ---------------------------------------------------------------- chrs / accueil_telephonique
    ("chrs", "accueil_telephonique", "Écoute au {{115}}, {{18h}}: {{212 appels}} depuis ce matin, {{31}} décrochés. Parmi eux Mme [[P:Kébé]], qui appelle depuis {{14h}}, c'est son {{8e appel}}. Dossier {{SIAO}} [[ID:SIAO-69-2024-31007]]. Elle est avec ses 2 filles dans le hall de la {{gare Part-Dieu}}. L'écoutante, [[P:Manon]], n'a rien: \"je vous mets en priorité pour demain\". La dame ne crie pas, elle dit juste \"d'accord\". L'écoutante enlève son casque {{2 minutes}} après. Elle me dit que c'est ceux qui crient pas qui lui restent la nuit. Numéro de rappel de la dame: [[TEL:07 82 19 44 06]]."),
    ("chrs", "accueil_telephonique", "Une femme avec un bébé dort dans sa voiture. Elle donne l'immat pour que la maraude la trouve: [[IMMAT:DL-772-VB]], parking de la {{gare Matabiau}}, niveau {{-1}}. Elle s'appelle [[P:Fatima-Zohra]]."),
    ("chrs", "accueil_telephonique", "\"C'est [[P:Jean-Marc]]... [[P:Etcheverry]]\" (il hésite). Il dort dans le hall d'un immeuble, [[ADR:14 rue de la Charité, 69002 Lyon]], le gardien le tolère jusqu'à {{6h}}. Pas de place ce soir. Maraude prévenue."),
    ("chrs", "accueil_telephonique", "Une famille déjà à l'hôtel appelle pour prolonger. Écoutante: \"vous êtes à quel hôtel ?\" - \"le {{B&B}} de {{Villepinte}}, [[ADR:chambre 117]]\". Nom: [[P:Ibouroi]]. Prolongé {{7 nuits}}."),
    ("chrs", "accueil_telephonique", "Phrase entendue {{5 fois}} en {{1h}}: \"rappelez demain à partir de 9h\". L'écoutante me dit qu'elle en a mal au ventre."),
    ("chrs", "accueil_telephonique", "{{21h15}}, un monsieur sans crédit appelle d'un tél emprunté: \"rappelez-moi au [[TEL:zéro six, vingt-trois, quatre-vingt-dix-neuf, zéro un, soixante]], c'est le tel de mon ami [[P:Mourad]]\"."),
    ("chrs", "accueil_telephonique", "Signalement d'un riverain: un homme âgé dort depuis {{3 nuits}} devant la {{pharmacie}} de la {{place Bellecour}}. Le riverain laisse son numéro, [[TEL:04 72 41 06 93]], M. [[P:Perrin]]."),
    ("chrs", "accueil_telephonique", "L'écoutante, [[P:Nadia]], me montre les places dispo: {{0}} en diffus, {{2}} en {{LHSS}}. C'est tout. Pour {{110 demandes}}."),
    ("chrs", "accueil_telephonique", "Mail d'une {{TS}} d'{{Emmaüs}}: demande pour M. [[P:Hoxha]] et sa famille, {{5 personnes}}, actuellement chez un compatriote, [[ADR:21 rue Marcel Cachin, 2e gauche]], qui doit les faire partir {{dimanche}}. Contact: [[MAIL:t.gauthier@emmaus-asso.org]]."),
    ("chrs", "accueil_telephonique", "Un enfant appelle pour sa maman qui pleure. L'écoutante reste {{20 min}} avec lui au tel."),
    ("chrs", "accueil_telephonique", "Appel d'un squat: \"on est {{12}}, on a plus d'eau\". Où ? \"[[ADR:7 rue des Tanneurs]], l'ancienne école, on rentre par le portail du fond\". Le monsieur, [[P:Radu]], parle bien français. Transmis à la {{mairie}}."),
    ("chrs", "accueil_telephonique", "- {{115}} bonjour\n- Oui c'est encore moi, [[P:Ange Kouadio]]\n- Vous avez un numéro de dossier ?\n- [[ID:115-2024-88213]]\n- ... Je n'ai rien ce soir M. [[P:Kouadio]], désolée\n- Je dors où ?\n- L'accueil de nuit {{rue Malher}} ouvre à {{21h}}"),
    ("chrs", "accueil_telephonique", "Écoutants: {{6}} ce soir. Ils tournent: {{2 h}} de casque puis {{15 min}} de pause obligatoire."),
    ("chrs", "accueil_telephonique", "Une dame dicte l'adresse de l'hôtel où elle est: \"[[ADR:18 rue Baudin]]\"... \"non [[ADR:81]] ! [[ADR:81]] !\". L'écoutante vérifie sur la liste, c'est l'hôtel {{Le Saint-Georges}}. Mme [[P:Belkacem]] et {{2 enfants}}, ok pour ce soir."),
    # ---------------------------------------------------------------- chrs / controle_sur_place
    ("chrs", "controle_sur_place", "Maraude {{21h}}, camion du {{Samu social}} [[IMMAT:FM-224-ES]]. 1er arrêt: {{parc de la Tête d'Or}}, entrée côté {{Cité Internationale}}. [[P:Mohamed]] et [[P:Ali]], soupe + couvertures. [[P:Mohamed]] tousse beaucoup."),
    ("chrs", "controle_sur_place", "Visite d'un appart en diffus, [[ADR:5 rue Jean Macé, 3e, porte droite]], loué par l'asso. Occupé par Mme [[P:Ekwalla]] + {{2 enfants}}. Fuite sous l'évier, l'éduc appelle {{Plomberie Vasseur & Fils}}."),
    ("chrs", "controle_sur_place", "Campement au bord du canal, {{quai de Valmy}}, {{30 tentes}}. Pas d'adresse, l'équipe note juste \"{{tente orange près du pont}}\". Interprète pachto au tel. On croise [[P:Zarmina]] et sa fille."),
    ("chrs", "controle_sur_place", "Maraude rurale: famille en caravane sur un terrain privé prêté, [[ADR:route de Guérande, le champ après le n°147, caravane Adria blanche]]. Le propriétaire du champ, M. [[P:Guihéneuf]], passe nous voir en tracteur. Il dit qu'ils peuvent rester jusqu'à {{Pâques}}."),
    ("chrs", "controle_sur_place", "Fin de maraude {{1h40}}. {{38 personnes}} rencontrées, {{52 cafés}}, {{14 couvertures}}."),
    ("chrs", "controle_sur_place", "Maison abandonnée squattée au [[ADR:12 chemin de la Justice]], à la sortie de {{Montreuil}}, côté {{autoroute}}. {{8 jeunes}} dont un mineur, [[P:Moussa]]. Signalement au {{département}} ({{ASE}}) pour le mineur."),
    ("chrs", "controle_sur_place", "Nouvel appart en diffus. L'éducatrice, [[P:Camille]], cherche l'adresse dans son tel: \"[[ADR:avenue de la Libération, le 45, bâtiment C]]\". Le locataire, M. [[P:Rami Al-Hassan]], a eu ses meubles chez {{Emmaüs}}."),
    ("chrs", "controle_sur_place", "Pluie. Personne sous les arcades de la {{place du Capitole}} ce soir."),
    ("chrs", "controle_sur_place", "Couple qui vit dans un camion aménagé, plaques polonaises [[IMMAT:WX 48213]], garé {{rue du Marché-Neuf}}. Lui [[P:Krzysztof]], elle [[P:Ola]]. Ils travaillent en intérim à l'entrepôt {{Amazon}}."),
    ("chrs", "controle_sur_place", "On retrouve \"[[P:Ricou]]\" devant le {{Monoprix}}. Il nous donne son nouveau numéro: [[TEL:07 53 20 68 41]]. Il a trouvé une chambre chez un particulier, [[ADR:appt 2, 9 rue des Carmes]]."),
    ("chrs", "controle_sur_place", "Équipe de maraude ce soir: {{1 infirmière}} ([[P:Soizic]]), {{2 bénévoles}}, {{1 TS}}. Camion [[IMMAT:GE-582-WN]]. Thermos x {{4}}. Sandwichs offerts par la {{boulangerie Paul}} de la gare."),
    ("chrs", "controle_sur_place", "Visite dans un logement d'insertion: [[ADR:Résidence Ker Anna, 2 allée des Embruns, appt 14]], à {{Brest}}. Occupante: [[P:Aminata Sow]], {{31 ans}}, {{3 enfants}}. Elle montre un courrier d'huissier pour une dette {{EDF}} de son ancienne adresse, [[ADR:27 rue du Port]], réf client EDF [[ID:500912847]]. L'éduc prend une photo du courrier pour le {{FSL}}."),
    # ---------------------------------------------------------------- france_travail / accueil_physique
    ("france_travail", "accueil_physique", "Inscription d'un monsieur qui n'a pas de mail. Le conseiller lui en crée un: [[MAIL:tiago.carvalho.1988@gmail.com]]. N° de sécu recopié de la carte: [[NIR:1 88 03 99 139 077 18]]. Identifiant généré: [[FT:6031847L]]. {{35 min}}."),
    ("france_travail", "accueil_physique", "Zone d'attente: {{12 ordinateurs}} en libre accès, 3 occupés. Les gens regardent des annonces sur {{Indeed}} plutôt que sur le site de {{France Travail}}."),
    ("france_travail", "accueil_physique", "Écran du conseiller:\nIDENTIFIANT : [[FT:4417260B]]\nNOM : [[P:OUEDRAOGO]]\nPRENOM : [[P:Salif]]\nNE LE : [[DN:22/09/1985]]\nADRESSE : [[ADR:APPT 23 ESC B 14 RUE DE LA FORGE 25000 BESANCON]]\nCATEGORIE : {{A}}\nINDEMNISATION : {{ARE}}"),
    ("france_travail", "accueil_physique", "Jeune femme, {{24 ans}}, veut des infos sur le {{CEJ}}. L'agent demande son identifiant: \"[[FT:542 3319 M]]\". Adresse à jour ? Non, elle vient de déménager au [[ADR:6 place des Tilleuls]], à {{Bourg-en-Bresse}}."),
    ("france_travail", "accueil_physique", "{{Ticket n°47}} appelé à {{10h32}}. Personne. Rappelé à {{10h35}}. Personne. C'était M. [[P:Kaya]], il revient des toilettes à {{10h40}}, l'agente le prend quand même."),
    ("france_travail", "accueil_physique", "Atelier {{CV}}. La conseillère montre un CV modèle au nom de [[P:Sophie Lambert]], {{32 ans}}, vendeuse chez {{Décathlon}}. Les participants rigolent: \"elle existe vraiment ?\"."),
    ("france_travail", "accueil_physique", "M. [[P:Murat Demir]], maçon, radié pour absence à un {{RDV}}. Il dit n'avoir jamais reçu la convocation: l'adresse du dossier est l'ancienne, [[ADR:17 rue Édouard Herriot]], il habite maintenant [[ADR:Résidence Les Érables bât 4 apt 12]] depuis {{juin}}. Conseiller: \"c'était à vous de la mettre à jour sur {{francetravail.fr}}\". Il repart avec un formulaire de recours. Son fils, [[P:Emre]], arrive {{10 min}} après et traduit: son père n'a plus d'{{ARE}} depuis {{6 semaines}}, le loyer est en retard. Le conseiller note un nouveau numéro, [[TEL:06 44 18 72 93]], et promet d'appeler le service indemnisation. Le fils: \"on a déjà entendu ça\"."),
    ("france_travail", "accueil_physique", "Affiches \"{{France Travail}} (ex-{{Pôle emploi}})\" partout. Tout le monde dit encore Pôle emploi, même les agents."),
    ("france_travail", "accueil_physique", "Atelier réseaux sociaux: la conseillère dit de mettre son {{LinkedIn}} sur le {{CV}}. Une participante montre le sien, [[ID:linkedin.com/in/nadia-mansouri-rh]], et son insta pro [[ID:@leila.makeup.pro]] pour sa sœur qui fait de la coiffure. Les autres prennent des notes."),
    ("france_travail", "accueil_physique", "Conseiller: \"date de naissance ?\" – \"le [[DN:quatorze mai quatre-vingt-deux]]\". M. [[P:Tchakounté]] répond tout en toutes lettres, même son code postal, {{trente-trois mille}} 😄"),
    ("france_travail", "accueil_physique", "Un employeur vient déposer une offre en personne: {{Boulangerie Ben Saïd}}, apprenti boulanger. Le patron, M. [[P:Ben Saïd]], laisse sa carte avec son portable [[TEL:04 91 62 17 83]]."),
    ("france_travail", "accueil_physique", "Conseillère [[P:Nathalie]]: {{180 demandeurs}} dans son portefeuille."),
    ("france_travail", "accueil_physique", "Inscription de Mme [[P:Yao]], ivoirienne, titre de séjour salarié n° [[ID:9301847562]]. Hébergée chez sa tante, Mme [[P:Touré]], [[ADR:4 rue Lénine]] à {{Ivry}}. {{BTS}} compta obtenu à {{Abidjan}}, non reconnu. Pour l'{{ARE}} elle donne son {{RIB}}: [[IBAN:FR76 1090 7000 0123 4190 8765 436]]. Le conseiller lui parle de la {{VAE}}."),
    ("france_travail", "accueil_physique", "{{11h50}}: le conseiller mange une barre de céréales entre 2 {{RDV}}. \"Pas le temps de déjeuner le {{lundi}}\"."),
    # ---------------------------------------------------------------- france_travail / accueil_telephonique
    ("france_travail", "accueil_telephonique", "{{3949}}: un demandeur a oublié son identifiant. Le conseiller vérifie nom, date de naissance, code postal: [[P:Lopes Maria do Céu]], [[DN:07/03/1971]], {{33800}}. Puis il lui redonne l'identifiant: [[FT:7712405C]]."),
    ("france_travail", "accueil_telephonique", "Le conseiller alterne {{30 min}} d'appels sortants et {{30 min}} de dossiers. Appels sortants = relances des gens qui n'ont pas actualisé."),
    ("france_travail", "accueil_telephonique", "Appel sortant vers M. [[P:Gheorghe Rusu]], répondeur: \"vous êtes bien chez [[P:Gheorghe]] et [[P:Elena]]...\". Le conseiller laisse un message et le {{3949}}."),
    ("france_travail", "accueil_telephonique", "Nouveau mail dicté: \"[[MAIL:emine.kaya67 (arobase) laposte.net]]\". Le conseiller répète {{2 fois}}, elle corrige le 67 en... 67. OK."),
    ("france_travail", "accueil_telephonique", "{{10h05}}, mise à jour du numéro. Ancien: [[TEL:06 31 47 85 20]], nouveau: [[TEL:07.66.02.19.84]]. Elle: \"l'ancien c'est celui de mon ex\" 🙄 Mme [[P:Okafor]]."),
    ("france_travail", "accueil_telephonique", "Un appel de {{40 min}} pour une actualisation ratée, {{1 clic}} oublié. Le monsieur, identifiant [[FT:1184377P]], a perdu {{un mois}} d'{{ARE}} à cause de ça."),
    ("france_travail", "accueil_telephonique", "Un employeur, {{Carrosserie Mendes & Fils}}, veut savoir si un candidat, [[P:Steeve Larcher]], est bien inscrit. Le conseiller refuse de répondre, secret. Le patron raccroche sec."),
    ("france_travail", "accueil_telephonique", "Courrier revenu \"{{NPAI}}\". Le conseiller appelle: \"vous habitez toujours au [[ADR:12 rue des Écoles]] ?\" – \"non c'est le [[ADR:21]], le facteur se trompe tout le temps\". Il corrige: [[ADR:21 rue des Écoles, 62300 Lens]]."),
    ("france_travail", "accueil_telephonique", "Question la plus fréquente ce matin: \"quand je vais être payé ?\" → réponse type: le {{paiement}} intervient à partir du {{1er du mois}}."),
    ("france_travail", "accueil_telephonique", "Demandeuse en formation, hébergée en foyer de jeunes travailleurs ({{FJT Les Compagnons}}), [[ADR:28 rue Pierre Curie, chambre 208]]. Identifiant [[FT:3906524H]]. [[P:Océane Masson]] veut savoir si sa rémunération de formation continue pendant les vacances de {{Noël}}. Oui."),
    ("france_travail", "accueil_telephonique", "Un demandeur en vacances au {{Maroc}} rappelle sur [[TEL:+212 6 61 48 20 37]]. Il a raté un {{RDV}}. Le conseiller explique qu'il faut déclarer les absences à l'étranger, {{35 jours}} max par an."),
    ("france_travail", "accueil_telephonique", "Conseiller [[P:Rodrigue]] au tel depuis {{8h30}} sans pause."),
    ("france_travail", "accueil_telephonique", "Changement de banque. Le demandeur veut dicter son {{IBAN}} → refusé, \"passez par votre espace\". Il le dit quand même: [[IBAN:BE65 0635 8219 0496]], compte belge, il habite à côté de la frontière, vers {{Halluin}}."),
    ("france_travail", "accueil_telephonique", "– Bonjour c'est pour l'{{ASS}}\n– Votre identifiant ?\n– [[FT:2 0 5 8 7 4 1 X]]\n– Et votre nom ?\n– [[P:Mansouri]]. [[P:M-A-N-S-O-U-R-I]]\n– Votre dossier est en cours, comptez {{15 jours}}."),
    # ---------------------------------------------------------------- france_travail / controle_sur_place
    ("france_travail", "controle_sur_place", "Visite d'entreprise avec la conseillère entreprise: {{Menuiserie de l'Erdre}}, {{ZA de la Lande}}. Le gérant, M. [[P:Pichon]], a {{3 postes}} à pourvoir, il cherche depuis {{8 mois}}."),
    ("france_travail", "controle_sur_place", "Salon de l'emploi au {{Parc des Expositions}}, {{62 stands}}. Une candidate donne son {{CV}} partout: [[P:Maryse Zamor]], [[TEL:06 96 41 28 73]], [[MAIL:maryse.zamor@gmail.com]], [[ADR:3 rue Schœlcher, 97200 Fort-de-France]]. Elle vient d'arriver en métropole, l'adresse est celle de sa mère."),
    ("france_travail", "controle_sur_place", "Job dating {{BTP}}: {{5 min}} par candidat. Les employeurs notent sur une feuille \"motivé / pas motivé\"."),
    ("france_travail", "controle_sur_place", "Suivi d'une immersion ({{PMSMP}}) à la {{Boulangerie Au Pain Doré}}. Stagiaire: [[P:Hamza Tahiri]], identifiant [[FT:6658201D]] sur la convention. Le tuteur, [[P:Franck]], est content. [[P:Hamza]] part à {{4h}} du matin de {{Bellevue}} à vélo."),
    ("france_travail", "controle_sur_place", "Visite de chantier. Camionnette de l'entreprise d'insertion, [[IMMAT:GH-190-RC]]. Le salarié en insertion, M. [[P:Mamadou Lamine Sy]] (identifiant [[FT:3021766N]]), nous montre le mur qu'il a monté. Fier. Contrat jusqu'en {{avril}}."),
    ("france_travail", "controle_sur_place", "Forum {{Mission locale}} + {{FT}} au gymnase du quartier {{Kervénanec}}. Un jeune donne son {{CV}}: [[ADR:bât. H3 appt 112, 4 rue Colbert]], et son insta [[ID:@yanis_kvn56]] \"pour les photos de mes réalisations\"."),
    ("france_travail", "controle_sur_place", "Visite entreprise annulée: le gérant avait oublié. {{1h}} de route pour rien."),
    ("france_travail", "controle_sur_place", "Visite à l'{{EARL des Ourmes}} (maraîchage). L'exploitant, M. [[P:Lebreton]], embauche un saisonnier albanais, [[P:Ilir Krasniqi]], logé dans un mobil-home sur l'exploitation: [[ADR:La Basse Cour, 53200 Château-Gontier]]. La conseillère vérifie juste que le logement est décent. Le mobil-home a l'eau chaude."),
    ("france_travail", "controle_sur_place", "Au salon, borne d'inscription: un candidat tape son identifiant en le disant à voix haute, \"[[FT:8 8 3 2 0 6 5 R]]\". Tout le monde entend. La {{borne}} plante ensuite."),
    ("france_travail", "controle_sur_place", "Les stands les plus visités du salon: {{Airbus}}, {{SNCF}}, {{La Poste}}. {{20 min}} de queue devant Airbus."),
    ("france_travail", "controle_sur_place", "Visite de l'{{ADMR}} de {{Quimperlé}}. La responsable, Mme [[P:Le Gall]], explique que ses aides à domicile font {{150 km}} par jour. Exemple de tournée d'une aide: une cliente à [[ADR:Kerroc'h, 29300 Mellac]], puis une autre au [[ADR:4 rue de l'Isole]], puis retour en ville. Le km est payé {{0,35 €}}."),
    ("france_travail", "controle_sur_place", "Suivi d'une immersion chez une couturière qui travaille chez elle: atelier dans le garage, [[ADR:11 allée des Mimosas, 30900 Nîmes]]. La couturière, Mme [[P:Nguyen Thi Hoa]], et la stagiaire, [[P:Chloé]], {{19 ans}}. [[P:Chloé]] coud un ourlet devant nous, très concentrée."),
]
# fmt: on


class AuthoringError(ValueError):
    """A note cannot be turned into a labelled record."""


def _check_plain(chunk: str, where: str) -> None:
    for marker in MARKERS:
        if marker in chunk:
            raise AuthoringError(f"{where}: stray {marker!r} in {chunk!r}")


def _check_value(value: str, where: str) -> None:
    if not value or value != value.strip():
        raise AuthoringError(f"{where}: empty or padded value {value!r}")
    _check_plain(value, where)


def parse(marked: str, where: str) -> tuple[str, list[dict], list[str]]:
    """Strip the marks of one note; return its text, entities and keep strings."""
    parts, entities, keep = [], [], []
    length = pos = 0
    for match in MARK_RE.finditer(marked):
        plain = marked[pos : match.start()]
        _check_plain(plain, where)
        parts.append(plain)
        length += len(plain)
        code, value, kept = match.groups()
        if kept is not None:
            _check_value(kept, where)
            if kept not in keep:
                keep.append(kept)
            value = kept
        else:
            if code not in CODES:
                raise AuthoringError(f"{where}: unknown code {code!r}")
            _check_value(value, where)
            entities.append({"start": length, "end": length + len(value), "label": CODES[code]})
        parts.append(value)
        length += len(value)
        pos = match.end()
    tail = marked[pos:]
    _check_plain(tail, where)
    parts.append(tail)
    text = "".join(parts)
    if not keep:
        raise AuthoringError(f"{where}: no keep string")
    for ent in entities:
        if text[ent["start"] : ent["end"]] != text[ent["start"] : ent["end"]].strip():
            raise AuthoringError(f"{where}: padded span")
    return text, entities, keep


def build(notes) -> list[dict]:
    records = []
    for number, (site_kind, channel, marked) in enumerate(notes, start=1):
        note_id = f"{ID_PREFIX}-{number:03d}"
        if site_kind not in SITE_KINDS or channel not in CHANNELS:
            raise AuthoringError(f"{note_id}: unknown site kind or channel")
        text, entities, keep = parse(marked, note_id)
        records.append(
            {
                "id": note_id,
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return records


def split(records: list[dict]) -> tuple[list[dict], list[dict]]:
    """Stratified split: shuffle each (site_kind, channel) stratum, deal dev / holdout."""
    strata = defaultdict(list)
    for record in records:
        strata[(record["site_kind"], record["channel"])].append(record)
    rng = random.Random(SEED)
    dev, holdout = [], []
    for key in sorted(strata):
        members = list(strata[key])
        if len(members) % 2:
            raise AuthoringError(f"stratum {key} has an odd size ({len(members)})")
        rng.shuffle(members)
        for index, record in enumerate(members):
            (dev if index % 2 == 0 else holdout).append(record)
    for label in CODES.values():
        for name, half in (("dev", dev), ("holdout", holdout)):
            if not any(ent["label"] == label for rec in half for ent in rec["entities"]):
                raise AuthoringError(f"label {label} missing from {name}")
    return sorted(dev, key=lambda r: r["id"]), sorted(holdout, key=lambda r: r["id"])


def dump(records: list[dict]) -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)


def main() -> int:
    try:
        dev, holdout = split(build(NOTES))
    except AuthoringError as exc:
        print(f"refused: {exc}", file=sys.stderr)
        return 1
    outputs = {HERE / "dev.jsonl": dump(dev), HERE / "holdout.jsonl": dump(holdout)}
    for path, content in outputs.items():
        with path.open("w", encoding="utf-8", newline="\n") as handle:
            handle.write(content)
    print(f"dev: {len(dev)} notes, holdout: {len(holdout)} notes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
