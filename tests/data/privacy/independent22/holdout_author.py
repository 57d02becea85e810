"""Independent evaluation corpus n° 22: hand-written observation notes and their JSONL export.

Each note is typed as ``(site_kind, channel, text)``. In ``text``, ``[[CODE:value]]`` marks a
span to mask and ``{{value}}`` marks a string to keep. Running this file strips the marks,
computes the offsets, numbers the notes, splits them into two halves and writes ``dev.jsonl``
and ``holdout.jsonl`` next to it. It writes nothing if any note or the split is faulty.

Usage: python holdout_author.py
"""

import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ID_PREFIX = "ind22"
SEED = 22_2026
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
MARK_RE = re.compile(r"\[\[([^\[\]:]*):(.*?)\]\]|\{\{(.*?)\}\}", re.DOTALL)
STRAY = ("[[", "]]", "{{", "}}")

# fmt: off
NOTES = [
    # ---- caf / accueil_physique (14)
    ("caf", "accueil_physique", "{{9h10}} ouverture, deja {{23 pers}} dehors. Ticket {{A047}} : Mme [[P:Rossignol]], vient pr sa {{prime d'activité}} coupée. Elle bosse a l'usine {{Rossignol}} de {{Sallanches}} depuis {{janvier}} (aucun lien avec la marque, elle rigole). Agent [[P:Gaëtan]] voit que les ressources du trimestre sont pas declarees."),
    ("caf", "accueil_physique", "Mr [[P:Olivier]] (c'est son nom de famille !) veut une attestation {{APL}} pour le bailleur {{Néotoa}}. {{4 min}}, imprimée au guichet. Il en profite pour demander si sa fille [[P:Olive]], étudiante a {{Nantes}}, peut avoir l'APL aussi. '[[P:Olive]], [[P:Olivier]], on aime les arbres chez nous' 😄"),
    ("caf", "accueil_physique", "ecran {{CAF}} recopié vite :\nNOM [[P:MARCHAND]]\nPRENOM [[P:AVRIL]]\nN° ALLOC [[ALLOC:2814736]]\nSITUATION isolée {{2 enf}}\nDROITS {{RSA}} / {{ASF}} / {{APL}}\nprochain rdv {{12 avril}}\n→ elle s'appelle [[P:Avril]] et son rdv tombe en {{avril}}, l'agente l'a pas fait exprès"),
    ("caf", "accueil_physique", "- vous avez le nom de l'agent qui vous a eu au tel ?\n- une dame, [[P:Violette]] je crois\n- ah [[P:Violette]], c'est ma collègue oui 😅\nLa dame porte un {{gilet violet}}, coincidence. Elle repart avec la liste des pieces pour l'{{AAH}}, a deposer a la {{MDPH}}."),
    ("caf", "accueil_physique", "File d'attente jusqu'au {{Leclerc}} d'en face presque lol. {{45 min}} d'attente moyenne. La {{fontaine à eau}} est vide depuis {{10h}}, personne sait qui appeler. Une dame s'assoit sur les marches avec un {{Marie Claire}}."),
    ("caf", "accueil_physique", "Mme [[P:NGUYEN Thi Mai]] (nom en majuscules sur le titre de sejour, [[P:Mai]] c'est le prénom). Dossier {{PAJE}} bloqué depuis {{mai}}, il manque le certif de grossesse. bb prevu en {{juin}}. Agente tres patiente, {{20 min}}."),
    ("caf", "accueil_physique", "[[P:Pierre]], {{19 ans}}, veut le {{RSA}} → pas eligible avant {{25 ans}} (sauf enfant a charge). Agente [[P:Jade]] l'oriente {{Mission locale}} + {{CEJ}}. Il vend des {{pierres}} et du {{jade}} sur les marchés de {{Brive}}, au noir, il le dit tranquillement devant elle 😬"),
    ("caf", "accueil_physique", "Changement de RIB. M. [[P:Boulanger]] (il précise 'comme le magasin' 🙄) donne un RIB {{La Banque Postale}} : [[IBAN:FR10 2004 1010 1207 4231 9K02 972]]. Agent verifie titulaire = lui. Il a demenagé au [[ADR:14 allée des Capucines, 72000 Le Mans]], bail {{Sarthe Habitat}}, attestation de loyer a faire remplir. Sa fille [[P:Capucine]] habite la meme allée, il trouve ça drole. Reparti a {{10h42}}."),
    ("caf", "accueil_physique", "Femme tres en colere, {{APL}} suspendues pour controle. Crie sur l'agent [[P:Léo]], la securite ({{Securitas}}) intervient. {{15 min}} pour calmer. Apres, [[P:Léo]] me dit : 'c'est 2 fois par semaine'."),
    ("caf", "accueil_physique", "Question du jour : 'c quoi la {{prime de Noël}} ?' 3 fois ce matin. Agente explique : versée mi-{{décembre}} pr {{RSA}} / {{ASS}}, rien a demander. Un monsieur l'appelle 'le {{Père Noël}} de la {{Caf}}'."),
    ("caf", "accueil_physique", "Mme [[P:Said Mmadi]] vient avec son fils [[P:Ousséni]] qui traduit (shimaore). N° alloc [[ALLOC:5930217]]. Indu de {{1 240 €}} !! Le fils lit la lettre a voix haute, la mere pleure. Agent propose echeancier {{40 €/mois}}, accepté."),
    ("caf", "accueil_physique", "[[P:Fleur]] (l'agente du {{guichet 3}}) me dit que le plus dur c'est l'{{AAH}} + {{pension d'invalidité}}, 'personne comprend rien'. Sur son guichet une {{fleur}} en plastique, 'pour adoucir'."),
    ("caf", "accueil_physique", "Mr [[P:Lemoine]] non [[P:Lemonnier]] pardon, vient pr son fils etudiant a {{Angers}}, {{APL}} chambre {{Crous}}. Fils : [[P:Marin]], né le [[DN:02/09/2005]]. L'agente explique que c'est au fils de faire sa demande sur {{caf.fr}}. Le pere repart en grommelant qu'il est 'pas {{marin}} pour naviguer sur internet'."),
    ("caf", "accueil_physique", "Rdv avec la travailleuse sociale {{Caf}}, Mme [[P:Charpentier]]. Famille [[P:Kowalczyk]], 4 enfants. Le pere est {{charpentier}} (!), au chomage depuis la fermeture de la {{scierie Lambert}} a {{Saint-Dié}}. Ils demandent une aide {{FSL}} pour une facture {{EDF}} de {{612 €}}, réf. client [[ID:6012447891]]. Mme [[P:Charpentier]] sourit : 'on est du meme metier, de nom'. Mme [[P:Kowalczyk]] parle peu, le fils aîné [[P:Kacper]] traduit le polonais. Dossier FSL monté sur place, réponse sous {{15 jours}}."),
    # ---- caf / accueil_telephonique (14)
    ("caf", "accueil_telephonique", "Appel {{9h32}}, Mme [[P:Toussaint]] ({{Guadeloupe}}). Num alloc dicté chiffre par chiffre : [[ALLOC:sept quatre un zéro neuf deux huit]]. Ddn pour verif : [[DN:quatorze juillet quatre-vingt-dix]], l'agente : 'ah comme la {{fête nationale}}'. Question {{complément familial}}. Elle rappellera apres la {{Toussaint}} avec ses bulletins."),
    ("caf", "accueil_telephonique", "Appel raccroché au bout de {{38 min}} d'attente. La dame rappelle direct, re-file. [[P:Yannick]] soupire : 'le lundi matin c'est {{Verdun}}'."),
    ("caf", "accueil_telephonique", "M. [[P:Bertrand Lefèvre]] appelle pour sa mere [[P:Jacqueline]], {{84 ans}}, en {{EHPAD Sainte-Catherine}} : {{APL}} pas versée. Tel pour rappel : [[TEL:06 71 38 20 94]]. L'agent ne peut rien dire sans procuration, il s'enerve, 'c'est ma MERE'."),
    ("caf", "accueil_telephonique", "3 appels de suite sur le {{chèque énergie}}, c'est pas la {{Caf}} qui gere. Entre deux appels l'agente me dit qu'au {{3230}} ils prennent {{1 200}} appels par jour sur le departement. 'Faut appeler {{Bercy}}' dit-elle en riant."),
    ("caf", "accueil_telephonique", "Le monsieur laisse son numero en mots parce que l'agente entend mal : [[TEL:zéro sept, quarante-deux, dix-huit, soixante-trois, zéro un]]. Nom : [[P:Ferreira]], avec deux R. Il est maçon chez {{Ferreira Constructions}}, 'c'est mon oncle'. Demande {{prime d'activité}}, simulation faite au tel."),
    ("caf", "accueil_telephonique", "- votre numero de secu madame ?\n- [[NIR:2 61 11 59 350 112 14]]\n- et votre nom de naissance ?\n- [[P:Leblanc]], épouse [[P:Lenoir]] 😂\nL'agente a pas réagi, moi si. Question sur la {{pension de réversion}} → c'est pas la {{Caf}}, c'est la {{Carsat}}."),
    ("caf", "accueil_telephonique", "Musique d'attente : {{Vivaldi}}, {{Les Quatre Saisons}}, le {{Printemps}} en boucle. Les allocataires en parlent tous au décroché 🙃 L'agente dit qu'avant c'était {{La Lettre à Élise}} de {{Beethoven}}, 'pire'."),
    ("caf", "accueil_telephonique", "Etudiante, [[P:Ambre]], jamais reçu le mail de confirmation {{APL}}. L'agent relit l'adresse : [[MAIL:ambre.delacroix59@gmail.com]]. 'Comme {{Eugène Delacroix}} ?' 'oui on me la fait tout le temps'. Elle est aux {{Beaux-Arts}} de {{Lille}}. Faute de frappe dans le dossier (gmial), corrigée."),
    ("caf", "accueil_telephonique", "Appel de Mme [[P:Joséphine Bienaimé]], depuis {{Fort-de-France}} (il est {{5h}} la-bas !). Elle demande si la {{Caf}} verse qqch pour les obseques de son mari. Non → {{capital décès}}, c'est la {{Cpam}}. Elle remercie 'mon fils' a l'agent qui a 50 ans."),
    ("caf", "accueil_telephonique", "Appel tendu. Le monsieur : 'je veux parler a [[P:Jules]], c'est lui qui a mon dossier'. L'agent : 'pas de [[P:Jules]] sur la plateforme monsieur'. C'etait [[P:Julien]], de l'antenne de {{Vierzon}}. Le monsieur : '[[P:Jules]], [[P:Julien]], comme la marque de fringues {{Jules}} quoi'."),
    ("caf", "accueil_telephonique", "Mme [[P:Lacombe]] veut changer de RIB par tel → impossible, c'est par l'espace perso. Elle avait commencé a dicter [[IBAN:FR76 1820 6000 4165 0318 8441 782]] 😬 l'agente l'arrête. {{Crédit Agricole}}. Elle dit qu'elle a pas d'ordi, juste un {{Samsung}}."),
    ("caf", "accueil_telephonique", "Un jeune a vu sur {{TikTok}} un compte, [[ID:@aides_caf_astuces]], qui dit que la {{Caf}} avance les {{APL}}. Faux. L'agent lui explique le {{mois de carence}}. Il s'appelle [[P:Marius]], il dit '[[P:Marius]] comme le film avec {{Raimu}}'."),
    ("caf", "accueil_telephonique", "M. [[P:Mercier]] signale un déménagement. Ancienne adresse [[ADR:3 rue du Moulin, 87000 Limoges]], nouvelle [[ADR:27 bis avenue Pasteur, 87100 Limoges]]. L'agente dit que ça se fait en ligne, il a pas internet, il tient la {{mercerie}} près des {{Halles}}. Elle fait la saisie pour lui. {{11 min}}."),
    ("caf", "accueil_telephonique", "Appel {{10h05}} : [[P:Nadège]] de la {{CPAM}} pour un dossier commun. Transfert interne."),
    # ---- caf / controle_sur_place (12)
    ("caf", "controle_sur_place", "Controle isolement chez Mme [[P:Blanche Mercier]], [[ADR:8 rue des Lilas, 21000 Dijon]]. Le controleur, M. [[P:Fabre]], regarde les brosses a dents (2), une veste d'homme dans l'entrée. Murs {{blancs}}, canapé {{blanc}}. Une {{Clio}} grise immatriculée [[IMMAT:FG-482-KL]] devant la maison : 'c'est a mon frere'."),
    ("caf", "controle_sur_place", "Le controleur m'explique : un homme présent ≠ vie maritale. Faut un faisceau d'indices (courrier, {{bail}}, compte joint). 'On est pas la {{police}}.' {{40 min}} de route en voiture de service, une {{Zoé}} électrique."),
    ("caf", "controle_sur_place", "Visite chez la famille [[P:Moreau]] a {{Sablé-sur-Sarthe}}. Enfants : [[P:Océane]] ({{12 ans}}), [[P:Lilou]] ({{8 ans}}), [[P:Noé]] ({{3 ans}}). Dossier [[ALLOC:4471920]]. Composition OK. Le chien s'appelle {{Caramel}}, il nous suit partout."),
    ("caf", "controle_sur_place", "Controle ressources chez M. [[P:Lucas Martin]], [[ADR:45 rue Saint-Martin, 37000 Tours]]. Il dit vivre seul. Le bail est signé par lui et [[P:Anaïs Martin]], 'ma soeur'. Sur le frigo une photo de mariage, écrit dessus '[[P:Anaïs]] & [[P:Lucas]], {{11 novembre}}'. Le controleur note sans rien dire. Il demande les relevés {{Crédit Mutuel}} des 3 derniers mois : compte joint. Dans la voiture il me dit : 'le 11 novembre c'est la {{Saint-Martin}}, ça s'invente pas'. Rapport : vie maritale probable, transmis au service juridique. Il me rappelle que la personne peut contester devant la {{CRA}}."),
    ("caf", "controle_sur_place", "Personne au domicile. Sur la boîte aux lettres : '[[P:ROUGE Damien]]' scotché sur un autre nom arraché. Avis de passage {{jaune}} laissé. {{35 km}} pour rien. Le controleur : 'on fait toutes les couleurs aujourd'hui, ce matin c'était chez les [[P:Leblanc]]'."),
    ("caf", "controle_sur_place", "Chez Mme [[P:Sow]], T3 {{Nantes Métropole Habitat}}. Controle résidence. Passeport [[ID:22CK48193]] feuilleté par le controleur : tampons {{Dakar}}, séjour de {{4 mois}}, sous le seuil. OK. Elle nous sert du {{bissap}}."),
    ("caf", "controle_sur_place", "Le controleur compare le RIB déclaré ({{Caisse d'Epargne}}) avec un relevé sur la table : [[IBAN:FR76 1751 5900 0008 4192 7653 023]], meme compte. M. [[P:Haddad]] montre ses fiches de paie {{Carrefour Market}}, {{24h}}/semaine. RAS."),
    ("caf", "controle_sur_place", "Mme [[P:Marguerite Dubois]], {{71 ans}}, {{résidence Les Marguerites}} (elle en rit). Garde ses petits-enfants [[P:Rose]] et [[P:Jasmin]] le mercredi. Controle {{ASF}} de sa fille [[P:Iris]] : la fille dit habiter ici, mais pas de lit, pas d'affaires. Au salon des {{roses}} en plastique, un {{jasmin}} sur le balcon. Controleur note 'résidence non établie'."),
    ("caf", "controle_sur_place", "M. [[P:Yılmaz]] montre le livret de famille : [[P:Deniz]] née le [[DN:03/02/2014]], [[P:Aydın]] né le [[DN:17/09/2017]]. Il m'explique que [[P:Deniz]] veut dire {{mer}} en turc. Il tient le kebab {{Le Bosphore}} rue {{Jean Jaurès}}. Déclaration conforme."),
    ("caf", "controle_sur_place", "Mme [[P:Rivière]], {{58 ans}}, vit a l'année dans un mobil-home au camping {{Les Flots Bleus}} a {{Lacanau}}. Elle demande l'{{ALS}}, le controleur doute que ce soit un 'logement'. Elle fait le menage le matin a la {{Boulangerie Marie Blachère}} d'en face. Vue sur l'{{étang}}, elle dit 'c'est ma {{rivière}} a moi'."),
    ("caf", "controle_sur_place", "CONTROLE ANNULE, M. [[P:TOURE]] HOSPITALISE AU {{CHU DE POITIERS}}."),
    ("caf", "controle_sur_place", "Debrief dans la voiture : {{80 %}} de ses contrôles viennent du {{datamining}}, 'l'algorithme'. Il a des doutes, il cite les articles de {{La Quadrature du Net}}. Il écoute {{France Inter}} en conduisant. Il s'appelle comme un saint mais veut pas que je l'écrive 😄"),
    # ---- cpam / accueil_physique (14)
    ("cpam", "accueil_physique", "Mme [[P:Camélia Benali]], carte {{Vitale}} perdue. NIR lu a l'écran : [[NIR:2 79 05 99 350 021 84]], née le [[DN:23/05/1979]] au {{Maroc}}. Agent [[P:Rémi]] commande la nouvelle, délai {{3 semaines}}, attestation de droits en attendant. Elle a un bouquet de {{camélias}} pour sa mère hospitalisée a {{Sainte-Anne}}."),
    ("cpam", "accueil_physique", "Borne {{ameli}} en panne, papier scotché 'utilisez votre téléphone'. Les gens rigolent jaune. {{12 personnes}} dans la file a {{8h30}}. Un monsieur demande où est passée la {{Sécu}} de {{Saint-Lazare}} : fermée depuis 2 ans."),
    ("cpam", "accueil_physique", "M. [[P:Lapierre]], âgé, apporte ses papiers {{CSS}} dans un sac {{Lidl}}. Ordonnance : {{Kardégic}} + {{Previscan}}. L'agente [[P:Perle]] remplit tout pour lui. Il lui demande si elle est 'la fille de Mme [[P:Pierre]], rue du {{Calvaire}}'. Non."),
    ("cpam", "accueil_physique", "- c'est pour un arret de travail, l'employeur dit qu'il l'a pas reçu\n- vous l'avez envoyé quand ?\n- le {{lundi de Pâques}}\n- ah bah voila\nM. [[P:Pâquet]] (ça s'invente pas) repart avec le double pour {{Geodis}}."),
    ("cpam", "accueil_physique", "Mme [[P:Le Goff]], prénom [[P:Marine]] ('comme la couleur, pas comme l'autre'), vient pour le remboursement de lunettes {{100% Santé}}, opticien {{Krys}} de {{Quimper}}. Monture {{bleu marine}} évidemment."),
    ("cpam", "accueil_physique", "Couple roumain, [[P:Ionuț]] et [[P:Mirela Popescu]]. {{AME}} refusée, résidence < {{3 mois}}. Traduction avec {{Google Traduction}} sur le tel de l'agent. Ils vivent chez un cousin a {{Saint-Ouen}}. Carte d'identité roumaine [[ID:RX 482193]] photocopiée."),
    ("cpam", "accueil_physique", "[[P:Bleuenn]], {{23 ans}}, alternante chez {{Decathlon}}, veut savoir si elle a droit a la {{C2S}}. Agent dit que ça s'appelle {{CSS}} maintenant. Elle note sur sa main au stylo {{bleu}}."),
    ("cpam", "accueil_physique", "Jeune papa, M. [[P:Mbemba]], rattache sa fille [[P:Merveille]], née le [[DN:2 mars]]. 'C'est une {{merveille}}' dit l'agente, il sourit, il a dû l'entendre {{100 fois}}. Sa femme [[P:Grâce]] est encore a la maternité {{Port-Royal}}. Rattachement sur les deux cartes {{Vitale}} OK."),
    ("cpam", "accueil_physique", "M. [[P:Rousseau]] conteste un indu d'{{IJ}} de {{2 318,40 €}}. Il a repris en mi-temps thérapeutique chez {{Renault}} a {{Flins}} en {{septembre}}, l'employeur a continué a déclarer un arrêt complet. L'agent vérifie : paiements sur [[IBAN:FR76 3000 3022 1700 0510 9663 339]], trop-perçu réel mais pas de sa faute. Le mi-temps a pas été saisi. Réclamation faite, copie remise, délai {{2 mois}}. Il reste poli mais il tremble. En partant il me dit qu'il a fait l'école {{Jean-Jacques Rousseau}}, 'aucun lien, hein'."),
    ("cpam", "accueil_physique", "Affiches {{Octobre Rose}} au mur, et {{Mois sans tabac}} pour novembre. Les gens attendent sous un buste de {{Marianne}}. Une dame demande si le dépistage du {{cancer du sein}} est gratuit : oui, courrier tous les 2 ans dès {{50 ans}}."),
    ("cpam", "accueil_physique", "Mme [[P:Roux]], {{92 ans}}, avec son auxiliaire de vie [[P:Prudence]] ({{ADMR}}). Question : est-ce que {{Harmonie Mutuelle}} rembourse les appareils auditifs ? Adhérente n° [[ID:100482931]]. La dame pose sa carte Vitale en disant '{{prudence}}', elles rigolent toutes les deux."),
    ("cpam", "accueil_physique", "Ticket {{B112}}, {{52 min}} d'attente. Accident du travail de M. [[P:Maçon]], qui est... {{maçon}}. Si."),
    ("cpam", "accueil_physique", "Mme [[P:Trần Thị Hoa]], sa fille [[P:Linh]] traduit. Demande de {{complémentaire santé solidaire}}. Elle tient l'onglerie '{{Hoa Nails}}' a {{Ivry}}. Revenus irréguliers, l'agent demande les {{12 derniers mois}}."),
    ("cpam", "accueil_physique", "Le monsieur veut l'attestation par mail : [[MAIL:p.chevalier.1958@orange.fr]]. L'agent dit que ça passe par le compte {{ameli}}. M. [[P:Chevalier]] : 'je suis pas sur internet, j'ai juste le mail {{Orange}}'. Imprimée sur place finalement."),
    # ---- cpam / accueil_telephonique (14)
    ("cpam", "accueil_telephonique", "Plateforme {{3646}}, casque double écoute. Appel 1 : M. [[P:Berger]], son {{berger allemand}} aboie tout l'appel 😂. Remboursement {{Ozempic}} refusé, hors indication. Il dit que le chien s'appelle {{Rex}}, 'comme dans la série'."),
    ("cpam", "accueil_telephonique", "Le monsieur dicte son NIR [[NIR:1 87 03 35 238 047 19]] puis sa date de naissance, [[DN:12 mars 1987]]. Nom : [[P:Morvan]], de {{Rennes}}. {{IJ}} pas versées depuis {{3 semaines}}. La conseillère, [[P:Gwenaëlle]], voit que l'employeur ({{Biocoop}}) a pas transmis l'attestation de salaire."),
    ("cpam", "accueil_telephonique", "{{16 APPELS}} EN {{1H}}. DUREE MOY {{6 MIN}}. Post-it '{{Carpe diem}}' sur l'écran de la conseillère. A la pause elle mange une {{clémentine}}."),
    ("cpam", "accueil_telephonique", "Une maman appelle pour son fils [[P:Gabin]], {{8 ans}}, hospitalisé a {{Necker}} : prise en charge du transport en {{VSL}} ? Elle laisse son portable [[TEL:07 58 12 44 90]] et son mail [[MAIL:laetitia.noel75@laposte.net]]. Conseillère envoie le formulaire."),
    ("cpam", "accueil_telephonique", "Mme [[P:Carême]] appelle pour sa prise en charge {{ALD}}. Elle veut qu'on la rappelle après {{Pâques}}, au [[TEL:zéro six, quarante-neuf, vingt-deux, quinze, quatre-vingt-un]]. La conseillère répète pour vérifier."),
    ("cpam", "accueil_telephonique", "Appel en anglais. M. [[P:Okonkwo]], nigérian, sa femme [[P:Blessing]] attend des jumeaux, suivie a la maternité {{Jeanne de Flandre}} ({{Lille}}). Il demande pour la {{PUMa}}. La conseillère parle un bon anglais, ouf."),
    ("cpam", "accueil_telephonique", "- allo c'est [[P:Martine]], la voisine de M. [[P:Garnier]]\n- il peut pas appeler lui-même ?\n- il est sourd comme un pot\n- désolée madame on ne peut pas vous renseigner\nLa voisine : 'il achète que du shampooing {{Garnier}}, c'est son nom, c'est drôle hein'."),
    ("cpam", "accueil_telephonique", "[[P:Dimitri]] (conseiller) prend un pharmacien de la {{Pharmacie du Marché}} a {{Saint-Brieuc}} : problème de tiers payant sur une {{C2S}}. Il précise que la pharmacie est en face de la {{cathédrale Saint-Étienne}}, comme si ça aidait."),
    ("cpam", "accueil_telephonique", "M. [[P:Ahamada Soilihi]], des {{Comores}}, demande où en est son dossier {{AT}}. NIR [[NIR:1 83 02 99 397 008 45]]. Il a déménagé au [[ADR:5 impasse des Orangers, 13015 Marseille]] et reçoit plus rien. Mise a jour faite. Il travaille sur le port, déchargement des {{oranges}} d'{{Espagne}}."),
    ("cpam", "accueil_telephonique", "Appel de la {{clinique Saint-Roch}} pour une entente préalable. La conseillère : 'les établissements c'est pas ce numéro'. Transfert."),
    ("cpam", "accueil_telephonique", "Une mère appelle pour sa fille [[P:Océane]] qui part en Erasmus a {{Valence}} (Espagne, pas la Drôme !). Conseillère explique la {{CEAM}}, commande en ligne sur {{ameli}}, {{15 jours}}."),
    ("cpam", "accueil_telephonique", "Arnaque : M. [[P:Blanchard]], {{77 ans}}, a reçu un SMS 'votre carte {{Vitale}} expire' et a cliqué 😱. Il a donné son [[IBAN:FR76 1027 8360 5200 0205 7714 022]] sur le faux site. Conseillère : appeler le {{Crédit Mutuel}} tout de suite + signaler sur {{Pharos}}."),
    ("cpam", "accueil_telephonique", "Une agente de {{mairie}} appelle pour un administré, M. [[P:Sylvestre]], sans médecin traitant depuis le départ du Dr [[P:Fontaine]]. La conseillère cite la maison de santé {{Les Fontaines}} qui prend encore des patients."),
    ("cpam", "accueil_telephonique", "Silence {{20 sec}}, puis la dame raccroche. 'Ça arrive {{10 fois}} par jour', me dit [[P:Sabine]]."),
    # ---- cpam / controle_sur_place (12)
    ("cpam", "controle_sur_place", "Controle arret maladie {{10h15}}, heures de presence obligatoire. M. [[P:Meunier]] absent. La voisine : 'il est au moulin', c'est le bar-tabac {{Le Moulin}}. On y passe : il y est 🙄. L'agent note 'absent au domicile'."),
    ("cpam", "controle_sur_place", "Mme [[P:Lucie Vasseur]], arrêt pour lombalgie, présente. [[ADR:17 rue Victor Hugo, 80000 Amiens]]. Rien a signaler. {{Les Feux de l'amour}} sur {{TF1}} en fond. Sa fille, [[P:Capucine]], fait ses devoirs au salon, un bouquet de {{capucines}} du jardin sur la table."),
    ("cpam", "controle_sur_place", "L'agent assermenté m'explique : env. {{15 visites}} par semaine, souvent sur signalement employeur ou après une contre-visite. Sorties autorisées {{9h-11h}} et {{14h-16h}} sauf mention 'sorties libres'."),
    ("cpam", "controle_sur_place", "M. [[P:Lemaire]] absent. Sa voiture, [[IMMAT:ek-217-pb]], est pas devant. Une voisine dit qu'il est au {{Leroy Merlin}} de {{Villeneuve-d'Ascq}}. 2e passage à {{15h}} : présent, des planches dans le coffre."),
    ("cpam", "controle_sur_place", "- Bonjour, contrôle de l'{{Assurance Maladie}}\n- [[P:Rosa]] ! c'est pour toi !\nMme [[P:Rosa Oliveira]] arrive avec un plâtre. Dans la cuisine, un {{olivier}} en pot et des {{roses}} sur la table. Arrêt justifié, RAS."),
    ("cpam", "controle_sur_place", "Controle chez M. [[P:Kaya]] (= {{rocher}} en turc, il me le dit fièrement). Arrêt {{3 mois}} pour dépression. Volets fermés. L'agent reste très doux. {{Sertraline}} sur la table."),
    ("cpam", "controle_sur_place", "Sur la tablette de l'agent :\nASSURÉE : [[P:BERGER Léa]]\nNIR : [[NIR:2 92 06 69 123 571 34]]\nARRÊT : du {{03/03}} au {{31/03}}\nEMPLOYEUR : {{Transports Berger & Fils}}\nElle est là. Elle bosse dans la boite de son père en fait."),
    ("cpam", "controle_sur_place", "Personne. 3e passage. Dossier transmis au médecin conseil, le Dr [[P:Janvier]]. On est en {{février}} lol."),
    ("cpam", "controle_sur_place", "M. [[P:Dos Santos]] est sur une échelle en train de repeindre sa façade pendant son arrêt. 'C'est chez moi !' Maison au [[ADR:9 chemin des Vignes, 33310 Lormont]]. T-shirt {{Benfica}}. L'agent note, le médecin conseil décidera."),
    ("cpam", "controle_sur_place", "Trajet entre deux contrôles : on passe devant l'hôpital {{Pasteur}}, la clinique {{Sainte-Marie}}, le lycée {{Jean Moulin}}. L'agent : 'a {{Albi}} tout le monde se connaît'. Il me montre le musée {{Toulouse-Lautrec}}, puis la rue où habitait sa prof de CM2."),
    ("cpam", "controle_sur_place", "Mme [[P:Noëlle Bonheur]] (vrai nom) : sortie autorisée, elle revient de la {{Pharmacie de l'Espérance}} avec son {{Lovenox}}. Arrêt post-op. RAS. Elle nous propose des chocolats de {{Noël}} restés dans une boîte {{Quality Street}}."),
    ("cpam", "controle_sur_place", "Signalement employeur : photos Insta de M. [[P:Dupuis]] ([[ID:@dudu_tuning59]]) au salon auto de {{Lille Grand Palais}} pendant l'arrêt. L'agent : 'les photos prouvent rien, la visite si'. Il est là, béquilles. Une {{Peugeot 205}} GTI dans le garage."),
    # ---- ccas / accueil_physique (14)
    ("ccas", "accueil_physique", "Mme [[P:Pigeon]] vient pour un bon d'{{épicerie sociale}}. Dehors des {{pigeons}} plein le parvis, elle en rit la premiere. L'agent [[P:Karim]] fait le dossier, {{quotient familial}} sous {{450 €}}."),
    ("ccas", "accueil_physique", "Domiciliation : M. [[P:Dimitar Petrov]], bulgare, sans adresse. Son courrier arrive au {{CCAS}}, {{1 place de la Mairie}}. {{3 lettres}} dont une de la {{Préfecture}}. Il signe le registre."),
    ("ccas", "accueil_physique", "Colis de {{Noël}} pour les {{plus de 70 ans}} : file jusqu'au {{monument aux morts}}. Chocolats {{Léonidas}} dans le colis, les gens sont contents. Le photographe de {{La Dépêche}} passe, deux dames refusent la photo."),
    ("ccas", "accueil_physique", "[[P:Aurore]], {{34 ans}}, arrive a {{8h}} pile, 'levée a l'{{aurore}}' dit-elle. Aide pour une facture {{Engie}} de {{486 €}}, réf. client [[ID:310442781905]]. Passage en commission jeudi. Elle a un tatouage de soleil levant sur le poignet, 'forcément'."),
    ("ccas", "accueil_physique", "La fille de M. [[P:Honoré Delatour]] l'inscrit a la téléassistance {{Présence Verte}}. Tel du père : [[TEL:02 99 41 73 26]], tel de la fille : [[TEL:06 33 81 20 57]]. Adresse : [[ADR:22 rue Chateaubriand, 35400 Saint-Malo]]. Il a un début d'{{Alzheimer}}."),
    ("ccas", "accueil_physique", "- vous avez un justificatif de domicile ?\n- j'habite chez tata [[P:Fatou]]\n- il faut qu'elle fasse une attestation d'hébergement alors\nLe jeune ([[P:Moussa]], {{19 ans}}) repart. Tata [[P:Fatou]], c'est elle qui tient le resto {{Chez Fatou}} près du marché d'{{Aligre}}."),
    ("ccas", "accueil_physique", "Mme [[P:Ngoma]] demande une aide au permis pour son fils [[P:Constant]], {{18 ans}}. Le CCAS finance plus. Orientation {{Mission locale}} + {{permis à 1 € par jour}}. Elle parle d'un stress {{constant}}, 2 boulots de ménage ({{Onet}} le matin, particuliers l'après-midi)."),
    ("ccas", "accueil_physique", "Secours exceptionnel de {{150 €}} pour M. [[P:Marius Chevrier]], {{67 ans}}. Versement par virement, RIB : [[IBAN:30004 01876 00010482753 58]]. Commission {{jeudi}}. Il demande si ça peut aller plus vite, facture {{Veolia}} en retard. L'agente [[P:Sandrine]] : 'la commission c'est jeudi, c'est jeudi'. Il repart avec un colis des {{Restos du Cœur}}."),
    ("ccas", "accueil_physique", "Mme [[P:Espérance Habimana]], réfugiée burundaise, demande une aide pour la cantine de ses enfants a l'école {{Jules Ferry}}. Titre de séjour [[ID:9301548726]] présenté. Tarif social accordé, {{0,50 €}} le repas."),
    ("ccas", "accueil_physique", "Le CCAS est installé dans l'ancienne {{école Marie Curie}}, rue {{Paul Bert}}. Salle d'attente = ex-salle de classe, carte de {{France}} au mur. Zéro confidentialité."),
    ("ccas", "accueil_physique", "M. [[P:Grandjean]] veut la carte de bus gratuite {{Tisséo}}. Refusé : pas domicilié a {{Toulouse}}, il habite {{Colomiers}}. Il dit que son cousin de {{Blagnac}} l'a eue, l'agente explique : autre commune, autre CCAS. Il part furax."),
    ("ccas", "accueil_physique", "Pour le dossier l'agente demande le num Caf : [[ALLOC:6623180]]. Mme [[P:Sauvage]] (!), 3 enfants. Parfum fort, l'agente me dit après : 'c'est du {{Sauvage}} de {{Dior}}, pour homme' 😄"),
    ("ccas", "accueil_physique", "[[P:Mélodie]], {{24 ans}}, demande une aide au loyer. Elle donne son insta [[ID:@melo.die_officiel]] pour être recontactée 😂 l'agent prend plutôt son mail : [[MAIL:melodie.kabasele@outlook.fr]]. En fond la {{mélodie}} de {{Tetris}} sur le tel d'un gamin."),
    ("ccas", "accueil_physique", "M. [[P:Carvalho]] ('ça veut dire {{chêne}} en portugais', il insiste) vient avec sa femme pour du portage de repas. NIR du monsieur pour le dossier : [[NIR:1 70 12 99 139 045 09]]. Repas livrés par la {{cuisine centrale}}, {{5 jours sur 7}}."),
    # ---- ccas / accueil_telephonique (14)
    ("ccas", "accueil_telephonique", "Appel de l'assistante sociale de l'{{hôpital Saint-Joseph}} : sortie d'hospit de Mme [[P:Germaine Lefort]], {{88 ans}}, seule à domicile. Le CCAS organise le {{SSIAD}}. Tel de la nièce : [[TEL:06 87 21 09 43]]."),
    ("ccas", "accueil_telephonique", "Appel {{11h02}} : 'c'est bien ici les colis de {{Noël}} ?' Oui. Raccroche."),
    ("ccas", "accueil_telephonique", "Registre {{canicule}} : l'agente appelle les inscrits. Mme [[P:Soleil]] (!) va bien, volets fermés, elle boit. M. [[P:Lafont]] répond pas → on appelle le voisin, [[P:Serge]], au [[TEL:05 61 42 87 13]]. Dehors un {{soleil de plomb}}."),
    ("ccas", "accueil_telephonique", "- Bonjour c'est Mme [[P:Leroy]]\n- [[P:Leroy]] comment ?\n- [[P:Leroy]] tout court, comme {{Leroy Merlin}} 🙂\nDemande d'aide chauffage, fioul, {{900 litres}}. Et sa chaudière {{De Dietrich}} est en panne, le chauffagiste demande {{1 800 €}}."),
    ("ccas", "accueil_telephonique", "Un fils appelle pour sa mère, Mme [[P:Bourgogne]], qui vit seule a {{Beaune}}. Lui est a {{Lyon}}. Le CCAS de {{Beaune}} c'est pas nous, la {{Bourgogne}} c'est pas chez nous. On donne le numéro."),
    ("ccas", "accueil_telephonique", "Standard saturé, {{7 appels en attente}}. Une radio derrière passe {{Dalida}}, {{Gigi l'Amoroso}}. L'agente, [[P:Josiane]], chante à moitié entre deux appels."),
    ("ccas", "accueil_telephonique", "Appel du {{115}} : mise à l'abri d'une famille, famille [[P:Kamara]], 2 adultes {{3 enfants}}. Le CCAS a une nuitée d'hôtel au {{B&B Hôtel}} près de la gare, {{2 nuits}} max, après c'est de nouveau le {{115}}. Réf. SIAO [[ID:76-48213]]."),
    ("ccas", "accueil_telephonique", "Inscription repas des aînés : Mme [[P:Augustine Morel]], née le [[DN:1er août 1939]]. 'La {{Saint-Augustin}} c'est fin août, on fête les deux.' 😊 Repas le {{dimanche 14}} à la salle {{Georges Brassens}}."),
    ("ccas", "accueil_telephonique", "APPEL D'UN ELU ({{ADJOINT AUX SOLIDARITES}}) POUR 'SUIVRE' LE DOSSIER DE M. [[P:GARCIA]]. L'agente est gênée, elle dit que c'est confidentiel."),
    ("ccas", "accueil_telephonique", "Mme [[P:Prune Delattre]] a eu une {{prune}} de {{135 €}} en se garant devant le CCAS. Elle lit l'avis : plaque [[IMMAT:GT-905-RD]]. L'agente : on gère pas les PV, voir l'{{ANTAI}}. Elle trouve pas ça drôle."),
    ("ccas", "accueil_telephonique", "M. [[P:Benyahia]] épelle son nom, [[P:B-E-N-Y-A-H-I-A]], puis son adresse mail : [[MAIL:fam.benyahia@free.fr]]. L'agente envoie la liste des pièces pour l'{{aide facultative}}. {{3 min}}. Il rappelle 5 min après : le mail est arrivé dans les spams."),
    ("ccas", "accueil_telephonique", "Appel d'une voisine inquiète : Mme [[P:Colombe Ardouin]], {{90 ans}}, a pas ouvert ses volets depuis {{2 jours}}. L'agente appelle la {{police municipale}}. Rappel à {{14h}} : elle était chez sa fille à {{Colombes}}."),
    ("ccas", "accueil_telephonique", "M. [[P:Oleksandr Kovalenko]], ukrainien, {{protection temporaire}}. La bénévole [[P:Natalia]] traduit. 5 personnes dans un T2, il cherche plus grand. APS n° [[ID:7504318862]]. Dossier {{SIAO}} a faire. Tel de la bénévole : [[TEL:07 61 90 34 28]]."),
    ("ccas", "accueil_telephonique", "Faux numéro : quelqu'un voulait la {{boulangerie Ange}}, le numéro est presque le même. Ça arrive souvent paraît-il."),
    # ---- ccas / controle_sur_place (12)
    ("ccas", "controle_sur_place", "Visite a domicile chez M. [[P:Grégoire Marchal]], {{79 ans}}, [[ADR:6 rue des Tanneurs, 67000 Strasbourg]]. Logement très encombré, l'agente parle de syndrome de {{Diogène}}. [[P:Céline]] (agente) reste calme. Un chat, {{Minou}}, sur la pile de journaux."),
    ("ccas", "controle_sur_place", "Visite annulée : ascenseur en panne, {{11e étage}} de la tour {{Mercure}}, la dame a {{94 ans}}. Le gardien, [[P:Manu]], dit que la panne dure depuis {{3 semaines}}, le bailleur {{Paris Habitat}} attend une pièce. On reviendra la semaine pro."),
    ("ccas", "controle_sur_place", "Mme [[P:Dolorès Ferrandez]], {{87 ans}} : {{douleurs}} partout, {{Doliprane}} sur la table de nuit. Sa fille [[P:Carmen]] est là. Dossier {{APA}} à relancer au {{Département}}. La fille chante {{Carmen}} en faisant la vaisselle, je n'invente rien."),
    ("ccas", "controle_sur_place", "Visite avec le service hygiène de la ville de {{Saint-Denis}}. Logement de M. [[P:Bakary Traoré]] et ses 4 enfants : moisissures partout. Propriétaire, M. [[P:Delmas]], injoignable. Le {{SCHS}} va faire un rapport. Le plus petit, [[P:Adama]], tousse tout le temps."),
    ("ccas", "controle_sur_place", "VAD chez Mme [[P:Violette Marchand]] : tout est {{violet}} chez elle, rideaux, canapé, 'forcément' dit-elle. Aide pour lunettes. Carte mutuelle {{MGEN}} n° [[ID:124518903]]. Elle nous offre des {{violettes de Toulouse}} en bonbons, cadeau de son fils [[P:Benoît]]."),
    ("ccas", "controle_sur_place", "- C'est qui ?\n- le CCAS, madame [[P:Loiseau]], on avait rdv\n- ah c'est vous [[P:Nathalie]] ?\n- non c'est [[P:Sonia]], [[P:Nathalie]] est en congé\nElle ouvre, 3 verrous. Des cages à {{oiseaux}} partout."),
    ("ccas", "controle_sur_place", "Visite à la demande du bailleur {{Logirep}} : dette de loyer de {{3 200 €}}. M. et Mme [[P:Da Costa]], réf. locataire [[ID:LGR-0047821]]. Lui a perdu son emploi chez {{Michelin}} (plan social), elle fait des heures chez des particuliers en {{CESU}}. On monte un dossier {{FSL}}. Pour le prélèvement du plan d'apurement, RIB portugais de madame : [[IBAN:PT50 0035 0697 0007 1462 3895 2]]. Le fils, [[P:Tiago]], joue à {{FIFA}} dans le salon, le son à fond."),
    ("ccas", "controle_sur_place", "M. [[P:Sylvain]] pas là. Mot sur la porte : 'parti au {{Secours Catholique}}'."),
    ("ccas", "controle_sur_place", "M. [[P:Didier Lamotte]] vit dans sa {{Kangoo}}, [[IMMAT:BX-613-TF]], sur le parking de l'{{Intermarché}}. L'agente propose domiciliation + {{115}}. Il refuse l'hébergement, accepte la domiciliation."),
    ("ccas", "controle_sur_place", "Entre deux visites l'agente me montre le quartier : {{cité des Fleurs}}, rue {{Lamartine}}, le parc {{Léo Lagrange}}, l'{{EHPAD Les Tilleuls}}. 'Ici tout a un nom de fleur ou de poète.'"),
    ("ccas", "controle_sur_place", "Évaluation portage de repas : Mme [[P:Reine Abraham]], née le [[DN:6 janvier 1941]], jour de l'{{Épiphanie}}. 'Je m'appelle [[P:Reine]], c'est pas un hasard.' Une {{galette des rois}} entamée sur la table."),
    ("ccas", "controle_sur_place", "Chez M. [[P:Wang Jun]] et Mme [[P:Li Mei]], au-dessus du restaurant {{Le Jardin de Pékin}} (ils y travaillent). Aide pour le chauffage, facture {{TotalEnergies}} réf. [[ID:FR-2290447138]]."),
    # ---- urgences / accueil_physique (14)
    ("urgences", "accueil_physique", "IOA [[P:Baptiste]] trie. Mme [[P:Dupont]], {{45 ans}}, douleur thoracique → {{box 3}} direct. Son mari attend avec un bouquet du fleuriste {{Au Nom de la Rose}}. Les salles portent des noms de médecins, le box 3 est à côté de la salle {{Bichat}}."),
    ("urgences", "accueil_physique", "Écran {{ResUrgences}} recopié :\nIPP [[ID:P00728415]]\nNOM [[P:MARTIN]]\nPRÉNOM [[P:Rose]]\nÂGE {{87 ans}}\nMOTIF chute\nTRI {{CIMU 3}}"),
    ("urgences", "accueil_physique", "{{4H12}} D'ATTENTE AFFICHEE. Distributeur {{Selecta}} vide. A la télé : {{Questions pour un champion}}, {{Julien Lepers}} en rediff."),
    ("urgences", "accueil_physique", "Ambulance {{Ambulances Saint-Christophe}} : M. [[P:Christophe Vidal]], {{62 ans}}, chute de vélo. L'ambulancier : '[[P:Christophe]] chez {{Saint-Christophe}}, il est bien protégé'. Le patient rigole malgré le bras cassé, il porte un maillot {{Cofidis}}."),
    ("urgences", "accueil_physique", "- vous avez pris quelque chose ?\n- du {{Doliprane}} et un {{Spasfon}}\n- à quelle heure ?\n- vers {{midi}}\n- votre nom madame ?\n- [[P:Blandine Rocher]]\nL'IOA note tout sur papier, logiciel planté 💥"),
    ("urgences", "accueil_physique", "Patient SDF connu du service, surnommé '[[P:Papy]]' par l'équipe. Vient tous les soirs d'hiver. IPP [[ID:P00104582]], NIR retrouvé dans le dossier : [[NIR:1 58 01 97 120 205 12]]. L'IOA lui donne un {{café}} et une couverture. Plan {{Grand Froid}} activé."),
    ("urgences", "accueil_physique", "Admission sans carte Vitale. L'agente d'admission, [[P:Nadia]], cherche avec la ddn [[DN:14/02/1955]] et le NIR [[NIR:2 55 02 29 019 150 02]]. Mme [[P:Valentine Quéré]], née le jour de la {{Saint-Valentin}}, elle le dit elle-même. Vient de {{Brest}}."),
    ("urgences", "accueil_physique", "Un papa et sa fille [[P:Cerise]], {{4 ans}}, qui a avalé un noyau de {{cerise}}. RAS, sortie {{20 min}} après."),
    ("urgences", "accueil_physique", "{{Box 7}} : M. [[P:Aliou Ndiaye]], {{34 ans}}, livreur {{Uber Eats}}, accident de scooter. La police a noté la plaque du scooter, [[IMMAT:GH-350-WN]]. Il s'inquiète pour sa commande ({{Sushi Shop}}) 🙄 et surtout pour son titre de séjour, n° [[ID:7501892364]], perdu dans la chute. L'AS, Mme [[P:Perrin]], passera dans l'après-midi pour le duplicata ; elle connaît la démarche à la {{préfecture de Bobigny}}, 'des mois'. Son cousin, [[P:Cheikh]], arrive avec un sac {{Foot Locker}} plein de papiers. Radio du poignet : fracture. Il demande combien de temps sans travailler, l'interne dit {{6 semaines}}, il ferme les yeux."),
    ("urgences", "accueil_physique", "Le tri se fait dans un couloir. Pas de box pour l'{{IOA}}, un paravent {{bleu}} et un tabouret. Panneau : 'Urgences pédiatriques → {{Hôpital Robert-Debré}}'."),
    ("urgences", "accueil_physique", "M. [[P:Boucher]], {{boucher}} au rayon du {{Carrefour}} de {{Lomme}}, coupure profonde à l'index. Suture par l'interne, Dr [[P:Kim]]. Il demande s'il peut reprendre demain 😅"),
    ("urgences", "accueil_physique", "La famille [[P:Çiçek]] ('ça veut dire {{fleur}} en turc') arrive à 6, la grand-mère a chuté. Une seule personne autorisée. Le fils, [[P:Emre]], traduit. L'agent de sécu [[P:Mehdi]] gère, ça se calme avec un {{thé}}."),
    ("urgences", "accueil_physique", "La fille d'une patiente laisse son mail pour le compte-rendu : [[MAIL:sylvie.chardon@wanadoo.fr]]. L'agent : pas par mail, passer par {{Mon Espace Santé}}. Mme [[P:Chardon]] mère vient de {{Nancy}}."),
    ("urgences", "accueil_physique", "PATIENTE AGITEE, CRIE '[[P:KEVIN]] RAMENE MOI MES CLOPES !!'. [[P:KEVIN]] PAS LA. {{2H DU MAT}}."),
    # ---- urgences / accueil_telephonique (14)
    ("urgences", "accueil_telephonique", "Standard urgences, une famille veut savoir si M. [[P:Georges Lemaître]] est arrivé. L'agent vérifie : oui, {{box 12}}. Numéro pour rappel : [[TEL:+33 6 45 18 27 90]]."),
    ("urgences", "accueil_telephonique", "Au {{15}}, l'ARM [[P:Ophélie]] prend un appel : femme enceinte, contractions toutes les {{5 min}}, au [[ADR:31 rue de la Paix, 51100 Reims]]. Pas de {{SMUR}}, ambulance privée {{Ambulances Champagne}}."),
    ("urgences", "accueil_telephonique", "Un appel pour demander le score du match du {{PSG}} (!!). L'ARM raccroche poliment."),
    ("urgences", "accueil_telephonique", "ARM : - votre nom ?\n- [[P:Mercredi]]\n- pardon ?\n- [[P:Mercredi]], [[P:M-E-R-C-R-E-D-I]], c'est mon nom !\n- d'accord M. [[P:Mercredi]]\nOn est {{jeudi}}. Douleur abdo depuis hier soir, pas de fièvre, conseil {{SOS Médecins}}."),
    ("urgences", "accueil_telephonique", "Appel en arabe, interprète {{ISM Interprétariat}} en conférence. Patient M. [[P:Amine Belkacem]], diabétique, hypo. Son numéro : [[TEL:07 81 53 40 26]]. Envoi d'un {{VSAV}}."),
    ("urgences", "accueil_telephonique", "Le médecin de {{garde}} de la {{clinique Saint-Augustin}} appelle pour transférer Mme [[P:Simone Lagarde]]. IPP chez eux : [[ID:CSA-2291487]]. Lit en {{UHCD}} accepté."),
    ("urgences", "accueil_telephonique", "La soeur d'un patient appelle, 6e fois. '[[P:Sébastien]] il va bien ?' L'IDE peut rien dire au tel. Elle dit qu'elle arrive de {{Saint-Sébastien-sur-Loire}}, {{20 min}}. L'IDE soupire et prévient l'accueil."),
    ("urgences", "accueil_telephonique", "Appel du pharmacien de garde ({{Pharmacie Saint-Jacques}}) : ordonnance illisible d'un interne. On rappelle l'interne."),
    ("urgences", "accueil_telephonique", "Médecin traitant, Dr [[P:Lalande]], adresse son patient M. [[P:Gilles Roy]], NIR [[NIR:1 66 09 75 114 233 09]], suspicion de phlébite. Écho demain {{8h}}. M. [[P:Roy]] est sous {{AVK}}."),
    ("urgences", "accueil_telephonique", "Une mère appelle : sa fille [[P:Lou]] a posté sur {{Snapchat}} qu'elle allait 'tout prendre'. Pseudo : [[ID:@lou.lune_07]]. L'ARM fait intervenir le {{15}}, équipe envoyée."),
    ("urgences", "accueil_telephonique", "Ligne interne : la radio appelle, le scanner est en panne, patients redirigés vers le {{CHU Pellegrin}}. Soupirs."),
    ("urgences", "accueil_telephonique", "M. [[P:Amadou Bah]] appelle : sa voiture, [[IMMAT:da-482-xm]], a été enlevée du parking des urgences. 'C'est pas nous monsieur', c'est la fourrière {{Dépannage Lucien}}."),
    ("urgences", "accueil_telephonique", "Régulation : chute d'une personne âgée, alerte par la téléassistance {{Présence Verte}}. Mme [[P:Odette Lafleur]], {{91 ans}}, seule, [[ADR:2 place des Tilleuls, 24000 Périgueux]]. Le voisin, [[P:Gérard]], a les clés, tel [[TEL:05 53 09 27 48]]. Envoi des pompiers. Elle répète 'je veux pas aller à l'hôpital, je veux rester avec {{Minette}}' (sa chatte)."),
    ("urgences", "accueil_telephonique", "Faux appel, un enfant qui joue avec le tel. {{45 sec}}."),
    # ---- urgences / controle_sur_place (12)
    ("urgences", "controle_sur_place", "Sortie {{SMUR}} avec Dr [[P:Pelletier]], l'IDE [[P:Lola]] et l'ambulancier [[P:Jordan]]. Arrêt cardiaque au [[ADR:12 rue Émile Zola, 59300 Valenciennes]]. RCP {{25 min}}, récupération. Transport au CH de {{Valenciennes}}."),
    ("urgences", "controle_sur_place", "EMG à domicile chez Mme [[P:Jeanne Fabre]], {{93 ans}}, chutes répétées. Ordonnance : {{Lasilix}}, {{Eliquis}}, {{Imovane}}. Sa fille [[P:Martine]] vit à {{Montpellier}}. Tapis à enlever, barres d'appui à poser."),
    ("urgences", "controle_sur_place", "Retour de sortie, {{4 interventions}} en {{6h}}. L'ambulancier, [[P:Steeve]], mange un {{Mars}} dans le camion : 'un {{Mars}} en {{mars}}', on est le 1er."),
    ("urgences", "controle_sur_place", "Intervention SMUR sur l'{{A7}}, carambolage. Victime 1 : conducteur de la voiture [[IMMAT:EZ-904-LC]], M. [[P:Benoît]], conscient. Le camion des {{Transports Dufour}} en travers. Victime 2 : rien."),
    ("urgences", "controle_sur_place", "Dr [[P:Lopez]] : - vous prenez quoi comme médicaments ?\n- ma fille sait, elle est à {{Lourdes}}\n- elle s'appelle comment ?\n- [[P:Bernadette]]\n😶"),
    ("urgences", "controle_sur_place", "EMG chez M. [[P:Robert Desnoyers]], {{84 ans}}, [[ADR:7 rue du Général Leclerc, 76600 Le Havre]]. Syndrome de glissement. Sa femme [[P:Colette]] est décédée en {{mars}}. Il montre des photos, 'ma [[P:Colette]]'. Sur l'étagère, tous les livres de {{Colette}}, c'était sa lectrice préférée. Il se fait livrer par le {{Leclerc}} du quartier, le frigo est plein de yaourts périmés. La gériatre propose un passage infirmier quotidien et le {{portage de repas}} ; il dit oui pour les repas, non pour l'infirmière. Le fils, [[P:Thierry]], vit à {{Rouen}} et passe le dimanche."),
    ("urgences", "controle_sur_place", "SMUR pédiatrique : nourrisson de {{3 mois}}, convulsion fébrile. Parents paniqués. {{Doliprane}} en pipette, surveillance."),
    ("urgences", "controle_sur_place", "L'IDE cherche la carte Vitale et trouve une carte d'identité : [[P:Mohamed Ziani]], n° [[ID:X4RT92K81]], né le [[DN:30/04/1949]]. Diabétique, il a fait le {{Ramadan}}, hypo sévère. Resucrage, il refuse l'hôpital, sa femme promet de surveiller."),
    ("urgences", "controle_sur_place", "Malaise au {{Salon de l'Agriculture}} : Mme [[P:Agnès Vacher]], éleveuse, au stand {{Charolais}}. Hypoglycémie. Elle refuse le transport, sa vache {{Marguerite}} passe en concours à {{14h}}."),
    ("urgences", "controle_sur_place", "Visite EMG chez Mme [[P:Lucienne Saint-Fleur]], {{88 ans}}, originaire de {{Martinique}}. Elle parle créole avec l'IDE, [[P:Fabienne]]. Jardin plein d'{{hibiscus}}. MMS {{18/30}}."),
    ("urgences", "controle_sur_place", "Sur le frigo, liste des numéros :\nFILS [[P:Didier]] [[TEL:06 40 72 15 88]]\nINFIRMIÈRE [[P:Agathe]] [[TEL:06 22 90 47 31]]\n{{SAMU 15}}\n{{POMPIERS 18}}"),
    ("urgences", "controle_sur_place", "Ce que je retiens du SMUR : les distances. {{38 min}} pour monter à {{Saint-Jean-de-Maurienne}}, l'hélico ({{Dragon 73}}) cloué au sol par la neige. Le médecin : 'la montagne ça pardonne pas'. On repasse par {{Saint-Michel-de-Maurienne}}."),
    # ---- chrs / accueil_physique (14)
    ("chrs", "accueil_physique", "Accueil de jour du CHRS {{Les Glycines}}, {{32 personnes}} ce matin. [[P:Marcel]], un habitué, {{60 ans}}, prend sa douche, laisse son sac à l'agent d'accueil [[P:Rudy]]."),
    ("chrs", "accueil_physique", "[[P:Ornella]], {{24 ans}}, arrivée hier de {{Marseille}} en {{Ouigo}}, dormi gare. Pas de carte Vitale, on retrouve son NIR sur une ordonnance : [[NIR:2 01 07 13 055 664 14]]. Demande {{SIAO}} faite, réf. [[ID:69-104418]]. Elle veut juste dormir."),
    ("chrs", "accueil_physique", "- t'as vu [[P:Rocky]] ?\n- non il est au {{Secours pop}}\n- il me doit {{10 balles}}\n([[P:Rocky]] c'est un surnom, vient du film {{Rocky}}, il boxait. Son vrai nom c'est [[P:Rachid]] je crois.)"),
    ("chrs", "accueil_physique", "Repas de midi fait par [[P:Gaston]], cuisinier bénévole : {{hachis parmentier}}, compote, {{Petits Filous}}. {{41 couverts}}."),
    ("chrs", "accueil_physique", "M. [[P:Wojciech Nowak]], polonais, {{55 ans}}, vient chercher son courrier (domiciliation). Une lettre {{Pôle emploi}} avec son identifiant [[FT:4471802T]], un relevé {{PKO Bank}}. Il lit le courrier devant nous et dit juste 'pas bon'."),
    ("chrs", "accueil_physique", "Entretien d'accueil avec l'éduc [[P:Aude]]. Couple : [[P:Kevin Lemoine]] et [[P:Jessica]], + leur chien {{Tyson}} (!). Le CHRS prend pas les chiens → orientation pension de famille des {{Compagnons d'Emmaüs}}. Ils ont dormi 3 nuits dans leur {{Twingo}}. [[P:Jessica]] est enceinte de {{5 mois}}, suivie a la {{PMI}}."),
    ("chrs", "accueil_physique", "[[P:Fatima]] fait sa déclaration trimestrielle {{RSA}} sur l'ordi de l'accueil avec [[P:Jean-Baptiste]] (bénévole). Num allocataire [[ALLOC:3308841]], mot de passe oublié, {{20 min}} pour le réinitialiser."),
    ("chrs", "accueil_physique", "Un homme dort sur les chaises, on le laisse. Il pleut. Sur son sac, écrit au marqueur : '{{PARIS SAINT-GERMAIN}}'. La télé passe {{BFM}}."),
    ("chrs", "accueil_physique", "Mme [[P:Aïcha]] arrive avec 3 enfants, violences conjugales. Mise à l'abri directe, {{chambre 14}}. Le mari, M. [[P:Haroun]], ne doit pas entrer : sa photo est affichée au bureau (!). Affiche du {{3919}} juste à côté."),
    ("chrs", "accueil_physique", "Le CHRS s'appelle {{Saint-Vincent}}, géré par la {{Société de Saint-Vincent-de-Paul}}. Les résidents disent '{{le Vincent}}'. Bâtiment B, ancienne caserne {{Lyautey}}."),
    ("chrs", "accueil_physique", "Un jeune, [[P:Diallo]], montre son {{TikTok}} [[ID:@mamadou_du_93]] à l'éducateur : il fait des vidéos de cuisine. L'éduc lui parle de la formation de {{Thierry Marx}}, {{Cuisine Mode d'Emploi(s)}}."),
    ("chrs", "accueil_physique", "Dossier {{CSS}} : [[P:Luc]] connaît pas son numéro de sécu. L'agent le retrouve sur une vieille attestation : [[NIR:1 74 06 62 193 092 19]]. Né dans le {{Pas-de-Calais}}, {{51 ans}}, il en fait 70."),
    ("chrs", "accueil_physique", "M. [[P:Samuel]] — non [[P:Samir]], je confonds, ils sont deux — rend sa clé. Il part en logement {{Solibail}} à {{Sarcelles}}. Grosse émotion, l'équipe a fait un {{Savane}}."),
    ("chrs", "accueil_physique", "Réunion d'équipe du matin (j'y assiste). Cas de [[P:Joël]], {{48 ans}}, alcool, exclu {{3 jours}} après une bagarre avec [[P:Dédé]]. Le chef de service, M. [[P:Noël]], rappelle le règlement : pas de violence, point. L'éduc référente, [[P:Salomé]], défend [[P:Joël]] : il avait arrêté depuis {{2 mois}}, la bagarre c'est [[P:Dédé]] qui l'a cherchée. Ensuite on parle du repas de {{Noël}} : qui fait le {{Père Noël}} ? [[P:Joël]] s'était proposé, du coup c'est compliqué 😅. On vote : [[P:Rudy]]."),
    # ---- chrs / accueil_telephonique (14)
    ("chrs", "accueil_telephonique", "Écoutant {{115}} : [[P:Thomas]]. Appel 1 : Mme [[P:Koné]], 2 enfants, dehors à la gare {{Part-Dieu}}. Pas de place. Rappel à {{21h}}. Elle dit qu'elle a appelé {{40 fois}} depuis {{17h}}."),
    ("chrs", "accueil_telephonique", "{{97 APPELS}} NON DECROCHES AVANT MIDI. LE LOGICIEL {{SI-SIAO}} RAME."),
    ("chrs", "accueil_telephonique", "Un homme qui se présente comme '[[P:Moustache]]'. Il appelle tous les soirs, l'écoutant le connaît : il dort sous le pont {{Wilson}}. Ce soir il veut juste parler."),
    ("chrs", "accueil_telephonique", "- {{115}} bonsoir\n- c'est Mme [[P:Printemps]]\n- bonsoir Mme [[P:Printemps]], vous êtes où ?\n- devant le {{Printemps}}, la grille est fermée\nElle dort dans l'entrée du magasin depuis {{novembre}}."),
    ("chrs", "accueil_telephonique", "Mme [[P:Dembélé]] donne son numéro pour qu'on la rappelle si une place se libère : [[TEL:07 53 86 21 14]]. Famille de 5. Hôtel {{Formule 1}} de {{Bobigny}} ? complet."),
    ("chrs", "accueil_telephonique", "Appel d'un travailleur social de l'{{hôpital Bichat}} : patient sortant, M. [[P:Hassan Mansouri]], né le [[DN:17/01/1972]]. Sortie {{demain 10h}}. Rien de dispo. L'écoutante propose une maraude du {{Samu social}} le soir. Réf. SIAO [[ID:75-0093417]]."),
    ("chrs", "accueil_telephonique", "Pause. L'écoutante me raconte qu'elle a appelé son chat {{Cent-Quinze}} 😸"),
    ("chrs", "accueil_telephonique", "Appel de [[P:Noa]], {{18 ans}}, sorti de l'{{ASE}} hier. 'On m'a dit de vous appeler.' {{FJT}} {{Les Acacias}} : liste d'attente. Mise à l'abri au gymnase {{Léo Lagrange}}."),
    ("chrs", "accueil_telephonique", "Appel muet, juste une respiration, {{30 secondes}}. Numéro masqué, rappel impossible."),
    ("chrs", "accueil_telephonique", "Famille [[P:Stoica]] (Roumanie), {{6 personnes}}, dort dans une voiture, plaque roumaine [[IMMAT:B 47 XTR]], sur un parking {{Auchan}}. Pas de place famille ce soir."),
    ("chrs", "accueil_telephonique", "[[P:Gilbert]], bénévole {{Croix-Rouge}} en maraude, appelle pour Mamie [[P:Jeanne]] : elle est devant la {{cathédrale Saint-Jean}}, refuse tout sauf la soupe."),
    ("chrs", "accueil_telephonique", "La coordinatrice envoie le rapport de la nuit à la {{DDETS}}, je vois l'en-tête : [[MAIL:claire.dumont@samusocial-nord.org]]. {{14 familles}} sans solution."),
    ("chrs", "accueil_telephonique", "Appel de Mme [[P:Sandrine Olivier]], violences, depuis une cabine de la {{gare Saint-Charles}}. Pas de téléphone à elle. L'écoutante lui donne rdv à l'accueil de jour. Elle dit que son mari s'appelle [[P:Olivier]] aussi, '[[P:Olivier Olivier]]', elle rit nerveusement. Il l'attend peut-être dehors. L'écoutante appelle le {{17}}."),
    ("chrs", "accueil_telephonique", "'C'est un jeudi calme' dit l'écoutant. 3 min après : {{14 appels}} d'un coup, fermeture du gymnase {{Pierre de Coubertin}}."),
    # ---- chrs / controle_sur_place (12)
    ("chrs", "controle_sur_place", "Maraude {{Samu social}} avec [[P:Hugo]] et [[P:Inès]]. Premier arrêt : [[P:Ahmed]], sous l'abribus {{Victor Hugo}}. Café, duvet. Il lit un vieux {{Les Misérables}}, de {{Victor Hugo}} justement."),
    ("chrs", "controle_sur_place", "Visite en diffus : [[ADR:3 allée des Peupliers, bât. C, 94000 Créteil]]. Résidente [[P:Kadiatou]], 2 enfants. Fuite d'eau, le bailleur {{Valophis}} répond pas. L'éduc appelle devant moi."),
    ("chrs", "controle_sur_place", "Maraude : personne sous le pont {{Saint-Michel}} ce soir, les tentes ont été évacuées hier."),
    ("chrs", "controle_sur_place", "- Salut [[P:Babacar]], ça va ?\n- ça va, sauf [[P:Tonton]] qui m'a piqué mon sac\nL'éduc note. [[P:Babacar]] a rdv au {{CMP}} jeudi."),
    ("chrs", "controle_sur_place", "M. [[P:Patrick Leclerc]] vit dans sa voiture sur le parking du {{Leclerc}} (oui). Plaque [[IMMAT:9482 ZH 59]]. Il a {{62 ans}}, bosse encore en intérim chez {{Synergie}}."),
    ("chrs", "controle_sur_place", "Visite en diffus, T4 partagé par 3 hommes : [[P:Abdoulaye]], [[P:Vasile]] et [[P:Ti-Pierre]] (il vient de {{Guadeloupe}}). Tensions sur le ménage, l'éduc [[P:Maëlle]] a fait un planning, collé sur la porte avec un aimant {{Tour Eiffel}}. [[P:Vasile]] fait tout, les deux autres rien, il menace de partir chez son cousin à {{Montreuil}}. Sur le frigo, une photo de l'{{abbé Pierre}}, 'c'est mon saint' dit [[P:Ti-Pierre]]."),
    ("chrs", "controle_sur_place", "Tournée de nuit, {{-4°C}}. Plan {{Grand Froid}} {{niveau 2}}. {{40 couvertures}} distribuées. Gymnase {{Jean Zay}} ouvert."),
    ("chrs", "controle_sur_place", "Maraude {{porte de la Chapelle}} : un monsieur sans papiers montre son récépissé APS [[ID:7503219948]] pour prouver qu'il a 'le droit'. [[P:Youssouf]], né le [[DN:1er janvier 1988]] (date par défaut, dit l'éduc)."),
    ("chrs", "controle_sur_place", "Maraude au parc {{Monceau}}. Mme [[P:Blanche]] (surnom, à cause des cheveux) dort sur son banc habituel. Elle veut pas du {{115}}. Elle lit {{Blanche-Neige}} à voix haute à son chien, un vieux livre de bibliothèque."),
    ("chrs", "controle_sur_place", "L'éduc donne son numéro pro à [[P:Igor]] : [[TEL:06 19 84 32 70]], 'tu appelles si t'as besoin'. CHRS {{Les Glycines}}."),
    ("chrs", "controle_sur_place", "Diffus : Mme [[P:Bouvier]] montre son courrier Caf, dossier [[ALLOC:7712049]], {{APL}} versée au CHRS. L'éducatrice, [[P:Océane]], vérifie. Un {{bouvier bernois}} dans l'appart (!), pas autorisé normalement."),
    ("chrs", "controle_sur_place", "Maraude en camion avec la {{Croix-Rouge}} : {{gare de l'Est}}, square {{Louis-Blanc}}, rue {{La Fayette}}. On retrouve [[P:Oumar]] et [[P:Mariana]] (portugaise, de {{Porto}}). Elle a une chienne, {{Lisboa}}. Le bénévole, [[P:Jean-Claude]], la connaît depuis {{10 ans}}."),
    # ---- france_travail / accueil_physique (14)
    ("france_travail", "accueil_physique", "Accueil FT, {{9h}}. M. [[P:Arnaud Charron]], identifiant [[FT:3198620B]], vient pour une radiation (absence à un rdv). La conseillère, Mme [[P:Sylvestre]], le réinscrit. Il avait reçu la convocation le lendemain du rdv, tampon de {{La Poste}} à l'appui."),
    ("france_travail", "accueil_physique", "Borne de réinscription : 3 ordis, 1 imprimante en panne. Affiche '{{Job Dating}} {{Amazon}} jeudi'."),
    ("france_travail", "accueil_physique", "M. [[P:Dieudonné Mabiala]] veut faire un {{CACES}}. Identifiant [[FT:452 187 3K]]. Le conseiller, [[P:Bastien]], trouve une session à l'{{AFPA}} de {{Champs-sur-Marne}}. Il demande si son compte belge marche pour l'{{ARE}} : [[IBAN:BE11 0630 9172 4548]]. Oui, zone SEPA."),
    ("france_travail", "accueil_physique", "- vous cherchez quoi comme métier ?\n- {{boulanger}}\n- et vous vous appelez ?\n- [[P:Boulanger]]. [[P:Matthieu Boulanger]].\n- 😄 d'accord\nIl a bossé {{6 ans}} chez {{Paul}}."),
    ("france_travail", "accueil_physique", "Accompagnement {{CEJ}} : [[P:Inaya]], {{19 ans}}, donne son mail [[MAIL:inaya.toybou976@gmail.com]] et son tel [[TEL:06 39 71 42 85]]. Originaire de {{Mayotte}}. Veut travailler dans l'aide à la personne, stage chez {{O2}}."),
    ("france_travail", "accueil_physique", "[[P:Kylian]], {{17 ans}} → trop jeune, {{Mission locale}}. Il porte le maillot {{Mbappé}} 🙃"),
    ("france_travail", "accueil_physique", "Atelier CV : sur le mur, un CV exemple de {{Marie Curie}} ('physicienne, 2 prix Nobel'). Les participants rigolent. La conseillère dit que c'est pour montrer la rubrique 'compétences', ça marche à chaque fois."),
    ("france_travail", "accueil_physique", "Mme [[P:Violaine]] (conseillère) : {{12 rdv}} ce matin, {{25 min}} chacun, 'et l'actualisation qui bug'."),
    ("france_travail", "accueil_physique", "CV modèle imprimé pour l'atelier au nom de [[P:Jean Dupré]], 'serveur chez {{Brasserie Flo}}'. Personne sait qui c'est."),
    ("france_travail", "accueil_physique", "Inscription d'un réfugié afghan, M. [[P:Ahmad Rahimi]], titre de séjour [[ID:9304418762]], décision {{OFPRA}}. Interprète, [[P:Zahra]], par téléphone. Identifiant créé : [[FT:7720453M]]. Il était ingénieur à {{Kaboul}}, il veut d'abord apprendre le français."),
    ("france_travail", "accueil_physique", "[[P:Aminata]] montre son compte insta de coiffure, [[ID:@tresses_by_aminata]]. La conseillère lui parle de l'{{ACRE}} et de la micro-entreprise."),
    ("france_travail", "accueil_physique", "Agence {{Marseille Belle de Mai}}. M. [[P:Sébastien Roux]], {{52 ans}}, licencié d'une usine d'embouteillage ({{Ricard}}). Il dit '[[P:Roux]] comme la couleur', il a pas un cheveu {{roux}} lol. Le conseiller propose le {{CSP}} (contrat de sécurisation pro), formation cariste, {{AREF}}. Il veut pas quitter le quartier, sa mère est à l'{{EHPAD Saint-Barthélemy}} juste à côté. Il parle {{30 min}} de l'usine, des collègues, du pastis offert à {{Noël}}. Conseiller patient, mais {{3 rdv}} en retard derrière."),
    ("france_travail", "accueil_physique", "Une dame demande si '{{Pôle emploi}} et {{France Travail}} c'est pareil'. Oui. Elle repart rassurée."),
    ("france_travail", "accueil_physique", "M. [[P:Fontaine]] dicte son identifiant : [[FT:sept zéro trois quatre cinq un huit H]]. Son frère tient {{Fontaine & Fils}}, plomberie, mais il veut pas bosser pour lui. 'Histoire de famille', il dit."),
    # ---- france_travail / accueil_telephonique (14)
    ("france_travail", "accueil_telephonique", "{{3949}}, double écoute avec [[P:Yasmine]]. M. [[P:Lucas]] veut s'actualiser, son espace bug. ID [[FT:5823917C]]. Fait par téléphone."),
    ("france_travail", "accueil_telephonique", "Attente annoncée : {{7 min}}. Réelle : {{19 min}}. Musique d'attente : {{Satie}}, {{Gymnopédies}}."),
    ("france_travail", "accueil_telephonique", "- votre identifiant ?\n- [[FT:2046381P]]\n- et votre date de naissance ?\n- [[DN:neuf septembre quatre-vingt-dix-neuf]]\n- merci M. [[P:Hamidou]]\nQuestion {{ARE}} après démission → non, sauf {{démission légitime}}."),
    ("france_travail", "accueil_telephonique", "Appel d'un employeur, la {{Boulangerie Martin}}, pour une offre de vendeuse. Le gérant, M. [[P:Martin]] (ben oui), tel [[TEL:04 75 62 18 39]]. Offre publiée sur {{francetravail.fr}}."),
    ("france_travail", "accueil_telephonique", "Mme [[P:Joyce Mensah]] signale un changement de compte pour l'{{ARE}} : [[IBAN:FR76 1660 6100 3371 2044 5819 023]]. La conseillère lui dit de le faire dans l'espace perso, justificatif obligatoire."),
    ("france_travail", "accueil_telephonique", "Appel d'{{Orange}} (l'entreprise !) pour un partenariat recrutement. Transféré au service entreprises."),
    ("france_travail", "accueil_telephonique", "M. [[P:Mathurin]] donne son numéro : [[TEL:zéro six, quatre-vingt-dix-sept, trente et un, zéro deux, soixante-six]]. Il cherche à {{Saint-Nazaire}}, aux {{Chantiers de l'Atlantique}}, soudeur."),
    ("france_travail", "accueil_telephonique", "Une dame appelle pour sa fille [[P:Clémence]], {{24 ans}}, qui ose pas appeler. Conseillère : il faut qu'elle appelle elle-même, ou qu'elle vienne à l'agence avec sa mère. La mère : 'un peu de {{clémence}} svp' 😅"),
    ("france_travail", "accueil_telephonique", "M. [[P:Ange]], {{58 ans}}, fin de droits {{ASS}}. Il habite au [[ADR:11 chemin de la Madeleine, 84000 Avignon]]. Le conseiller lui parle du {{CDI senior}}, de l'{{AREF}}. Il dit que son {{ange gardien}} c'est sa femme, [[P:Madeleine]]."),
    ("france_travail", "accueil_telephonique", "Coupure réseau {{10 min}}, {{Teams}} plante. [[P:Corinne]] en profite pour aller au distributeur {{Lavazza}}."),
    ("france_travail", "accueil_telephonique", "Le conseiller renvoie un mot de passe à [[MAIL:k.lefebvre.pro@hotmail.com]] (M. [[P:Kévin Lefebvre]]). 'Vérifiez vos spams.' Il bosse chez {{Norauto}} en intérim."),
    ("france_travail", "accueil_telephonique", "- vous êtes bien Mme [[P:Ginette Lebon]] ?\n- non c'est sa fille, [[P:Nadine]]\n- je ne peux parler qu'à elle madame\n{{5 min}} de négociation."),
    ("france_travail", "accueil_telephonique", "[[P:Loïc]] : '{{40 %}} des appels = l'{{actualisation}}'."),
    ("france_travail", "accueil_telephonique", "Mme [[P:Morgane Le Bihan]] demande si son {{RSA}} continue quand elle s'inscrit. Elle donne son n° Caf, [[ALLOC:1092638]], 'au cas où'. Conseiller : on n'y a pas accès. Elle appelle de {{Morlaix}}."),
    # ---- france_travail / controle_sur_place (12)
    ("france_travail", "controle_sur_place", "Visite entreprise avec la conseillère entreprise, [[P:Hélène]] : {{Chocolaterie Léonie Moreau}}. La gérante, Mme [[P:Moreau]], cherche {{3 personnes}} pour {{Pâques}}."),
    ("france_travail", "controle_sur_place", "Forum emploi au {{Parc des Expositions}}. Stands {{Armée de Terre}}, {{La Poste}}. [[P:Nassim]], {{22 ans}}, dépose {{15 CV}}. Ses CV sont imprimés sur papier {{rose}}."),
    ("france_travail", "controle_sur_place", "{{Job dating}} {{Intermarché}} : {{40 candidats}}, {{12 postes}}. Café + {{croissants}}."),
    ("france_travail", "controle_sur_place", "Visite au {{Garage Lemaire}}. Le patron, M. [[P:Lemaire]], veut un mécano. Le candidat, M. [[P:Yannick Le Floch]], arrive avec sa voiture [[IMMAT:DM-874-QS]] qu'il voudrait faire réparer sur place lol."),
    ("france_travail", "controle_sur_place", "Immersion {{PMSMP}} à l'{{Ehpad Les Jardins de Marie}} : la stagiaire, [[P:Fatoumata]] (identifiant [[FT:6650231Q]]), suit l'aide-soignante [[P:Marie-Claire]]. Tuteur : M. [[P:Lopes]]. Bilan positif, CDD possible en {{juillet}}."),
    ("france_travail", "controle_sur_place", "- vous cherchez quoi ?\n- cariste, j'ai le {{CACES 3}}\n- laissez votre tel\n- [[TEL:07 68 25 93 11]]\n- et votre nom ?\n- [[P:Pascal Mercier]]\nStand {{Kuehne+Nagel}}."),
    ("france_travail", "controle_sur_place", "Visite {{Menuiserie Rousseau}}. Le patron, M. [[P:Rousseau]], veut un apprenti. Il me montre une table en {{chêne}}."),
    ("france_travail", "controle_sur_place", "Salon {{Handicap & Emploi}} : stands {{Cap emploi}}, {{Agefiph}}, {{Esat Les Ateliers de la Rose}}. Beaucoup de monde."),
    ("france_travail", "controle_sur_place", "Le DRH de la {{Laiterie de Saint-Malo}}, M. [[P:Guégan]], donne son mail à la conseillère : [[MAIL:yves.guegan@laiterie-stmalo.fr]]. {{8 postes}} de conducteur de ligne."),
    ("france_travail", "controle_sur_place", "Forum de l'alternance au lycée {{Gustave Eiffel}}. [[P:Inès Boukhari]] postule à la {{SNCF}}. [[P:Tom]], {{17 ans}}, veut être pâtissier chez {{Pierre Hermé}} 😄 le conseiller l'envoie vers le {{CFA}}. Stand suivant, {{Compagnons du Devoir}} : un jeune couvreur, [[P:Mathis]], raconte son tour de France, {{Angers}}, {{Nantes}}, {{Bordeaux}}. [[P:Inès Boukhari]] revient nous voir avec un rdv pour un entretien le {{mardi 12}}, elle saute de joie. Le conseiller note tout dans son carnet, pas d'ordi sur le stand. A la sortie, un ballon {{Orange}} géant et des stands de bonbons, ambiance kermesse."),
    ("france_travail", "controle_sur_place", "Fiche d'inscription au forum :\nNOM [[P:MENDY]]\nPRÉNOM [[P:Augustin]]\nDDN [[DN:1996-08-21]]\nQUALIF {{BTS MCO}}"),
    ("france_travail", "controle_sur_place", "Visite de la coopérative {{Terres de Loire}} : besoin de saisonniers pour les vendanges en {{septembre}}. Le chef d'équipe, [[P:Vincent]], rit : '{{Saint-Vincent}}, patron des vignerons'. Un saisonnier, M. [[P:Marin Popa]], montre son passeport roumain [[ID:058214736]] et donne son IBAN pour la paie : [[IBAN:RO85 BTRL RONC RT02 9846 1501]]."),
]
# fmt: on


class MarkError(ValueError):
    """A note or a split that cannot be turned into a labelled corpus."""


def check_plain(chunk):
    """Refuse a stray mark delimiter in text outside any mark."""
    for token in STRAY:
        if token in chunk:
            raise MarkError(f"stray {token!r}")


def check_value(value):
    """Refuse an empty or padded value, or one holding a mark delimiter."""
    if not value.strip():
        raise MarkError("empty value")
    if value != value.strip():
        raise MarkError(f"padded value {value!r}")
    for token in STRAY:
        if token in value:
            raise MarkError(f"stray {token!r} inside value {value!r}")


def parse(raw):
    """Return ``(text, entities, keep)`` for one marked note, or raise MarkError."""
    parts, entities, keep = [], [], []
    length = pos = 0
    for match in MARK_RE.finditer(raw):
        before = raw[pos : match.start()]
        check_plain(before)
        parts.append(before)
        length += len(before)
        code, value, kept = match.group(1), match.group(2), match.group(3)
        if kept is not None:
            check_value(kept)
            if kept not in keep:
                keep.append(kept)
            value = kept
        else:
            if code not in CODES:
                raise MarkError(f"unknown code {code!r}")
            check_value(value)
            entities.append({"start": length, "end": length + len(value), "label": CODES[code]})
        parts.append(value)
        length += len(value)
        pos = match.end()
    check_plain(raw[pos:])
    parts.append(raw[pos:])
    if not keep:
        raise MarkError("no keep string")
    return "".join(parts), entities, keep


def build():
    """Turn NOTES into labelled notes; return ``(notes, errors)``."""
    notes, errors = [], []
    for number, (site_kind, channel, raw) in enumerate(NOTES, start=1):
        note_id = f"{ID_PREFIX}-{number:03d}"
        if site_kind not in SITE_KINDS or channel not in CHANNELS:
            errors.append(f"{note_id}: unknown site kind or channel {(site_kind, channel)}")
            continue
        try:
            text, entities, keep = parse(raw)
        except MarkError as exc:
            errors.append(f"{note_id}: {exc}")
            continue
        notes.append(
            {
                "id": note_id,
                "site_kind": site_kind,
                "channel": channel,
                "text": text,
                "entities": entities,
                "keep": keep,
            }
        )
    return notes, errors


def split(notes):
    """Deal each (site_kind, channel) stratum alternately to dev and holdout."""
    strata = defaultdict(list)
    for note in notes:
        strata[(note["site_kind"], note["channel"])].append(note)
    for key in sorted(strata):
        if len(strata[key]) % 2:
            raise MarkError(f"stratum {key} has an odd size ({len(strata[key])})")
    rng = random.Random(SEED)
    dev, holdout = [], []
    for key in sorted(strata):
        group = list(strata[key])
        rng.shuffle(group)
        for index, note in enumerate(group):
            (dev if index % 2 == 0 else holdout).append(note)
    for name, half in (("dev", dev), ("holdout", holdout)):
        present = {entity["label"] for note in half for entity in note["entities"]}
        missing = sorted(set(CODES.values()) - present)
        if missing:
            raise MarkError(f"{name} lacks labels {missing}")
    return sorted(dev, key=lambda n: n["id"]), sorted(holdout, key=lambda n: n["id"])


def write(path, notes):
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for note in notes:
            handle.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes, errors = build()
    if not errors:
        try:
            dev, holdout = split(notes)
        except MarkError as exc:
            errors.append(str(exc))
    if errors:
        for error in errors:
            print("ERROR", error, file=sys.stderr)
        print("nothing written", file=sys.stderr)
        return 1
    write(HERE / "dev.jsonl", dev)
    write(HERE / "holdout.jsonl", holdout)
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")
    return 0


if __name__ == "__main__":
    sys.exit(main())
