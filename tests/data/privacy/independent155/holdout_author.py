"""Independent evaluation corpus n° 155: 240 hand-written observation notes (Caf and France
Travail in Provence-Alpes-Côte d'Azur, plus ordinary notes from every site).

Each note is a ``(site_kind, channel, text)`` tuple written by hand. In ``text``,
``[[LABEL:value]]`` marks a value to mask and ``{{value}}`` a string to keep. ``parse`` strips
the marks and computes the offsets; ``main`` numbers the notes ``ind155-001`` … in writing
order, draws the dev / holdout split and writes ``dev.jsonl`` and ``holdout.jsonl``.

Standard library only, deterministic. Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind155"
SEED = 155

# fmt: off
# --- notes (written by hand, in writing order) ---
BATCH_1 = [
    ("caf", "accueil_physique", "{{9h10}}, premiere personne au guichet. Mme [[PERSONNE:Zerrouki]] tend sa lettre de la {{Caf}}, l'agent ([[PERSONNE:Sandrine]]) lit le num alloc en haut a droite : [[N_ALLOCATAIRE:2417863]]. Question sur la {{prime d'activité}} qui a baissé de {{48 €}}. Réponse en {{4 minutes}}, elle repart contente. Je n'aurais pas parié."),
    ("france_travail", "accueil_physique", "Ce qui me frappe : personne ne connait son identifiant par coeur. Le monsieur ([[PERSONNE:Yusuf Demir]]) sort {{3 papiers}} froissés avant de trouver le bon. [[ID_FRANCE_TRAVAIL:4587123K]]. L'agente le tape sans regarder, l'habitude. Chez nous aux {{urgences}} on ferait pareil avec l'{{IPP}}."),
    ("caf", "accueil_telephonique", "Appel {{n°7}} de la matinee. Une dame appelle pour sa fille. L'agent demande le numéro d'allocataire, la dame : « alors c'est [[N_ALLOCATAIRE:deux quatre neuf zéro zéro six un]] ». L'agent répète en chiffres : [[N_ALLOCATAIRE:249 00 61]]. Pas le bon dossier, c'est celui du gendre 🙄 On recommence."),
    ("chrs", "accueil_telephonique", "{{115}} - {{22h40}}. Un homme appelle de la {{gare Saint-Charles}}, il dit s'appeler [[PERSONNE:Karim]], refuse de donner son nom. Plus de place à {{Forbin}} ce soir. L'écoutante, Mme [[PERSONNE:Ortega]], lui propose un rappel à {{23h30}} au cas où. Il raccroche avant."),
    ("caf", "accueil_physique", "File d'attente à l'ouverture : {{23 personnes}} à {{8h30}}, dehors, sous le {{mistral}}. Borne de tickets en panne, un vigile distribue des numéros à la main. Personne ne râle vraiment. La moitié viennent pour des papiers déjà envoyés en ligne."),
    ("france_travail", "accueil_telephonique", "Tel {{10h02}}. Le demandeur donne son identifiant de tete : [[ID_FRANCE_TRAVAIL:0319 57 2]]... « la lettre je sais plus, c'est un B ou un D ». L'agente retrouve avec la date de naissance, [[DATE_NAISSANCE:14/02/1979]]. Identifiant complet lu à l'écran : [[ID_FRANCE_TRAVAIL:0319572D]]."),
    ("cpam", "accueil_physique", "Mr [[PERSONNE:Esposito]] veut refaire sa {{carte Vitale}}, perdue sur le {{Vieux-Port}}. L'agent vérifie le NIR qu'il lit sur une vieille attestation : [[NIR:1 74 11 13 208 128 63]]. « je suis né dans le {{8e}}, en [[DATE_NAISSANCE:novembre 74]] » - ça colle."),
    ("urgences", "accueil_physique", "Salle d'attente des urgences de la {{Timone}}, {{14h}}. {{38 patients}} enregistrés, délai affiché {{4h30}}. L'IOA trie à la chaîne. Mon réflexe de directeur d'hôpital : compter les brancards dans le couloir. J'en compte {{11}}."),
    ("caf", "accueil_physique", "Un jeune couple, [[PERSONNE:Jordan]] et [[PERSONNE:Inès]], premier bébé né le mois dernier. Ils veulent la {{PAJE}}. Le numéro d'allocataire est sur le tel d'[[PERSONNE:Inès]], capture d'écran de l'appli {{Caf - Mon Compte}} : [[N_ALLOCATAIRE:3058214]]. L'agent (M. [[PERSONNE:Baldacci]]) fait la demande avec eux sur la borne."),
    ("ccas", "accueil_physique", "{{CCAS}} d'{{Aubagne}}. Mme [[PERSONNE:Audibert]], {{81 ans}}, vient pour le {{colis de Noël}} et s'inscrire au {{plan canicule}}. Elle donne son fixe : [[TELEPHONE:04 42 03 17 58]] et celui de son fils [[PERSONNE:Gilles]] : [[TELEPHONE:06 71 42 88 10]]."),
    ("france_travail", "accueil_physique", "Je suis chef d'entreprise ({{BTP}}, {{45 salariés}} à {{Vitrolles}}) et je découvre l'autre côté. Un gars de {{24 ans}}, [[PERSONNE:Anthony Pellegrino]], maçon, inscrit depuis {{8 mois}}. Il ferait un super apprenti. Identifiant lu sur sa convocation : [[ID_FRANCE_TRAVAIL:5230418M]]. Je n'ose pas lui proposer devant l'agent."),
    ("chrs", "accueil_physique", "CHRS {{Les Lauriers}}, entretien d'admission. [[PERSONNE:Mariama Sow]], {{3 enfants}}, orientée par le {{SIAO 13}}, réf. [[IDENTIFIANT:SI13-2024-08817]]. Titre de séjour en renouvellement, récépissé n° [[IDENTIFIANT:1306241872]]."),
    ("caf", "controle_sur_place", "Contrôle sur place à {{Salon-de-Provence}} avec le contrôleur, [[PERSONNE:Frédéric Icard]]. Adresse : [[ADRESSE:14 impasse des Cigales, 13300 Salon-de-Provence]]. Soupçon de vie maritale. Mme [[PERSONNE:Boyer]] nous fait entrer, propose un café. Le contrôleur regarde la salle de bains : une brosse à dents. Une seule. Je me sens de trop."),
    ("cpam", "accueil_telephonique", "Plateforme {{3646}}. {{12 appels}} en {{40 min}}. Beaucoup de « ma {{carte Vitale}} marche pas en pharmacie ». Le script est bien fait mais les gens veulent parler à quelqu'un. Attente moyenne affichée : {{6 min}}."),
    ("france_travail", "accueil_telephonique", "Appel sortant : l'agente [[PERSONNE:Nadia]] rappelle un demandeur radié par erreur. « Vous me confirmez votre identifiant ? » - « [[ID_FRANCE_TRAVAIL:1 0 9 4 6 7 3 H]] » - « H comme [[PERSONNE:Henri]] ? » - « oui ». Réinscription faite, rétroactive au {{1er mars}}."),
    ("caf", "accueil_telephonique", "Pause café des agents, {{10h30}}. Elles parlent du nouveau logiciel, de la solidarité à la source, du {{RSA}} sous conditions d'activité. Une dit : on n'a plus le temps d'expliquer, on exécute. Je la cite de mémoire."),
    ("urgences", "accueil_telephonique", "Standard des urgences d'{{Avignon}} : une fille demande des nouvelles de son père, M. [[PERSONNE:Tchakarian]], arrivé en ambulance vers {{3h}}. La secrétaire lui demande le n° sur le bracelet : IPP [[IDENTIFIANT:840075129]]. Elle veut être rappelée au [[TELEPHONE:+33 6 12 58 40 97]]."),
    ("caf", "accueil_physique", "Monsieur âgé, accent portugais, [[PERSONNE:Joaquim Rodrigues]]. Enveloppe de la {{Caf}} pour son {{APL}}, dossier n° [[N_ALLOCATAIRE:1873305]] écrit au stylo par sa petite-fille. L'agent vérifie : le vrai numéro est [[N_ALLOCATAIRE:1873350]], deux chiffres inversés. Ça explique les {{3 courriers}} revenus."),
    ("chrs", "controle_sur_place", "Visite à domicile, appartement diffus du CHRS, [[ADRESSE:27 bd de la Libération, 83000 Toulon]]. [[PERSONNE:Djamila]] et ses {{2 garçons}}. Le chauffe-eau fuit depuis {{3 semaines}}. L'éducateur [[PERSONNE:Rémi Gilli]] appelle le bailleur, {{Toulon Habitat Méditerranée}}, réf. locataire [[IDENTIFIANT:TH-0081245]]."),
    ("france_travail", "accueil_physique", "Je pensais trouver de la colère. Je trouve surtout de la fatigue. Une femme d'une cinquantaine d'années, ancienne aide-soignante, me dit qu'elle a « oublié comment on se présente ». L'agente lui fait répéter son pitch {{trois fois}}. Entre deux, elle vérifie l'identifiant ([[ID_FRANCE_TRAVAIL:2876015Z]]) et le mail : [[EMAIL:c.bouzid83@orange.fr]]. Je ne saurai pas son prénom."),
    ("cpam", "accueil_physique", "{{CPAM des Alpes-Maritimes}}, accueil de {{Nice}} {{Saint-Roch}}. Mme [[PERSONNE:Rakotoarisoa]] (arrivée de {{Madagascar}}) demande la {{C2S}}. Passeport n° [[IDENTIFIANT:MG3047812]], titre de séjour [[IDENTIFIANT:0604912378]]. « Vous avez un RIB ? » Elle le montre : [[IBAN:FR76 1027 8089 1000 0204 1750 171]]."),
    ("caf", "accueil_physique", "Constat : l'écran affiche « Temps d'attente estimé : {{25 min}} ». Réalité au chrono : {{52 min}} pour la dame devant moi. Personne ne met l'écran à jour."),
    ("ccas", "accueil_telephonique", "Standard du CCAS de {{Gap}}. Un voisin signale une dame âgée qu'on ne voit plus, Mme [[PERSONNE:Sauvaire]], [[ADRESSE:3 rue Carnot, 05000 Gap]]. Il laisse son numéro : [[TELEPHONE:zéro six quarante-quatre dix-huit soixante-dix zéro deux]]. L'agente passe le signalement au {{portage de repas}}."),
    ("france_travail", "accueil_physique", "Atelier CV, {{6 participants}}. Le CV modèle projeté est au nom de [[PERSONNE:Julie Martin]], mail [[EMAIL:julie.martin@email.fr]]. [[PERSONNE:Bilal]] demande s'il doit mettre sa photo. L'animatrice, [[PERSONNE:Coralie]], dit non. Débat de {{10 min}}."),
    ("urgences", "accueil_physique", "{{Box 4}}. Homme {{70 ans}}, chute dans la rue à {{Cannes}}. Pas de papiers, juste une carte {{Harmonie Mutuelle}} n° [[IDENTIFIANT:178543092]]. Sa fille arrive, donne la date de naissance : le [[DATE_NAISSANCE:2 septembre 1953]]."),
    ("caf", "accueil_telephonique", "L'allocataire lit la référence du courrier au lieu du numéro. L'agent : « non ça c'est la référence, votre numéro c'est les {{7 chiffres}} sous votre nom ». - « ah ! [[N_ALLOCATAIRE:quatre millions trois cent deux mille cent dix-huit]] ». L'agent tape [[N_ALLOCATAIRE:4302118]]. Ça passe."),
    ("chrs", "accueil_physique", "Accueil de jour, {{8h}}. Café, douches, consigne. {{17 personnes}} avant {{9h}}. Un chien au pied d'une personne sur deux. Les travailleurs sociaux connaissent tous les chiens par leur nom. Je trouve ça beau."),
    ("france_travail", "accueil_telephonique", "Appel entrant, monsieur très énervé : « mon identifiant c'est [[ID_FRANCE_TRAVAIL:3711082 P]], P comme {{Paris}} ». L'agente cherche : rien. C'était [[ID_FRANCE_TRAVAIL:3711028P]], il avait inversé. Il s'excuse, {{10 min}} après il rigole."),
    ("cpam", "controle_sur_place", "Contrôle d'arrêt de travail à domicile, [[ADRESSE:12 avenue Jean Jaurès, 84100 Orange]], {{bât. C}}. M. [[PERSONNE:Haddad]] est là, en pyjama, attelle au genou. Tout est conforme. L'agente assermentée, [[PERSONNE:Laetitia Fabre]], me dit que {{9 fois sur 10}} c'est comme ça."),
    ("caf", "accueil_physique", "Dame avec poussette, [[PERSONNE:Anahit Petrossian]], arrivée d'{{Arménie}} en {{2021}}. Elle épelle son nom : [[PERSONNE:P-E-T-R-O-S-S-I-A-N]]. N° alloc lu par l'agent à l'écran : [[N_ALLOCATAIRE:2690417]]. Tél : [[TELEPHONE:07 53 21 90 46]]."),
    ("france_travail", "accueil_physique", "Réflexion : on demande aux gens {{4 fois}} le même identifiant dans la même matinée (borne, accueil, conseiller, atelier). M. [[PERSONNE:Nguyen]] l'a donné {{deux fois}} devant moi : [[ID_FRANCE_TRAVAIL:6104398F]] puis « [[ID_FRANCE_TRAVAIL:610 43 98 F]] ». En préfecture on fait pire avec le numéro {{AGDREF}}."),
    ("urgences", "accueil_physique", "Un ado, [[PERSONNE:Enzo]], {{15 ans}}, amené par les {{pompiers}}, accident de scooter. Plaque notée par le policier : [[IMMATRICULATION:FK-482-RT]]. La mère arrive en larmes : « c'est mon fils, [[PERSONNE:Enzo Marchetti]], né le [[DATE_NAISSANCE:12/03/2009]] »."),
    ("ccas", "controle_sur_place", "Visite à domicile pour une aide facultative, [[ADRESSE:218 chemin des Aires, 04100 Manosque]]. Couple retraité, M. et Mme [[PERSONNE:Lopez]]. Facture {{EDF}} impayée, réf. client [[IDENTIFIANT:6002 418 873]]. Montant : {{412,60 €}}."),
    ("caf", "accueil_physique", "Bon. J'ai compté : {{11 personnes}} ce matin ont donné leur numéro d'allocataire à voix haute, dans une salle de {{30 places}}. La dernière, Mme [[PERSONNE:Mimoun]], l'a presque crié : « [[N_ALLOCATAIRE:0731 552]] ! ». Tout le monde l'a entendu, moi compris. Idée pour le rapport : une tablette pour le taper soi-même ?"),
]

BATCH_2 = [
    ("caf", "controle_sur_place", "Contrôle à {{Martigues}}, quartier {{Canto-Perdrix}}, [[ADRESSE:7 allée des Goélands, 13500 Martigues]]. Le contrôleur, [[PERSONNE:Patrick Raybaud]], vérifie la composition du foyer pour l'{{AAH}}. M. [[PERSONNE:Kebe]] en profite pour donner son nouveau RIB : [[IBAN:FR76 1450 5000 0104 8122 5963 104]]. Dossier [[N_ALLOCATAIRE:5510932]]."),
    ("france_travail", "accueil_physique", "Accueil, {{13h45}}. Une jeune femme, [[PERSONNE:Samia Messaoudi]], veut s'inscrire. Pas de mail. L'agent lui en crée un sur place : [[EMAIL:samia.messaoudi13@gmail.com]]. Identifiant attribué : [[ID_FRANCE_TRAVAIL:7702154B]], elle le note sur le dos de sa main au stylo bille 🖊️"),
    ("chrs", "accueil_telephonique", "115 du {{Var}}, {{21h}}. Une femme, voix très jeune, {{2 enfants}}, son compagnon l'a mise dehors. Prénom : [[PERSONNE:Océane]]. Nom : [[PERSONNE:Hoarau]]. Date de naissance donnée : [[DATE_NAISSANCE:04/02/1990]]. Mise à l'abri à l'{{hôtel F1}} de {{La Garde}}, {{chambre 19}}."),
    ("caf", "accueil_physique", "Bilan de fin de matinée : l'agent d'accueil a vu {{41 personnes}}. Deux ont pleuré. Une a crié. La plupart ont dit merci. Ce qui manque ici ce n'est pas la gentillesse, c'est le temps."),
    ("cpam", "accueil_physique", "Mme [[PERSONNE:Colette Vidal]], née à {{Aix}} en [[DATE_NAISSANCE:mars 1960]], vient déclarer un déménagement. NIR lu par l'agent : [[NIR:2 60 03 13 001 187 29]]. Nouvelle adresse : [[ADRESSE:5 place des Prêcheurs, 13100 Aix-en-Provence]]. Elle demande si la {{mutuelle}} sera prévenue. Non."),
    ("urgences", "accueil_physique", "Accueil administratif des urgences, {{hôpital Sainte-Musse}}, {{Toulon}}. Une femme sans {{carte Vitale}} dicte son numéro de sécu de mémoire : [[NIR:2 65 01 83 137 233 41]]. La secrétaire : « vous êtes née à Toulon en [[DATE_NAISSANCE:janvier 65]] ? » - « oui ». Elle s'appelle [[PERSONNE:Martine Castellan]]."),
    ("france_travail", "accueil_telephonique", "Au téléphone les gens lisent leur identifiant en paquets bizarres. Un monsieur : « c'est [[ID_FRANCE_TRAVAIL:quarante-cinq, zéro huit, trois cent douze, lettre R]] ». L'agent tape [[ID_FRANCE_TRAVAIL:4508312R]] sans broncher. Moi j'aurais mis {{1 minute}} à comprendre."),
    ("ccas", "accueil_physique", "CCAS de {{Marseille}}, antenne {{Belle de Mai}}. Aide alimentaire : bons pour l'{{épicerie sociale}}. Surtout des femmes, {{30-40 ans}}. L'agente parle arabe et comorien en plus du français. Elle dit qu'on ne le lui a jamais demandé au recrutement."),
    ("caf", "accueil_telephonique", "Appel : une mère veut savoir pourquoi l'{{ARS}} n'est pas tombée. Numéro : « [[N_ALLOCATAIRE:3 1 4 7]]... attendez mes lunettes... [[N_ALLOCATAIRE:3 1 4 7 0 9 6]] ». Réponse : l'enfant a {{18 ans}}, scolarité pas déclarée. L'agent, [[PERSONNE:Hugo]], lui envoie le lien par SMS au [[TELEPHONE:06 98 14 23 71]]."),
    ("france_travail", "accueil_physique", "M. [[PERSONNE:Olivier]], conseiller, reçoit [[PERSONNE:Irina Volkova]], {{38 ans}}, ukrainienne, ingénieure chimiste, diplôme pas reconnu. Identifiant tapé par le conseiller : [[ID_FRANCE_TRAVAIL:0935627L]]. Elle donne deux numéros, ukrainien et français : [[TELEPHONE:+380 67 412 5590]], [[TELEPHONE:07 81 33 60 29]]. Dans le bureau, un {{olivier}} en pot, complètement sec."),
    ("cpam", "accueil_telephonique", "{{3646}}. M. [[PERSONNE:Bremond]] veut son attestation de droits. Il dicte son numéro : [[NIR:un, cinquante-huit, zéro sept, zéro cinq, zéro six un, zéro sept sept, vingt-huit]]. L'agent vérifie : né à {{Gap}} en [[DATE_NAISSANCE:juillet 1958]]. Attestation envoyée sur son compte {{Ameli}}."),
    ("chrs", "controle_sur_place", "Tournée des appartements diffus avec l'éduc. {{4 visites}} prévues, deux absents. On glisse un mot sous la porte. Frigo vide dans le troisième logement, la dame dit qu'elle mange chez sa soeur. L'éduc note, ne commente pas."),
    ("caf", "accueil_physique", "[[PERSONNE:Fatou]] (elle dit juste « [[PERSONNE:Fatou]] ») arrive avec son bébé et un dossier complet, classé, surligné. L'agent est presque ému. N° allocataire [[N_ALLOCATAIRE:6120873]], changement de RIB : [[IBAN:FR76 3000 3027 1500 0508 7341 213]]. {{5 min}} chrono."),
    ("france_travail", "accueil_physique", "Ce matin j'ai compris pourquoi nos titres de séjour bloquent les inscriptions. M. [[PERSONNE:Abdoulaye Traoré]] a un récépissé expiré depuis {{3 jours}} (n° [[IDENTIFIANT:1302378415]]) : le système refuse l'inscription. Le conseiller me regarde : « c'est chez vous que ça coince ». Il a raison, et je travaille à la préfecture."),
    ("urgences", "accueil_telephonique", "Nuit, {{2h}}. Le téléphone des urgences sonne toutes les {{5 minutes}} : familles, pharmacie de garde, le {{15}}. La secrétaire répond à tout avec la même voix calme. Je suis épuisé rien qu'à la regarder."),
    ("caf", "controle_sur_place", "Contrôle à {{Avignon}}, quartier {{Monclar}}, [[ADRESSE:9 rue des Teinturiers, 84000 Avignon]]. Mme [[PERSONNE:Ferhat]] déclare vivre seule. Devant, une voiture [[IMMATRICULATION:GH-219-KL]], carte grise au nom d'un M. [[PERSONNE:Benyahia]]. Elle : « c'est mon frère ». Rien de plus."),
    ("ccas", "accueil_telephonique", "Le CCAS de {{Digne-les-Bains}} reçoit l'appel d'une assistante sociale de l'hôpital : sortie prévue de Mme [[PERSONNE:Jacqueline Roux]], {{88 ans}}, il faut le {{portage de repas}}. Tél de la fille : [[TELEPHONE:04 92 31 56 08]]. Mail de l'AS : [[EMAIL:a.chabert@ch-digne.fr]]."),
    ("france_travail", "accueil_telephonique", "« Je suis [[PERSONNE:Kevin]], mon identifiant je l'ai pas, mais je suis né le [[DATE_NAISSANCE:17 août 2001]] et mon nom c'est [[PERSONNE:Giordano]] ». L'agente trouve deux [[PERSONNE:Kevin Giordano]] dans le {{Var}}, la date tranche : [[ID_FRANCE_TRAVAIL:8124503N]]."),
    ("caf", "accueil_physique", "Je suis journaliste, j'ai l'habitude des chiffres. Ici les chiffres sont des gens : le [[N_ALLOCATAIRE:2208461]] c'est M. [[PERSONNE:Attias]], {{67 ans}}, veuf, qui ne comprend pas pourquoi son {{APL}} a été recalculée. L'agente, Mme [[PERSONNE:Blanc]], lui explique trois fois. La troisième est la bonne."),
    ("chrs", "accueil_physique", "Arrivée de M. [[PERSONNE:Mehmet Yilmaz]] au CHRS. Né à {{Istanbul}} en [[DATE_NAISSANCE:1988]]. Il tend sa {{carte Vitale}}, l'éducatrice recopie le numéro sans espaces : [[NIR:188019920806364]]. {{Chambre 14}}, au 2e."),
    ("cpam", "accueil_physique", "Bornes {{Ameli}} en libre-service : trois sur quatre hors service. Un agent passe {{20 min}} à aider une dame à imprimer une attestation. Plus rapide au guichet. On me dit que les bornes comptent dans l'indicateur de dématérialisation."),
    ("caf", "accueil_physique", "Une dame, [[PERSONNE:Nguyen Thi Lan]], vient avec son fils qui traduit. Le fils dicte : « [[N_ALLOCATAIRE:1 9 6 5 2 0 4]] ». Écran rouge. Il relit la lettre : [[N_ALLOCATAIRE:1965240]]. Rires. Adresse à mettre à jour : [[ADRESSE:41 rue de la République, 13002 Marseille]]."),
    ("urgences", "accueil_physique", "Une femme arrive seule, malaise au travail chez {{Airbus Helicopters}} à {{Marignane}}. Carte d'identité n° [[IDENTIFIANT:X4RT7YB92]], nom : [[PERSONNE:Léa Ravel]]. Numéro du mari : [[TELEPHONE:06.27.84.15.93]]."),
    ("france_travail", "accueil_physique", "Les façons de donner son identifiant entendues ce matin :\n- lu sur la lettre : [[ID_FRANCE_TRAVAIL:1847265S]]\n- dicté chiffre par chiffre : [[ID_FRANCE_TRAVAIL:3 0 5 9 1 7 4 W]]\n- de mémoire, faux, corrigé par l'agent : [[ID_FRANCE_TRAVAIL:2265193]]... non [[ID_FRANCE_TRAVAIL:2265139T]]\n- montré sur l'appli : [[ID_FRANCE_TRAVAIL:4410728C]]\nPersonne ne sait à quoi sert la lettre."),
    ("ccas", "controle_sur_place", "Évaluation à domicile, [[ADRESSE:camping Le Pin Parasol, emplacement 31]], à {{Hyères}}. M. [[PERSONNE:Laurent Pastor]] vit en mobil-home avec son chien {{Rocky}}. Il touche l'{{AAH}}, montre son courrier {{MDPH}}, dossier n° [[IDENTIFIANT:MDPH83-157204]]."),
    ("caf", "accueil_telephonique", "Double écoute au casque. Taux de décroché affiché au mur : {{71 %}}. La cheffe dit que c'est un bon jour. Ceux qui n'ont pas eu de réponse rappelleront demain, ou viendront au guichet. Vases communicants."),
    ("chrs", "accueil_telephonique", "{{115}} de {{Nice}} : un bénévole des maraudes signale un homme couché devant {{Nice Étoile}}, qu'il appelle « le [[PERSONNE:Grand Mo]] ». Le bénévole, [[PERSONNE:Pascal]], laisse son numéro : [[TELEPHONE:06 63 90 12 48]]."),
    ("cpam", "accueil_telephonique", "Appel d'une infirmière libérale pour M. [[PERSONNE:Yannick Payet]], diabétique. Elle lit la {{carte Vitale}} : [[NIR:1 85 09 06 029 402 24]]. L'agent confirme : né à {{Cannes}}, [[DATE_NAISSANCE:septembre 1985]]."),
    ("caf", "accueil_physique", "Entre deux usagers, l'agent me montre le post-it sous son écran, les gens à rappeler : « Mme [[PERSONNE:Diallo]] [[TELEPHONE:0749215683]] dossier [[N_ALLOCATAIRE:4027719]] ». Elle sait que ce n'est pas {{RGPD}}. « Sinon j'oublie. »"),
    ("france_travail", "accueil_telephonique", "Appel d'un employeur, le restaurant {{Chez Fonfon}}. Le patron, M. [[PERSONNE:Giraud]], cherche un plongeur, offre n° {{178QWXR}}. Il veut le candidat vu hier, [[PERSONNE:Sofiane]], dont il n'a pas le nom. L'agente refuse de donner ses coordonnées. Bien."),
    ("urgences", "accueil_telephonique", "Une pharmacie appelle : ordonnance illisible du Dr [[PERSONNE:Kacem]]. Patiente : [[PERSONNE:Ophélie Arnaud]], née le [[DATE_NAISSANCE:22.06.1995]]. Le médecin rappellera la pharmacie au [[TELEPHONE:04 92 31 20 15]]."),
    ("caf", "accueil_physique", "L'agent tutoie certains habitués. « Alors [[PERSONNE:Momo]], t'as retrouvé ton numéro ? » [[PERSONNE:Momo]] sort un papier plié en huit : [[N_ALLOCATAIRE:1562908]]. Il vient tous les mois depuis {{2019}}, me dit l'agent."),
    ("france_travail", "accueil_physique", "Agence de {{Marseille Joliette}}, {{9h}}. {{14 rendez-vous}} planifiés par conseiller. La conseillère a {{412 demandeurs}} en portefeuille. Je lui demande combien elle en reconnaîtrait dans la rue. « Une cinquantaine. »"),
    ("cpam", "accueil_physique", "CPAM d'{{Avignon}}. M. [[PERSONNE:Farid Belkacem]] apporte une feuille de soins papier et son nouveau RIB : [[IBAN:FR76 1910 6008 3743 0129 6582 714]]. Scanné en {{2 min}}. Il demande aussi pour son fils, né en [[DATE_NAISSANCE:2011]]."),
]

BATCH_3 = [
    ("caf", "accueil_telephonique", "J'écoute un appel de {{12 minutes}} pour une séparation. Mme [[PERSONNE:Lefèvre-Bakari]] pleure à moitié. L'agent reste neutre, efficace, humain. Le numéro (« [[N_ALLOCATAIRE:zéro huit cinq deux trois un neuf]] ») arrive à la fin, presque une formalité. Dans ma boîte on ferait signer un accord de confidentialité pour moins que ça."),
    ("france_travail", "accueil_physique", "[[PERSONNE:Lucas]], {{19 ans}}, vient pour le {{Contrat d'engagement jeune}}. Sa mère parle à sa place, donne l'identifiant : « [[ID_FRANCE_TRAVAIL:cinq millions cent vingt-huit mille quatre cent quarante-sept, G]] ». La conseillère, [[PERSONNE:Amandine]], demande à [[PERSONNE:Lucas]] de le redire lui-même. Il le redit, tout bas : [[ID_FRANCE_TRAVAIL:5128447G]]."),
    ("cpam", "accueil_physique", "Mme [[PERSONNE:Aïssatou Ndiaye]], née au {{Sénégal}}, {{47 ans}}. NIR [[NIR:2 76 07 99 341 029 40]]. Demande de {{C2S}}. Mail pour le compte {{Ameli}} : [[EMAIL:aissatou.ndiaye76 (at) yahoo.fr]]. Elle l'écrit elle-même sur un papier, lettres capitales."),
    ("chrs", "controle_sur_place", "Visite chez M. [[PERSONNE:Tarek Hamdi]], [[ADRESSE:53 avenue de Frais-Vallon, 13013 Marseille]], logement en sous-location du CHRS. Il a un CDI chez {{Carrefour}} {{Grand Littoral}}. Fin de prise en charge dans {{2 mois}}. L'éducatrice, [[PERSONNE:Solène]], sourit pour la première fois de la matinée."),
    ("caf", "accueil_physique", "Hall de la {{Caf}} à {{Toulon}} : affiches sur la {{prime de Noël}}, le {{RSA}}, l'{{AAH}}, les arnaques par SMS. Personne ne les lit. Tout le monde fixe l'écran des numéros appelés, comme à la boucherie."),
    ("france_travail", "accueil_telephonique", "Conseillère en télétravail, appels planifiés. {{11h15}} : M. [[PERSONNE:Sébastien Mistral]] (oui, [[PERSONNE:Mistral]]). Identifiant confirmé : [[ID_FRANCE_TRAVAIL:9046231E]]. Il cherche dans la logistique vers {{Fos-sur-Mer}}. Dehors ça souffle, le {{mistral}} justement."),
    ("urgences", "accueil_physique", "Touriste italien, [[PERSONNE:Matteo Conti]], poignet cassé à {{Menton}}. Carte européenne n° [[IDENTIFIANT:80380000010123456789]]. Sa voiture est restée sur le parking, plaque italienne [[IMMATRICULATION:GA512XT]], il a peur de la fourrière."),
    ("caf", "accueil_physique", "Une mère, [[PERSONNE:Sabrina]], {{3 enfants}}, l'ex ne paie pas la pension. L'agente parle de l'{{ARIPA}}. Numéro allocataire retrouvé avec le nom et la date de naissance ([[DATE_NAISSANCE:30/11/1986]]) : [[N_ALLOCATAIRE:7043162]]. Nom de l'ex : [[PERSONNE:Cédric Morel]], adresse inconnue."),
    ("ccas", "accueil_physique", "Domiciliation au CCAS de {{Fréjus}}. M. [[PERSONNE:Grégory Lambert]] vient chercher son courrier : {{6 lettres}}, dont une de la {{Caf}}. L'agente tamponne le registre, n° de domiciliation [[IDENTIFIANT:DOM-2023-0412]]."),
    ("france_travail", "accueil_physique", "Pendant {{45 minutes}} j'ai regardé une conseillère dérouler le diagnostic. Mobilité, permis, garde d'enfants, santé. La personne en face répondait « ça va » à tout. À la fin la conseillère a posé son stylo : « et vraiment ? ». Là, tout est sorti."),
    ("caf", "controle_sur_place", "Contrôle à {{Gap}} chez M. [[PERSONNE:Yves Chabrand]], [[ADRESSE:2 chemin de la Justice, 05000 Gap]]. Déclare zéro revenu mais fait des chantiers. Dans la cour, un Kangoo [[IMMATRICULATION:EX-731-BP]] avec le logo « {{Chabrand Rénovation}} ». Son SIRET perso : [[IDENTIFIANT:852 417 396 00018]]."),
    ("chrs", "accueil_telephonique", "{{115}}, {{plan Grand Froid}} déclenché à {{20h}}. {{Gymnase}} ouvert à {{Avignon}}. Les écoutants enchaînent, plus de {{60 appels}} en {{2 heures}}. On ne prend plus les noms, juste le nombre de personnes et le lieu."),
    ("cpam", "controle_sur_place", "Enquête à domicile avec l'agente [[PERSONNE:Karine Santoni]], [[ADRESSE:lotissement Les Vignes, lot 12, 84200 Carpentras]]. M. [[PERSONNE:Lucien Perrin]], né à {{Carpentras}} en [[DATE_NAISSANCE:février 63]], NIR [[NIR:1 63 02 84 031 110 86]]. Déclare vivre seul. Tout est cohérent."),
    ("france_travail", "accueil_telephonique", "Un monsieur a perdu son identifiant. Pas de communication par téléphone sans vérif : nom, date de naissance, code postal. « [[PERSONNE:Ben Amor]], [[DATE_NAISSANCE:sept juin soixante-quatorze]], {{13015}} ». L'identifiant partira par courrier. Il soupire : {{10 jours}}."),
    ("caf", "accueil_physique", "Ticket {{A047}}. Mme [[PERSONNE:Radia Boukhris]] a reçu un indu de {{1 240 €}}. L'agent imprime le détail ; numéro sur l'imprimé : [[N_ALLOCATAIRE:3396204]]. Elle demande un échéancier, accepté : {{50 €}} par mois."),
    ("urgences", "accueil_telephonique", "Un homme appelle : son coloc ne répond plus, il veut savoir s'il est aux urgences. Nom : [[PERSONNE:Julien Martel]]. La secrétaire ne peut rien dire sans vérifier qui appelle. Il s'énerve, donne son prénom, [[PERSONNE:Baptiste]], et son numéro [[TELEPHONE:07 66 21 09 84]]."),
    ("caf", "accueil_telephonique", "Je réalise que le numéro d'allocataire est devenu une identité. Une dame a commencé par « [[N_ALLOCATAIRE:2850713]] » avant même bonjour. Puis : « Mme [[PERSONNE:Belaïd]] ». Dans cet ordre."),
    ("chrs", "accueil_physique", "Petit-déjeuner au CHRS {{L'Abri}}. [[PERSONNE:Ousmane]] attend sa carte de résident depuis {{14 mois}}. Il me montre le récépissé : [[IDENTIFIANT:0699512046]]. « Vous êtes de la préfecture ? Alors faites quelque chose. »"),
    ("ccas", "accueil_telephonique", "Standard du CCAS : {{70 %}} des appels sont pour autre chose (la {{Caf}}, la mairie, les impôts). L'agente réoriente avec patience. Liste scotchée sur l'écran : {{3949}}, {{3646}}, {{3939}}."),
    ("france_travail", "accueil_physique", "[[PERSONNE:Jean-Baptiste Nkoulou]], {{52 ans}}, cadre licencié d'une boîte de {{Sophia Antipolis}}. Tout est prêt : CV, lettre, tableau Excel des candidatures. L'identifiant est le nom d'un fichier sur sa clé : « [[ID_FRANCE_TRAVAIL:3368021V]].pdf ». Mail : [[EMAIL:jb.nkoulou@free.fr]]."),
    ("cpam", "accueil_physique", "Étudiante, [[PERSONNE:Clara Bensimon]], née à {{Avignon}} en [[DATE_NAISSANCE:septembre 99]]. NIR [[NIR:299098400709193]]. Elle a déménagé pour ses études : [[ADRESSE:17 rue Saint-Savournin, 13005 Marseille]]."),
    ("caf", "accueil_physique", "Deux soeurs, [[PERSONNE:Kenza]] et [[PERSONNE:Yasmine Haddouche]], viennent pour leur mère hospitalisée. Pas de procuration. L'agente ne peut rien faire mais note le numéro [[N_ALLOCATAIRE:1 488 073]] et le portable de [[PERSONNE:Kenza]] : [[TELEPHONE:06 45 77 31 02]]."),
    ("urgences", "accueil_physique", "Le panneau indique {{6 h}} d'attente. Un père avec un enfant fiévreux repart vers {{SOS Médecins}}. L'IOA me dit que c'est le bon choix, qu'elle ne peut pas le dire officiellement."),
    ("france_travail", "accueil_telephonique", "Rappel après un rendez-vous manqué. Le conseiller lit l'identifiant pour vérifier : « [[ID_FRANCE_TRAVAIL:zéro six un huit neuf quatre cinq, X]] ». Le monsieur : « non, c'est un K ». Correction : [[ID_FRANCE_TRAVAIL:0618945K]]. L'écran disait bien K, le conseiller avait mal lu."),
    ("chrs", "controle_sur_place", "Visite avec l'équipe mobile, [[ADRESSE:aire d'accueil de la Crau, emplacement 14]], {{Salon-de-Provence}}. Famille [[PERSONNE:Reinhart]], {{5 enfants}}, caravane et fourgon [[IMMATRICULATION:DF 118 ZA]]. Mme [[PERSONNE:Reinhart]] montre un courrier du {{SIAO}}."),
    ("caf", "accueil_physique", "Pour le rapport : le numéro alloc est écrit partout, enveloppes, attestations, captures d'écran. Une dame me montre {{WhatsApp}}, sa fille lui a écrit : « Maman ton numero caf c [[N_ALLOCATAIRE:4518832]] 😘 »."),
    ("cpam", "accueil_telephonique", "Appel d'un employeur ({{SARL Les Délices de Provence}}) sur l'arrêt maladie d'un salarié, M. [[PERSONNE:Saïd Benkirane]]. L'agent ne confirme rien. L'employeur insiste et lit le numéro de sécu : [[NIR:1 92 06 99 352 057 96]]. Toujours rien."),
    ("ccas", "accueil_physique", "M. [[PERSONNE:Albert Cesari]], {{74 ans}}, demande une aide pour ses lunettes. Retraite {{CARSAT}} : {{980 €}}. RIB : [[IBAN:FR76 1627 5006 0008 0214 5779 687]]. Commission dans {{15 jours}}."),
    ("france_travail", "accueil_physique", "Une agente aide un homme à se connecter à son espace. Mot de passe oublié, mail inconnu. L'adresse finit par ressortir de ses SMS : [[EMAIL:tonio.dasilva.1969@hotmail.fr]]. Identifiant [[ID_FRANCE_TRAVAIL:4723360J]]. Temps total : {{35 min}}. Pour une connexion."),
    ("urgences", "accueil_physique", "Urgences pédiatriques, {{Lenval}}, {{Nice}}. Bébé de {{8 mois}}, [[PERSONNE:Nour]], née le [[DATE_NAISSANCE:5 janvier]]. Le père donne l'adresse, [[ADRESSE:88 boulevard de la Madeleine, 06000 Nice]], et son numéro, [[TELEPHONE:06 14 72 90 38]]."),
    ("caf", "accueil_telephonique", "Appel en anglais, M. [[PERSONNE:Chinedu Okafor]]. L'agente se débrouille. Il donne le numéro en anglais : « [[N_ALLOCATAIRE:five, zero, two, seven, one, eight, nine]] ». Elle tape [[N_ALLOCATAIRE:5027189]]. Dossier trouvé."),
    ("chrs", "accueil_physique", "Entretien avec la cheffe de service, [[PERSONNE:Valérie Tosello]]. {{42 places}}, {{96 %}} d'occupation, séjour moyen {{11 mois}}. Le plus dur, dit-elle, c'est la sortie, pas l'entrée."),
    ("france_travail", "accueil_telephonique", "Plateforme {{3949}}. Attente annoncée : {{8 minutes}}. Sur l'écran des conseillers, les appels en attente en rouge : {{27}}. Personne ne le regarde, sauf moi."),
    ("caf", "accueil_physique", "Fin de matinée. Un homme très poli, [[PERSONNE:Zoran Petrović]], lit son numéro sur une carte de visite où il l'a fait imprimer : [[N_ALLOCATAIRE:6 238 451]]. L'agent n'avait jamais vu ça. Moi non plus."),
]

BATCH_4 = [
    ("caf", "controle_sur_place", "Contrôle, [[ADRESSE:12 avenue Alexandre Ansaldi, 13014 Marseille]]. Mme [[PERSONNE:Soilihi]], {{4 enfants}}. Le contrôleur compte les lits : cinq. Conforme. Elle demande un logement plus grand, il note le numéro de sa demande de logement social, [[IDENTIFIANT:013062341587]], et son portable [[TELEPHONE:06 19 84 53 27]]."),
    ("caf", "controle_sur_place", "Trajet en voiture de service entre deux contrôles, {{40 min}} de bouchons sur l'{{A50}}. Le contrôleur m'explique que {{80 %}} de ses contrôles concluent à une erreur de bonne foi, pas à une fraude. Il tient à ce que je l'écrive. Je l'écris."),
    ("caf", "controle_sur_place", "Contrôle {{RSA}} à {{Cavaillon}}, [[ADRESSE:6 cours Gambetta, 84300 Cavaillon]]. M. [[PERSONNE:Hamid Aït-Ouarab]] montre son bail, réf. locataire {{Grand Avignon Résidences}} [[IDENTIFIANT:GAR-55210-03]]. Dans la cour : [[IMMATRICULATION:BV-004-HS]], à son nom, déclarée. Dossier [[N_ALLOCATAIRE:8802416]]."),
    ("caf", "controle_sur_place", "Le contrôleur, [[PERSONNE:Mathieu Roussel]], me demande de rester dans la voiture pour le deuxième contrôle : ex-conjoint violent. J'attends {{25 minutes}}. Il revient : « c'est bon, elle voulait juste parler ». Pas un mot de plus."),
    ("caf", "controle_sur_place", "Contrôle à {{Nice}}, quartier {{Les Moulins}}, [[ADRESSE:33 boulevard Paul Montel, 06200 Nice]]. Mme [[PERSONNE:Ilona Mészáros]] n'a pas ses relevés papier, elle les montre sur l'appli de sa banque. Le contrôleur recopie l'IBAN : [[IBAN:FR76 1131 5000 0108 0045 6231 801]]."),
    ("caf", "accueil_telephonique", "Une dame appelle de {{Digne}}. Elle ne retrouve pas son numéro : « ça commence par [[N_ALLOCATAIRE:58]], après je sais plus ». Recherche par nom : [[PERSONNE:Arlette Chaix]], née le [[DATE_NAISSANCE:11 mai 1949]]. Trouvé : [[N_ALLOCATAIRE:5831066]]."),
    ("caf", "accueil_telephonique", "Un appel sur trois concerne la {{prime d'activité}}. L'agent a un raccourci clavier pour ouvrir le simulateur. « Je pourrais le faire les yeux fermés. Mais les gens, eux, c'est la première fois. »"),
    ("caf", "accueil_telephonique", "Un monsieur appelle pour sa mère sourde, Mme [[PERSONNE:Zohra Ouali]]. Il donne son propre mail pour les échanges, [[EMAIL:farid.ouali@laposte.net]], et le numéro de sa mère par paires : « [[N_ALLOCATAIRE:trente-deux, zéro un, soixante-dix-sept, quatre]] »."),
    ("caf", "accueil_telephonique", "Rappel programmé, {{14h20}}. « Bonjour Madame [[PERSONNE:Castagnino]], c'est [[PERSONNE:Élodie]], de la {{Caf des Bouches-du-Rhône}} ». Dossier [[N_ALLOCATAIRE:0915368]] à l'écran. Le {{RSA}} est rétabli. La dame dit merci six fois."),
    ("caf", "accueil_telephonique", "Arnaque : une allocataire a reçu un SMS « {{Caf}} : votre dossier est incomplet ». Elle a cliqué, donné son numéro [[N_ALLOCATAIRE:2773590]] et son IBAN [[IBAN:FR76 4255 9100 0008 0023 1876 581]]. L'agent bloque tout changement de RIB. Mme [[PERSONNE:Ghislaine Tardieu]], {{63 ans}}, a honte. Il lui dit que ça arrive à des profs, des médecins."),
    ("caf", "accueil_telephonique", "Beaucoup de silence dans cet appel. Une jeune femme, {{22 ans}}, enceinte, ne sait pas par où commencer. L'agent pose les questions une par une. Pas de numéro, elle n'a jamais eu de dossier. Quand je quitte le casque, il n'a pas encore demandé son nom."),
    ("france_travail", "accueil_physique", "Matinée inscriptions, agence de {{Toulon}} {{Mayol}}. M. [[PERSONNE:Dylan Cauvin]], {{21 ans}}. Tout se fait sur la borne, l'agent à côté. Identifiant imprimé sur un ticket thermique : [[ID_FRANCE_TRAVAIL:0142876Y]]. Le ticket s'efface avec le temps, dit l'agent, prenez-le en photo."),
    ("france_travail", "accueil_physique", "Ce qui me marque en tant que chef d'entreprise : les conseillers ne parlent presque jamais des boîtes du coin. Plateformes, formations, freins. Personne n'a cité {{Airbus Helicopters}}, {{CMA CGM}} ni les chantiers de {{La Ciotat}}, qui recrutent. À creuser avec eux."),
    ("france_travail", "accueil_physique", "La conseillère, [[PERSONNE:Hélène]], reçoit M. [[PERSONNE:Ahmad Rahimi]], {{31 ans}}, réfugié afghan. Interprète en dari au téléphone. Titre de séjour n° [[IDENTIFIANT:1301945278]]. Identifiant France Travail écrit à la main dans son carnet : [[ID_FRANCE_TRAVAIL:6630952A]]."),
    ("france_travail", "accueil_physique", "L'agent répète l'identifiant à voix haute pour toute la salle : « [[ID_FRANCE_TRAVAIL:2 4 1 9 8 0 6 U]], c'est bien ça M. [[PERSONNE:Barbier]] ? » Confidentialité zéro. Je le dirai au directeur d'agence, M. [[PERSONNE:Fournier]]."),
    ("france_travail", "accueil_physique", "Atelier « {{Rebondir après 50 ans}} », {{8 participants}}. Tour de table : [[PERSONNE:Gérard]], [[PERSONNE:Mustapha]], [[PERSONNE:Philippe]], [[PERSONNE:Ana Lúcia]], [[PERSONNE:Jean-Marc]], [[PERSONNE:Abdelkader]], [[PERSONNE:Serge]], [[PERSONNE:Thierry]]. Je retiens surtout leurs mains."),
    ("france_travail", "accueil_physique", "Une dame change de mail, l'ancien a été piraté : [[EMAIL:nathalie.roubaud@sfr.fr]] -> [[EMAIL:n.roubaud.84@gmail.com]]. Identifiant donné de mémoire, juste du premier coup : [[ID_FRANCE_TRAVAIL:4985517H]]."),
    ("france_travail", "accueil_physique", "Beaucoup lisent le numéro sur leur téléphone, écran fêlé. Mme [[PERSONNE:Kanté]] tourne le sien vers l'agent, qui plisse les yeux : « [[ID_FRANCE_TRAVAIL:3071648]]... c'est un O ou un Q ? ». Elle ne sait pas. C'était un Q : [[ID_FRANCE_TRAVAIL:3071648Q]]."),
    ("france_travail", "accueil_telephonique", "Une mère appelle pour son fils majeur. L'agente refuse de parler du dossier. « Mais je vous donne son numéro, [[ID_FRANCE_TRAVAIL:7216490D]], et sa date de naissance, le [[DATE_NAISSANCE:3 mars 2003]] ! ». Refus poli. Elle raccroche."),
    ("france_travail", "accueil_telephonique", "Brief d'équipe de {{15 minutes}} avant l'ouverture des lignes. Consignes du jour : nouveaux droits {{CEJ}}, bug sur l'attestation employeur. Quelqu'un demande quand le bug sera réglé. Personne ne sait."),
    ("france_travail", "accueil_telephonique", "« Allô, c'est pour mon actualisation. Mon numéro c'est le... attendez... [[ID_FRANCE_TRAVAIL:5507]]... [[ID_FRANCE_TRAVAIL:5507 329 F]] ». Nom : [[PERSONNE:Jessica Orsini]]. Portable : [[TELEPHONE:06 31 27 49 80]]."),
    ("france_travail", "accueil_telephonique", "Une agence d'intérim, {{Adecco}} {{Aix}}, veut joindre un candidat, M. [[PERSONNE:Nicolas Ferrand]]. Ils ont son identifiant sur le CV, [[ID_FRANCE_TRAVAIL:1193784B]]. L'agente ne donne rien."),
    ("cpam", "accueil_telephonique", "Une dame appelle pour les soins de sa mère, résidente de l'{{EHPAD Les Jardins d'Arcadie}} : Mme [[PERSONNE:Marcelle Giraud]], née le [[DATE_NAISSANCE:14 juillet 1932]]. Il manque une prescription."),
    ("cpam", "accueil_telephonique", "Le conseiller a un mur de post-it : « {{C2S}} : plafond {{9 719 €}} », « {{IJ}} : délai {{30 j}} ». Les règles changent plus vite que les post-it, dit-il."),
    ("ccas", "controle_sur_place", "Visite à domicile pour un {{FSL}}, résidence {{Pont de Bois}}, [[ADRESSE:4 rue Ernest Renan, 83130 La Garde]]. Mme [[PERSONNE:Tran]], mère seule, facture d'eau {{Veolia}} réf. [[IDENTIFIANT:VE-7731042]]. {{186 €}} de retard."),
    ("ccas", "accueil_physique", "Permanence du CCAS d'{{Arles}}. M. [[PERSONNE:Manuel Cortés]] vient pour le tarif réduit de la cantine. Il tend sa notification {{Caf}}, n° alloc [[N_ALLOCATAIRE:2154678]], quotient familial {{412}}."),
    ("chrs", "accueil_telephonique", "115 de {{Marseille}}, {{23h10}}. Un jeune homme, {{17 ans}} dit-il : mineur, l'écoutant appelle l'{{ASE}}. Nom : [[PERSONNE:Amadou Baldé]], né le [[DATE_NAISSANCE:1er janvier 2007]]. (Presque tous les mineurs isolés sont nés un {{1er janvier}}, m'explique l'écoutant.)"),
    ("chrs", "controle_sur_place", "Visite chez une ancienne résidente, Mme [[PERSONNE:Lina Haroutunian]], relogée [[ADRESSE:15 traverse de la Martine, 13012 Marseille]]. Elle a repeint elle-même. Son chat {{Pacha}} dort sur le canapé."),
    ("chrs", "accueil_physique", "[[PERSONNE:Jojo]], {{60 ans}}, ancien légionnaire, vient pour sa douche. Il appelle tout le monde « chef ». Papiers perdus : la secrétaire retrouve dans le dossier son ancien numéro de passeport, [[IDENTIFIANT:08RK61428]]."),
    ("urgences", "accueil_physique", "Urgences du {{CHU de Nice}}, site {{Pasteur}}. Accident de moto, [[PERSONNE:Rayan Bouhafs]], {{27 ans}}. Les policiers donnent la plaque pour le dossier : [[IMMATRICULATION:GE-318-MZ]]. Il veut qu'on prévienne sa copine, [[PERSONNE:Manon]] : [[TELEPHONE:07 58 62 14 33]]."),
    ("urgences", "accueil_telephonique", "L'{{EHPAD Korian Les Mimosas}} appelle : transfert de Mme [[PERSONNE:Suzanne Reboul]], {{91 ans}}. IPP déjà connu : [[IDENTIFIANT:P00781543]]. Ambulance prévue à {{16h}}."),
    ("caf", "accueil_physique", "M. [[PERSONNE:Kouassi]], arrivé d'{{Abidjan}} en {{2015}}, vient avec son cahier : toutes ses démarches notées à la date près. Numéro allocataire en haut de chaque page, [[N_ALLOCATAIRE:3650214]]. L'agente : « si tout le monde faisait comme vous... »"),
    ("caf", "accueil_physique", "{{10h50}}. Un homme crie sur l'agente, son {{RSA}} est suspendu. Le vigile s'approche. Elle ne bouge pas, baisse la voix. Ça redescend en {{3 minutes}}. Elle me dira qu'elle a fait {{12 ans}} aux urgences de la {{Conception}} avant."),
    ("caf", "accueil_physique", "Étudiante, [[PERSONNE:Maëlle Ruiz]], demande l'{{APL}} pour son studio, [[ADRESSE:8 rue Mistral, 13090 Aix-en-Provence]]. Pas encore de numéro allocataire : création en ligne avec l'agente. Mail : [[EMAIL:maelle.ruiz@etu.univ-amu.fr]]."),
    ("cpam", "accueil_telephonique", "M. [[PERSONNE:Quentin Arnaud]] appelle : sa mutuelle {{MGEN}} (adhérent n° [[IDENTIFIANT:04889123]]) ne reçoit plus les flux {{NOEMIE}}. Le conseiller réactive la télétransmission en {{2 min}}."),
]

BATCH_5 = [
    ("caf", "accueil_physique", "Pour qui a dirigé un hôpital, l'accueil de la {{Caf}} ressemble à un tri des urgences sans infirmière. L'agente, Mme [[PERSONNE:Ayari]], décide en {{30 secondes}} : guichet, rendez-vous, ou « revenez avec ». Elle m'avoue qu'elle se trompe parfois. Nous aussi."),
    ("caf", "accueil_physique", "Le distributeur de tickets propose quatre motifs : Prestations, Logement, {{RSA}}, Autre. {{90 %}} des gens appuient sur Autre. Ça dit tout."),
    ("caf", "accueil_physique", "M. [[PERSONNE:Jean-Toussaint Leca]] donne son numéro de sécu au lieu du numéro alloc : « [[NIR:1 81 04 2A 004 306 53]] ». L'agent sourit : « ça c'est la sécu ». Né à {{Ajaccio}} en [[DATE_NAISSANCE:avril 81]], il rit : « c'est le seul que je connais par coeur ». Le bon est sur son téléphone : [[N_ALLOCATAIRE:4160597]]."),
    ("caf", "accueil_physique", "Mme [[PERSONNE:Pons]], âgée, ne sait pas lire. L'agent lit le courrier à voix basse, montre du doigt. Le numéro, [[N_ALLOCATAIRE:1207754]], il le lui écrit en gros sur une enveloppe. Je trouve le geste juste."),
    ("caf", "accueil_physique", "Les langues entendues en {{1 heure}} : français, arabe, comorien, anglais, roumain, turc, russe. Sept. Aucune signalétique autre qu'en français."),
    ("caf", "accueil_physique", "Attestation d'hébergement signée par M. [[PERSONNE:Daniel Roche]], [[ADRESSE:24 rue d'Italie, 83400 Hyères]]. L'hébergé : [[PERSONNE:Nabil Chergui]], n° alloc [[N_ALLOCATAIRE:6644185]]. Copie de la carte d'identité de l'hébergeur, n° [[IDENTIFIANT:170583201456]]."),
    ("caf", "accueil_telephonique", "« Votre numéro d'allocataire ? » - « attendez je cherche » (papiers froissés, {{45 secondes}}) - « [[N_ALLOCATAIRE:sept, zéro, quatre, neuf, un, un, trois]]. Non pardon : [[N_ALLOCATAIRE:sept, zéro, quatre, neuf, un, trois, un]] ». L'agente attend sans soupirer. Je soupire pour elle."),
    ("caf", "accueil_telephonique", "M. [[PERSONNE:Ibrahima Fofana]] veut déclarer son mariage. L'épouse : [[PERSONNE:Awa Cissé]], née le [[DATE_NAISSANCE:19/04/1994]] à {{Bamako}}. Pas encore de numéro de sécu. L'agent explique la suite, pièce par pièce."),
    ("caf", "accueil_telephonique", "Pendant les appels, l'agente griffonne sur un bloc : des flèches, des montants ({{612 €}}, {{187,45 €}}), des cases. Jamais de nom. C'est volontaire : « je jette le bloc le soir, mais au cas où »."),
    ("caf", "accueil_telephonique", "Un monsieur appelle de {{Briançon}}, la neige l'a empêché de venir. Il dicte son numéro par paquets : « [[N_ALLOCATAIRE:soixante et un, quarante-huit, vingt-deux, cinq]] ». Adresse pour renvoyer le formulaire : [[ADRESSE:hameau du Villard, 05100 Briançon]]."),
    ("caf", "controle_sur_place", "Contrôle à {{Orange}} chez Mme [[PERSONNE:Bernadette Coste]], [[ADRESSE:3 impasse du Moulin, 84100 Orange]]. Elle héberge son petit-fils, [[PERSONNE:Kylian]], {{19 ans}}, qui a arrêté ses études. Il faut le déclarer. Le contrôleur remplit le formulaire avec elle. Elle signe au stylo-plume."),
    ("caf", "controle_sur_place", "Contrôle de ressources d'un auto-entrepreneur VTC, M. [[PERSONNE:Dimitri Kovalenko]]. Voiture [[IMMATRICULATION:GN-560-JS]], SIRET perso [[IDENTIFIANT:901 233 457 00014]]. Le contrôleur reconstitue le chiffre d'affaires mois par mois avec les relevés {{Uber}}. {{2 h}} de travail."),
    ("france_travail", "accueil_physique", "Un jeune, [[PERSONNE:Wassim]], veut un {{permis B}} financé. La conseillère regarde son {{CPF}} : {{0 €}}. Identifiant tapé : [[ID_FRANCE_TRAVAIL:8391026R]]. Elle monte un dossier d'aide. Il repart avec de l'espoir, c'est déjà ça."),
    ("france_travail", "accueil_physique", "L'agence ressemble à une banque de {{2005}}. Plantes artificielles, écran d'offres en boucle : cariste, aide à domicile, serveur. La saison arrive. Les gens lisent les offres comme les résultats du loto."),
    ("france_travail", "accueil_physique", "Rendez-vous de suivi. La conseillère, Mme [[PERSONNE:Benhamou]], lit le dossier à voix haute : « Madame [[PERSONNE:Lucia Moretti]], identifiant [[ID_FRANCE_TRAVAIL:1570482K]], inscrite depuis le {{12 octobre}} ». Je n'entends pas la suite, la porte se ferme."),
    ("france_travail", "accueil_physique", "M. [[PERSONNE:Hervé Lacroix]] donne son identifiant avec un zéro de trop : « [[ID_FRANCE_TRAVAIL:05123309P]] ». L'agent : « il y a {{7 chiffres}}, pas huit ». Il recompte : [[ID_FRANCE_TRAVAIL:5123309P]]."),
    ("france_travail", "accueil_physique", "Une femme en fauteuil, [[PERSONNE:Aurélie Besson]], {{RQTH}}, suivie par {{Cap emploi}}. La rampe de l'agence ne marche pas, l'agent descend la recevoir dans le hall. Dossier {{MDPH}} n° [[IDENTIFIANT:13-2021-048823]], identifiant [[ID_FRANCE_TRAVAIL:2093518T]]."),
    ("france_travail", "accueil_telephonique", "Un monsieur de {{66 ans}}, né en [[DATE_NAISSANCE:cinquante-huit]], veut s'inscrire avant la retraite. Il ne comprend pas « identifiant ». L'agent dit « votre numéro ». « Ah, mon numéro ! [[ID_FRANCE_TRAVAIL:0277134 S]], S comme {{serpent}}. »"),
    ("france_travail", "accueil_telephonique", "Au casque : « Je vous envoie le lien par mail, c'est bien [[EMAIL:karim.benz13 arobase gmail point com]] ? ». Oui. Identifiant lu à l'écran : [[ID_FRANCE_TRAVAIL:3408217M]]."),
    ("france_travail", "accueil_telephonique", "Appels de {{13h30}} à {{15h}} : dix-neuf. Actualisation, paiement, radiation, autre. La conseillère tient ses stats à la main sur un carnet, « pour moi »."),
    ("france_travail", "accueil_telephonique", "Un employeur de {{Manosque}}, {{L'Occitane}}, cherche des saisonniers. Interlocutrice : Mme [[PERSONNE:Mireille Arnaud]], RH, ligne directe [[TELEPHONE:04 92 70 19 32]], mail [[EMAIL:mireille.arnaud@rh-provence.fr]]. Offre n° {{179KFLT}}."),
    ("cpam", "accueil_physique", "Mme [[PERSONNE:Nathalie Técher]], née à {{Saint-Denis}} de {{La Réunion}} en [[DATE_NAISSANCE:février 1990]], installée à {{Toulon}} depuis un an. NIR : [[NIR:2 90 02 974 11 145 22]]. Elle rattache ses deux enfants à sa carte."),
    ("cpam", "accueil_physique", "M. [[PERSONNE:Jonathan Lévy]] demande pourquoi ses {{IJ}} ne tombent pas. Il manque l'attestation de salaire de l'employeur. L'agent en profite pour mettre à jour son RIB : [[IBAN:FR76 1751 5900 0008 1234 5611 038]]."),
    ("cpam", "controle_sur_place", "Visite à domicile d'un conseiller {{PFIDASS}} (renoncement aux soins) chez Mme [[PERSONNE:Odette Bonnaud]], [[ADRESSE:7 place du Marché, 04300 Forcalquier]]. Pas de dentiste depuis {{11 ans}}. Il prend rendez-vous au centre de santé pour elle, devant moi."),
    ("cpam", "controle_sur_place", "Deuxième visite : personne, volets fermés. Avis de passage dans la boîte. La moitié des visites se passent comme ça, dit le conseiller. {{1 h}} de route pour rien."),
    ("ccas", "accueil_physique", "CCAS de {{La Seyne-sur-Mer}}. M. [[PERSONNE:Rosario Ingrassia]] veut un bon pour sa facture de gaz, {{ENGIE}}, réf. client [[IDENTIFIANT:300014256871]]. Il paie en liquide d'habitude, cette fois il n'a plus rien."),
    ("ccas", "accueil_physique", "Aides facultatives : la commission de mardi a étudié {{37 dossiers}}, {{29 accords}}, montant moyen {{150 €}}. Qui décide ? L'adjointe aux affaires sociales et deux agents."),
    ("ccas", "accueil_telephonique", "Un monsieur appelle pour sa voisine, Mme [[PERSONNE:Paulette Barthélemy]], qui ne répond plus, [[ADRESSE:11 rue des Tanneurs, 84000 Avignon]]. Lui : M. [[PERSONNE:Serge Aubanel]], [[TELEPHONE:04 90 86 42 17]]. L'agente appelle les {{pompiers}} sur l'autre ligne."),
    ("chrs", "accueil_telephonique", "{{115}} du {{Vaucluse}}. Une femme et son bébé à la gare d'{{Avignon TGV}}. Elle donne son numéro, [[TELEPHONE:07 52 18 66 04]], et le prénom du bébé, [[PERSONNE:Aya]]. Pas le sien. Place trouvée à {{Carpentras}}."),
    ("chrs", "accueil_telephonique", "L'écoutante de nuit a un tableau {{Excel}} des places. Ce soir : zéro partout. Elle tape « RAS » dans la colonne commentaires. Moi je lirais RAS comme « tout va bien »."),
    ("chrs", "controle_sur_place", "Appartement relais, [[ADRESSE:2 rue Vincent Scotto, 13001 Marseille]]. Colocation de {{3 hommes}} : [[PERSONNE:Abdel]], [[PERSONNE:Sylvain]] et [[PERSONNE:Kofi]]. Conflit sur la vaisselle. L'éducateur arbitre comme un père."),
    ("chrs", "controle_sur_place", "Visite chez Mme [[PERSONNE:Agnieszka Nowak]], [[ADRESSE:9 avenue des Arènes, 83600 Fréjus]], suivie depuis sa sortie du CHRS. Expulsion en cours, RG [[IDENTIFIANT:23/01874]]. L'éducatrice l'aide à remplir l'aide juridictionnelle."),
    ("chrs", "accueil_physique", "Un résident, [[PERSONNE:Francky]], me montre son Insta : [[IDENTIFIANT:@francky_du_13]]. Il rappe. Il me fait écouter un morceau sur {{Noailles}}. C'est bien."),
    ("urgences", "accueil_physique", "Urgences d'{{Aix}}. Femme enceinte, [[PERSONNE:Laura Gomez]], née le [[DATE_NAISSANCE:8 décembre 1997]], IPP [[IDENTIFIANT:AX0078453]]. Son conjoint, [[PERSONNE:Sami]], a garé la voiture [[IMMATRICULATION:FW-271-CE]] sur la place ambulance. On lui demande de la bouger."),
    ("urgences", "accueil_telephonique", "Un gendarme de {{Sisteron}} appelle pour un accidenté de la route, M. [[PERSONNE:Guy Reynaud]], véhicule [[IMMATRICULATION:4521 VX 04]] (ancienne plaque). Il veut savoir s'il est sorti du bloc. Pas au téléphone."),
]

BATCH_6 = [
    ("caf", "accueil_physique", "M. [[PERSONNE:Lucien Rose]] apporte un bouquet de {{mimosa}} pour l'agente, c'est la saison. Changement de RIB : [[IBAN:FR76 3006 6109 4700 0102 3380 151]], dossier [[N_ALLOCATAIRE:2096433]]. Elle met le mimosa dans un gobelet."),
    ("caf", "accueil_physique", "{{11h40}}, LE RÉSEAU TOMBE. Plus d'accès aux dossiers pendant {{20 minutes}}. Les agents continuent à la main, notent sur papier, promettent de rappeler. Personne ne part. J'ai vu des entreprises s'arrêter pour moins."),
    ("caf", "accueil_physique", "Mère de {{4 enfants}}, Mme [[PERSONNE:Houria Mansouri]], vient déclarer la naissance du dernier, [[PERSONNE:Ilyes]], né le [[DATE_NAISSANCE:28 février]]. Acte de la mairie du {{3e}}. N° alloc : [[N_ALLOCATAIRE:1 7 3 0 9 4 2]], qu'elle récite en chantonnant."),
    ("caf", "accueil_physique", "Je voulais un portrait, je repars avec des fragments. Un numéro ([[N_ALLOCATAIRE:5290016]]), une dame qui s'excuse d'exister, un agent qui lui dit « vous avez le droit ». Je ne mettrai pas son nom dans le papier. Je ne l'ai pas demandé."),
    ("caf", "accueil_physique", "[[PERSONNE:Nassim]] vient pour sa première {{APL}}, une coloc au [[ADRESSE:45 avenue de Luminy, 13009 Marseille]]. Le proprio, M. [[PERSONNE:Agopian]], n'a pas rempli l'attestation. Retour à la case départ."),
    ("caf", "accueil_physique", "Deux agents discutent d'un cas devant moi : « le [[N_ALLOCATAIRE:3384102]], tu te souviens ? la dame de {{Septèmes}} ? ». Ils parlent en numéros comme nous parlons en numéros de chambre à l'hôpital."),
    ("caf", "accueil_telephonique", "Un travailleur social de la {{MDS}} de {{Vitrolles}} appelle pour une famille, Mme [[PERSONNE:Bouchra El Idrissi]]. Numéro : « [[N_ALLOCATAIRE:6 3 0 2 8 1 4]] ». Il laisse son mail : [[EMAIL:t.garnier@departement13.fr]]."),
    ("caf", "accueil_telephonique", "Un retraité, M. [[PERSONNE:Raymond Bellon]], appelle parce qu'il touche encore l'{{APL}} d'un appartement qu'il a quitté : « c'est pas honnête ». L'agente est presque surprise. Dossier [[N_ALLOCATAIRE:0862731]]. Nouvelle adresse : [[ADRESSE:1 rue Pasteur, 84110 Vaison-la-Romaine]]."),
    ("caf", "accueil_telephonique", "Ce que j'apprends au casque : la moitié du travail consiste à dire « je comprends » sans rien promettre. L'autre moitié, à trouver le bon formulaire. Le numéro d'allocataire revient {{une dizaine de fois}} par heure."),
    ("caf", "accueil_telephonique", "« Je vous épelle : [[PERSONNE:B-O-U-A-Z-I-Z]] ». L'agente : « [[PERSONNE:Bouaziz]], prénom ? » - « [[PERSONNE:Meriem]] ». Numéro retrouvé, [[N_ALLOCATAIRE:4401987]]. Portable mis à jour : [[TELEPHONE:+33 7 69 02 55 14]]."),
    ("caf", "controle_sur_place", "Contrôle chez M. [[PERSONNE:Vincent Ortiz]], [[ADRESSE:21 avenue Saint-Exupéry, 06800 Cagnes-sur-Mer]]. Dans le jardin, un camping-car [[IMMATRICULATION:AZ-887-QF]] où vit sa fille majeure, [[PERSONNE:Laurine]]. Logement séparé ou pas ? Le contrôleur hésite, appelle son chef."),
    ("caf", "controle_sur_place", "Fin de tournée. Le contrôleur saisit ses rapports dans la voiture, parking d'un {{Lidl}}. {{3 contrôles}}, zéro fraude, un rappel de droits de {{214 €}} en faveur de l'allocataire. « Ça aussi c'est du contrôle. »"),
    ("france_travail", "accueil_physique", "Une dame arrive avec un doute : l'identifiant de sa convocation, [[ID_FRANCE_TRAVAIL:7408135L]], n'est pas celui de sa carte, [[ID_FRANCE_TRAVAIL:7408153L]]. L'agente vérifie : la carte date d'une ancienne inscription. Mme [[PERSONNE:Sylvie Gauthier]] repart soulagée."),
    ("france_travail", "accueil_physique", "Première fois de ma vie dans une agence France Travail. J'ai {{58 ans}}, je travaille en préfecture depuis trente ans, je n'ai jamais été inscrite nulle part. Je le note parce que c'est sans doute la vérité de beaucoup de ceux qui décident."),
    ("france_travail", "accueil_physique", "Un couple, tous les deux inscrits. Lui : [[PERSONNE:Sergio]], [[ID_FRANCE_TRAVAIL:2651047B]]. Elle : [[PERSONNE:Marisol]], [[ID_FRANCE_TRAVAIL:2651048C]]. Inscrits le même jour, numéros qui se suivent. La conseillère : « vous êtes jumeaux administratifs »."),
    ("france_travail", "accueil_physique", "Un homme sans téléphone ni mail. La conseillère lui crée une adresse : [[EMAIL:bernard.cayol04@gmail.com]]. Mot de passe sur un post-it qu'il glisse dans son portefeuille, avec l'identifiant [[ID_FRANCE_TRAVAIL:9520374Q]]. {{61 ans}}. M. [[PERSONNE:Cayol]] dit qu'il ne l'ouvrira jamais."),
    ("france_travail", "accueil_physique", "Entretien d'embauche simulé, le conseiller joue un recruteur de {{Decathlon}}. La candidate, [[PERSONNE:Maéva]], bafouille puis se lance. Il lui demande son numéro « pour la rappeler » : « [[TELEPHONE:zéro sept, trente-huit, onze, soixante-deux, quatre-vingt-dix-neuf]] ». C'est pour de faux, le numéro est vrai."),
    ("france_travail", "accueil_telephonique", "L'agente rappelle M. [[PERSONNE:Xavier Dumas]] : « je vous confirme votre identifiant, [[ID_FRANCE_TRAVAIL:zéro quatre, cinq six sept, huit neuf, lettre A]] ». « C'est ça. » Son RIB pour l'{{ARE}} était faux, le nouveau : [[IBAN:FR76 1250 6200 8256 1840 3721 931]]."),
    ("france_travail", "accueil_telephonique", "Appel de {{22 minutes}} avec une femme qui veut juste qu'on l'écoute. Elle ne donne pas son identifiant, l'agente ne le demande pas. « Merci, ça m'a fait du bien. » L'agente coche « autre » dans l'outil."),
    ("france_travail", "accueil_telephonique", "Identification : nom, prénom, date de naissance. « [[PERSONNE:Meunier]]. [[PERSONNE:Stéphanie]]. Le [[DATE_NAISSANCE:9 du 9 80]]. » L'agente retrouve [[ID_FRANCE_TRAVAIL:4370165H]] et passe à l'actualisation."),
    ("france_travail", "accueil_telephonique", "Un jeune de {{Gap}} : « [[PERSONNE:Enzo Faure]], mon numéro c'est [[ID_FRANCE_TRAVAIL:0388912]]... la lettre je sais pas ». L'agent voit la lettre à l'écran mais ne la dit pas : il pose une question de contrôle (code postal : {{05000}})."),
    ("ccas", "accueil_physique", "Registre des personnes vulnérables. Mme [[PERSONNE:Marie-Thérèse Olive]], née le [[DATE_NAISSANCE:3 juin 1938]], [[ADRESSE:6 rue des Pénitents Blancs, 06300 Nice]]. Fixe : [[TELEPHONE:04 93 62 18 77]]. Personne à prévenir : son neveu, [[PERSONNE:Alain]]."),
    ("ccas", "accueil_physique", "La salle d'attente du CCAS est aussi celle de l'état civil. Un couple de jeunes mariés sort en riant pendant qu'une dame attend un bon alimentaire. Personne ne semble le remarquer, sauf moi."),
    ("ccas", "accueil_telephonique", "Le CCAS de {{Cannes}} appelle le {{SIAO}} pour un monsieur à la rue, M. [[PERSONNE:Kamel Saïdi]]. L'agente lit le numéro de sa demande : [[IDENTIFIANT:SIAO06-2024-003318]]. Rien avant {{jeudi}}."),
    ("ccas", "controle_sur_place", "Visite avant une aide pour un appareil auditif. M. [[PERSONNE:Hubert Jourdan]], [[ADRESSE:route de Noyers, quartier Le Plan, 04200 Sisteron]]. Il entend mal, je répète tout deux fois. Son RIB : [[IBAN:FR76 1831 5100 0008 0174 4320 805]]."),
    ("ccas", "controle_sur_place", "Deux visites, deux appartements impeccables, deux frigos vides. L'agente : la propreté, c'est souvent ce qui reste quand il ne reste rien."),
    ("chrs", "accueil_physique", "Atelier cuisine. [[PERSONNE:Fatoumata]] fait un mafé, [[PERSONNE:Viorel]] des sarmale, [[PERSONNE:Josiane]] une tarte aux pommes. L'éducatrice, [[PERSONNE:Claire]], note les recettes pour un livret."),
    ("chrs", "accueil_physique", "Admission en urgence, {{23h}}. M. [[PERSONNE:Hakim Benaïssa]] sort des {{Baumettes}}, billet de sortie à la main, n° d'écrou [[IDENTIFIANT:158742]]. Né le [[DATE_NAISSANCE:2 novembre 1984]]. Il n'a rien mangé depuis midi."),
    ("chrs", "accueil_telephonique", "Le {{115}} rappelle Mme [[PERSONNE:Aminata Koné]] : une place s'est libérée. Pas de réponse. L'écoutant laisse un message au [[TELEPHONE:07 45 30 88 21]]. Dans une heure, la place ira au suivant."),
    ("chrs", "controle_sur_place", "Visite chez un ancien résident, [[PERSONNE:Patrick]], dit « [[PERSONNE:Pat]] », [[ADRESSE:31 rue Paradis, 13001 Marseille]], {{5e étage}} sans ascenseur. {{70 ans}}. Il n'est pas descendu depuis {{10 jours}}."),
    ("cpam", "accueil_physique", "Mme [[PERSONNE:Khadija Amrani]], née à {{Casablanca}} en [[DATE_NAISSANCE:octobre 1983]]. NIR [[NIR:2 83 10 99 350 044 42]]. Demande de {{carte Vitale}} : l'agent prend la photo au guichet, sur fond blanc."),
    ("cpam", "accueil_telephonique", "M. [[PERSONNE:Duarte]], né au {{Portugal}}, NIR [[NIR:169089913902118]], veut savoir pourquoi sa pension d'invalidité a baissé. Le conseiller n'a pas la réponse, transfert au service invalidité."),
    ("cpam", "accueil_telephonique", "Double écoute {{3646}}. La superviseuse me dit que le plus dur, ce sont les appels de deuil : prévenir la {{CPAM}} d'un décès. Aucun aujourd'hui. Tant mieux."),
    ("cpam", "controle_sur_place", "Contrôle d'arrêt maladie, M. [[PERSONNE:Cédric Bonnet]], [[ADRESSE:14 chemin de la Colle, 06140 Vence]]. Absent pendant les heures de présence obligatoire. Sa voiture, [[IMMATRICULATION:ED-640-TN]] d'après le dossier, n'est pas là non plus. Constat d'absence."),
]

BATCH_7 = [
    ("caf", "accueil_physique", "Mme [[PERSONNE:Soumaya Attoumani]], née aux {{Comores}} en [[DATE_NAISSANCE:décembre 1978]], première demande de {{RSA}}. L'agente saisit le NIR : [[NIR:2 78 12 99 397 012 08]]. RIB {{La Banque Postale}} : [[IBAN:FR28 2004 1010 0804 3215 7K02 135]]. Numéro allocataire créé : [[N_ALLOCATAIRE:7125590]]."),
    ("caf", "accueil_physique", "Un Belge, [[PERSONNE:Wouter Janssens]], installé à {{Cassis}}, veut l'{{APL}} sur son compte belge : [[IBAN:BE14 0631 2345 6783]]. L'agent vérifie si c'est possible. Ça l'est, zone {{SEPA}}."),
    ("caf", "accueil_physique", "Midi. Les agents déjeunent en salle de pause, {{30 minutes}}, et parlent de tout sauf du travail : le match de l'{{OM}}, les vacances, le prix de l'essence. Je comprends que c'est vital."),
    ("caf", "accueil_physique", "Une agente me montre comment retrouver un dossier quand l'allocataire n'a rien : nom + date de naissance + commune. Essai : Mme [[PERSONNE:Lina Ferreira-Costa]], [[DATE_NAISSANCE:1/7/88]], {{Istres}}. Trois résultats. C'est le portable, [[TELEPHONE:06 80 52 17 43]], qui tranche : [[N_ALLOCATAIRE:3047761]]."),
    ("caf", "accueil_physique", "Un monsieur très en colère repart sans avoir donné son nom. L'agent : « je le connais, il reviendra demain, il revient toujours ». Je demande comment il s'appelle. Il hésite : « on dit pas ». Je respecte."),
    ("caf", "accueil_physique", "Dernière personne avant la fermeture, {{16h25}}. [[PERSONNE:Bintou Keïta]], étudiante à {{Avignon Université}}, a-t-elle droit à l'{{APL}} en résidence {{CROUS}} ? Oui. Numéro allocataire : [[N_ALLOCATAIRE:8 001 274]]. Elle tape elle-même son mail sur la tablette : [[EMAIL:bintou.keita@alumni.univ-avignon.fr]]."),
    ("caf", "accueil_telephonique", "Mauvaise ligne. La dame lit : « [[N_ALLOCATAIRE:deux cinq cinq zéro trois neuf huit]] ». L'agent : « cinq cinq ou cinq neuf ? » - « cinq cinq ». Trouvé, [[N_ALLOCATAIRE:2550398]], Mme [[PERSONNE:Ruggieri]]."),
    ("caf", "accueil_telephonique", "Le bailleur {{13 Habitat}} appelle pour un tiers payant : locataire M. [[PERSONNE:Oumar Diop]], réf. bail [[IDENTIFIANT:13H-204-77815]], allocataire [[N_ALLOCATAIRE:4790023]]. L'agente vérifie ce que le bailleur a le droit de savoir. Pas tout."),
    ("caf", "accueil_telephonique", "L'agent raccroche et souffle : un appel « facile ». Moi j'ai trouvé ça dur, une expulsion, trois enfants, {{un mois}} de délai. Sa définition de facile : il existe une solution."),
    ("caf", "controle_sur_place", "Contrôle à {{Arles}}, [[ADRESSE:17 rue de la Roquette, 13200 Arles]]. [[PERSONNE:Killian Fabre]], né à Arles en [[DATE_NAISSANCE:mai 2002]], déclare vivre seul. NIR vérifié : [[NIR:1 02 05 13 004 219 18]]. Sa mère habite en face, il mange chez elle. Ça ne change rien au dossier."),
    ("caf", "controle_sur_place", "Mme [[PERSONNE:Ioana Munteanu]] dit passer {{3 mois}} par an en {{Roumanie}}. Le contrôleur épluche les relevés : retraits à {{Iași}} en juillet-août. Compte français, [[IBAN:FR76 1350 7000 9031 0216 7890 487]]. Adresse du contrôle : [[ADRESSE:22 boulevard de Strasbourg, 83000 Toulon]]."),
    ("france_travail", "accueil_physique", "La conseillère ne dit jamais le nom à voix haute dans l'open space, juste monsieur, madame. Sauf pour appeler le suivant : « M. [[PERSONNE:Ben Youssef]] ? ». Une fois assis, il n'est plus qu'un identifiant à l'écran, [[ID_FRANCE_TRAVAIL:8014562W]]."),
    ("france_travail", "accueil_physique", "[[PERSONNE:Lorenzo Pianetti]] veut une formation de cuisinier au {{GRETA}} de {{Nice}}. Passeport italien [[IDENTIFIANT:YA4178520]]. Identifiant : « [[ID_FRANCE_TRAVAIL:un neuf zéro six quatre quatre deux, V]] »."),
    ("france_travail", "accueil_physique", "Les conseillers ont un mot pour ceux qu'ils ne voient plus : « perdus de vue ». Comme à l'hôpital. Je ne sais pas si c'est rassurant."),
    ("france_travail", "accueil_physique", "Chômeur depuis {{3 ans}}, [[PERSONNE:Christian Audibert]], ancien chauffeur. Permis suspendu, sa voiture, [[IMMATRICULATION:CK-452-NB]], dort au garage. Identifiant [[ID_FRANCE_TRAVAIL:0461827J]]. La conseillère propose un bilan de compétences."),
    ("france_travail", "accueil_telephonique", "« Mon numéro ? Ma femme l'a dans son téléphone... [[PERSONNE:Chantal]] ! ... Elle dit [[ID_FRANCE_TRAVAIL:6 2 7 3 0 5 1 N]] ». L'agente : « N comme {{Nice}} ? » - « voilà ». M. [[PERSONNE:Grimaldi]] est content de lui."),
    ("france_travail", "accueil_telephonique", "Une dame appelle de {{Tunisie}} pour suspendre son inscription un mois. Numéro : [[TELEPHONE:+216 98 442 170]]. Identifiant : [[ID_FRANCE_TRAVAIL:3958207C]]. L'agente lui explique la démarche."),
    ("france_travail", "accueil_telephonique", "Un demandeur sourd passe par le relais {{Acceo}}. L'interprète transmet : « M. [[PERSONNE:Fabien Lopez]], identifiant [[ID_FRANCE_TRAVAIL:7740326G]], mail [[EMAIL:fabien.lopez.06@outlook.fr]] ». Il veut un rendez-vous avec un interprète {{LSF}}."),
    ("ccas", "accueil_physique", "Mme [[PERSONNE:Thi Hoa Pham]], {{79 ans}}, montre sa carte de résident, n° [[IDENTIFIANT:0601823557]]. Son fils, [[PERSONNE:Minh]], traduit. Adresse : [[ADRESSE:5 rue Bonaparte, 06300 Nice]]. Dossier d'aide ménagère rempli en {{25 min}}."),
    ("ccas", "accueil_telephonique", "Une bénévole des {{Restos du Coeur}} de {{Digne}} appelle : Mme [[PERSONNE:Yvette Allègre]] n'a plus rien depuis {{une semaine}}. Tél de la bénévole : [[TELEPHONE:06 07 33 81 54]]. Rendez-vous fixé à {{9h}} demain."),
    ("ccas", "controle_sur_place", "Visite chez M. [[PERSONNE:Hassan Derbal]], [[ADRESSE:14 avenue Pierre Fraysse, 83500 La Seyne-sur-Mer]]. Moisissures partout, son fils est asthmatique. L'agente prend des photos pour le service {{hygiène}}. Bailleur {{Var Habitat}}, réf. [[IDENTIFIANT:VH-3310872]]."),
    ("chrs", "accueil_physique", "Réunion d'équipe, {{14h}}. {{9 professionnels}}, {{40 résidents}} à évoquer, {{4 minutes}} par personne. On parle vite, on rit parfois, on se tait une fois. Je ne saurai pas pourquoi."),
    ("chrs", "accueil_telephonique", "115 : une femme appelle pour son frère, [[PERSONNE:Bruno Ceccaldi]], qui dort dans sa voiture à {{Bandol}}, plaque [[IMMATRICULATION:DL-905-WX]]. L'écoutant transmet à la maraude. Elle : [[PERSONNE:Marie-Pierre]], [[TELEPHONE:06 52 41 87 09]]."),
    ("chrs", "accueil_telephonique", "Je demande à l'écoutant combien de demandes restent sans solution ce soir. Il regarde l'écran : « {{34}} sur {{51}} ». Puis : « et c'est un bon soir »."),
    ("chrs", "controle_sur_place", "Visite chez Mme [[PERSONNE:Nadège Coulibaly]], [[ADRESSE:18 rue Roux de Brignoles, 13006 Marseille]], sortie du CHRS il y a {{6 mois}}. Ménage de nuit chez {{Onet}}. Pour la première fois, un livret d'épargne : RIB [[IBAN:FR76 1090 7000 0170 2193 8451 179]]. Elle me le montre, fière."),
    ("chrs", "controle_sur_place", "Visite annulée : la résidente a trouvé un travail et n'est pas là. L'éducateur est ravi. Café au bar du coin, {{1,20 €}}."),
    ("cpam", "accueil_physique", "Mme [[PERSONNE:Émilie Girard]], née à {{Digne-les-Bains}} en [[DATE_NAISSANCE:juin 1995]], NIR [[NIR:2 95 06 04 070 038 79]], vient pour son {{congé maternité}}. Déclaration de grossesse faite, il manquait juste l'attestation employeur."),
    ("cpam", "accueil_physique", "M. [[PERSONNE:Thomas Vial]] demande le remboursement de soins reçus en {{Belgique}}. RIB belge : [[IBAN:BE78 3100 9876 5486]]. Facture de l'hôpital, n° [[IDENTIFIANT:HUB-2024-118735]]."),
    ("cpam", "accueil_telephonique", "M. [[PERSONNE:Anthony Rizzo]], né à {{Fréjus}} en [[DATE_NAISSANCE:décembre 97]], donne son NIR pour une attestation : [[NIR:1 97 12 83 061 095 50]]. Envoyée par mail à [[EMAIL:anthony.rizzo83@gmail.com]]."),
    ("cpam", "controle_sur_place", "Visite à domicile chez Mme [[PERSONNE:Dominique Santucci]], née à {{Bastia}} en [[DATE_NAISSANCE:mai 71]], [[ADRESSE:8 rue Émile Zola, 05000 Gap]]. NIR [[NIR:2 71 05 2B 033 154 12]]. Le conseiller l'aide à remplir la {{C2S}}."),
    ("urgences", "accueil_physique", "Urgences de l'{{hôpital Nord}}. [[PERSONNE:Sonia Belhadj]], née à {{Nice}} en [[DATE_NAISSANCE:mars 1987]], coupure profonde à la main. Pas de {{carte Vitale}}, mais elle récite son numéro d'une traite : [[NIR:287030608841237]]. L'agent d'accueil est impressionné."),
    ("urgences", "accueil_physique", "{{4h du matin}}. Calme relatif. Un agent de sécurité, un homme endormi sur les chaises, une mère qui attend les résultats de son fils. L'IOA : « c'est l'heure où on entend la ventilation »."),
    ("urgences", "accueil_telephonique", "Le Dr [[PERSONNE:Lévêque]], médecin traitant, adresse une patiente, Mme [[PERSONNE:Geneviève Maurin]], {{84 ans}}. Ligne directe [[TELEPHONE:04 90 63 28 15]]. Date de naissance de la patiente : le [[DATE_NAISSANCE:30 avril 40]]."),
    ("urgences", "accueil_telephonique", "Un homme appelle : sa voiture, garée devant l'entrée cette nuit quand il a amené sa femme, a disparu. Plaque « [[IMMATRICULATION:fh-206-lp]] », notée en minuscules par la standardiste. La standardiste donne le numéro de la fourrière. Sa femme, Mme [[PERSONNE:Vasquez]], est toujours en observation."),
]
# --- end of notes ---
# fmt: on

NOTES = BATCH_1 + BATCH_2 + BATCH_3 + BATCH_4 + BATCH_5 + BATCH_6 + BATCH_7

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks from ``marked``; return (text, entities, keep)."""
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
    if "[[" in text or "{{" in text or "]]" in text or "}}" in text:
        raise ValueError(f"unbalanced mark in {marked!r}")
    return text, entities, keep


def build():
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


def main():
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
