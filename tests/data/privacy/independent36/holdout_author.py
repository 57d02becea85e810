"""Author the independent36 evaluation notes and write dev.jsonl / holdout.jsonl.

Each note is a (site_kind, channel, text) tuple written by hand. Inline marks in the text:
``[[LABEL:value]]`` for a value to mask, ``{{value}}`` for a string to keep. This script strips
the marks, computes the offsets, builds the keep list, gives ids ind36-001 ... ind36-240 in
writing order and draws a 120 / 120 split with random.Random(36), stratified by
(site_kind, channel). Standard library only; deterministic.

Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind36"
SEED = 36
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

NOTES = [
    # ------------------------------------------------------------------ caf, accueil physique
    (
        "caf",
        AP,
        "{{Caf}} {{Saint-Denis}}, {{9h10}}, deja {{23 pers}} dehors. ticket {{B14}}\n"
        "Mme [[PERSONNE:Gonçalves]] vient pr ses {{APL}} suspendues depuis {{mars}}. l'agente ([[PERSONNE:Nadia]]) lui parle portugais direct 😮 elle repond « {{obrigada}}, {{obrigada}} »\n"
        "n° alloc lu a voix haute : [[N_ALLOCATAIRE:2458173]], NIR [[NIR:2 88 03 99 139 045 97]] (née a {{Braga}})\n"
        "pb = attestation de loyer jamais envoyee par {{Plaine Commune Habitat}}",
    ),
    (
        "caf",
        AP,
        "ticket {{A07}} → {{guichet 3}} en {{12 min}}. dame {{ukrainienne}}, {{protection temporaire}}, demande si l'{{ADA}} de l'{{OFII}} s'arrete qd elle touche le {{RSA}}. reponse agent : oui on cumule pas, faut prevenir l'{{OFII}}.\n"
        "elle dit « {{дякую}} » puis « {{thank you}} » puis « {{merci}} » 😅 tt le monde sourit",
    ),
    (
        "caf",
        AP,
        "{{Lille}} {{Fives}}. mr [[PERSONNE:BOUZID Abdelkader]] (nom d'abord, comme sur son {{passeport}} {{algérien}}) — dossier {{prime d'activité}}\n"
        "agent tape [[PERSONNE:Abdelkader Bouzid]] → pas trouvé. retape [[PERSONNE:Bouzid Abdelkader]] → trouvé 🙄 doublon créé en {{2021}}\n"
        "alloc [[N_ALLOCATAIRE:0713294]] + ancien [[N_ALLOCATAIRE:0698145]] a fusionner, demande envoyee au {{back office}}",
    ),
    (
        "caf",
        AP,
        "caf {{Marseille 3e}}, bcp de monde. une ado, [[PERSONNE:Yasmine]], traduit pr sa mere en {{arabe}}. mere née le [[DATE_NAISSANCE:05/03/1971]] selon le titre de sejour mais [[DATE_NAISSANCE:1971-03-05]] sur l'acte {{marocain}}, agent dit c pareil ouf.\n"
        "titre de sejour n° [[IDENTIFIANT:1302458761]]\n"
        "la maman repete « {{inchallah}} » a chaque etape 🙏",
    ),
    (
        "caf",
        AP,
        "{{Nantes}} {{Bellevue}}\n"
        "famille [[PERSONNE:Munteanu]], {{roumains}}, {{3 enfants}}. papa [[PERSONNE:Ștefan]] montre sa carte d'identite {{roumaine}}, agent lit le {{CNP}} : [[IDENTIFIANT:1840712400317]]\n"
        "« {{mulțumesc}} doamna »\n"
        "ils veulent les {{allocations familiales}}, manque justif de residence > {{3 mois}}. adresse : [[ADRESSE:17 rue de la Pelleterie, 44100 Nantes]]… mais l'agent remarque que c'est chez un cousin",
    ),
    (
        "caf",
        AP,
        "Paris {{19e}}, {{guichet 5}}. M. [[PERSONNE:Tharmalingam Sivakumar]] ({{sri-lankais}}) + interprete {{ISM}} en {{tamoul}} sur haut parleur 📞 — l'interprete c'est Mme [[PERSONNE:Selvarajah]]\n"
        "objet : {{RSA}} refusé, motif titre de sejour < {{5 ans}}. lui : « but I work, {{Deliveroo}} » → ça compte pas pr la condition\n"
        "agent tres patient, {{25 min}}",
    ),
    (
        "caf",
        AP,
        "{{Rennes}} {{Villejean}}, agente = [[PERSONNE:Gwenaëlle]]. usager {{afghan}}, [[PERSONNE:Ahmad Shah Noorzai]], parle {{dari}}, un ami traduit. demande APL pr chambre chez l'habitant [[ADRESSE:6 square de Galicie, 35200 Rennes]]\n"
        "la proprio a pas de n° {{SIRET}}, ok pas besoin\n"
        "le pote dit « {{tashakor}} » en partant et l'agente repond « {{kenavo}} » 😂",
    ),
    (
        "caf",
        AP,
        "{{Vaulx-en-Velin}}?? non c {{Lyon 8e}} pardon. {{10h40}}.\n"
        "- {{4 personnes}} pr la {{prime de naissance}}\n"
        "- deux pr l'{{ASF}}\n"
        "- un monsieur {{turc}} qui voulait juste imprimer son {{attestation}}, borne en panne 🙄\n"
        "l'agent dit « elle est {{HS}} depuis {{lundi}} »\n"
        "file {{35 min}} en moyenne",
    ),
    (
        "caf",
        AP,
        "{{Brest}} {{Bellevue}}, sur RDV {{14h}}. Mme [[PERSONNE:Le Bihan]] (voisine, retraitée) accompagne [[PERSONNE:Fatoumata Camara]], {{guinéenne}}, pour la {{DTR}} {{RSA}}\n"
        "[[PERSONNE:Fatoumata]] parle {{soussou}} et {{français}} mais lit pas → c la voisine qui remplit sur {{caf.fr}}, dossier [[N_ALLOCATAIRE:4470218]]\n"
        "mail créé ensemble : [[EMAIL:fatou.camara29@gmail.com]] 😬 mdp ecrit sur un {{post-it}}",
    ),
    (
        "caf",
        AP,
        "{{Paris 18}} — {{la Chapelle}}. un jeune, [[PERSONNE:Mamadou Lamine Sow]], vient chercher attestation de paiement pour sa demande de {{logement social}}. agent lui demande date de naissance, il dit « [[DATE_NAISSANCE:1er janvier 1999]] » → l'agent m'explique tout bas que bcp de dossiers ont le {{1er janvier}} par defaut qd l'acte n'a pas de jour\n"
        "n° alloc [[N_ALLOCATAIRE:3301927]]",
    ),
    (
        "caf",
        AP,
        "{{Belsunce}}, pendant le {{Ramadan}}. accueil ouvre {{8h30}}, file jusqu'au {{cours Belsunce}}. beaucoup de {{comoriens}} et d'{{algériens}} ce matin. l'agente me dit que les gens viennent tot pour etre rentrés avant la rupture du jeune.\n"
        "un monsieur offre des {{dattes}} au vigile 🌴 « {{saha ftourkoum}} »\n"
        "{{17 dossiers}} traités avant {{midi}}",
    ),
    (
        "caf",
        AP,
        "{{Paris 20e}}. Mme [[PERSONNE:Conceição Alegria dos Santos]] 🇧🇷 — oui [[PERSONNE:Alegria]] c son 2e prenom, elle rigole « {{alegria}} = {{joie}} »\n"
        "dossier {{PAJE}} [[N_ALLOCATAIRE:5593021]], bébé né au {{Brésil}}, acte pas traduit. agent : faut un {{traducteur assermenté}}, liste a la {{cour d'appel}}. {{obrigada}} x3",
    ),
    (
        "caf",
        AP,
        "{{Roubaix}}, {{11h15}}. mr [[PERSONNE:Kowalczyk]]… non [[PERSONNE:Kowalski]] (l'agent avait mal lu) 🇵🇱, retraité mineur, vient pour son {{APL}}. donne son RIB sur papier : [[IBAN:FR76 1027 8360 1100 0234 1780 592]]\n"
        "lui : « {{dziękuję}} ». agent (a {{Lille}} depuis {{20 ans}}) : « ah on en a eu bcp des {{Polonais}} ici, les grands-parents des mineurs »",
    ),
    (
        "caf",
        AP,
        "{{Lyon}} {{Part-Dieu}}. une etudiante {{espagnole}} + son copain {{américain}} (il parle anglais). elle = [[PERSONNE:Lucía Fernández Ortega]], lui = [[PERSONNE:Tyler]]. {{APL}} {{colocation}}.\n"
        "sur le formulaire il a mis sa date de naissance [[DATE_NAISSANCE:03/05/1998]] → l'agent lit « [[DATE_NAISSANCE:3 mai]] », lui : « no no, [[DATE_NAISSANCE:March 5th]] » 🇺🇸 donc en vrai [[DATE_NAISSANCE:05/03/1998]], corrigé a la main\n"
        "elle : « {{vale}}, {{gracias}} »",
    ),
    (
        "caf",
        AP,
        "{{Quimper}}, petite agence, {{2 agents}}. que des RDV. {{9h}}-{{12h}} : {{6 RDV}}, {{1 absent}}.\n"
        "pendant le creux l'agent m'explique la diff {{RSA}} / {{prime d'activité}} avec un schema sur un {{post-it}} 😄 ; il parle {{breton}} avec une dame de {{Douarnenez}} « {{demat}} » — elle venait pr la {{prime de Noël}}, en {{juin}} lol",
    ),
    (
        "caf",
        AP,
        "{{Saint-Denis}} encore. mr [[PERSONNE:Diarra]] ({{malien}}, parle {{bambara}}) veut changer son tel sur le dossier. ancien [[TELEPHONE:06 58 13 22 40]], nouveau : « [[TELEPHONE:zero sept, quarante-quatre, dix-neuf]]… » l'agent tape [[TELEPHONE:07 44 19 63 05]].\n"
        "il a aussi un num au {{Mali}} pr sa femme [[TELEPHONE:+223 76 41 28 09]] mais agent dit pas besoin\n"
        "« {{i ni ce}} » en partant",
    ),
    (
        "caf",
        AP,
        "{{Nantes}} {{Malakoff}}. Mme [[PERSONNE:Said Mchangama Zainaba]] ({{comorienne}}). l'agent m'explique qu'aux {{Comores}} le nom du pere passe devant, pas de nom de famille fixe. dans le dossier caf elle est [[PERSONNE:ZAINABA Said]] 🤷\n"
        "vient pour l'{{AEEH}} de son fils [[PERSONNE:Ibrahim]] ({{12 ans}}), ref {{MDPH}} [[IDENTIFIANT:044-2023-018734]]",
    ),
    (
        "caf",
        AP,
        "{{Paris 13}}. Mme [[PERSONNE:NGUYEN Thi Hoa]], {{vietnamienne}}, {{70 ans}}… agent : « [[PERSONNE:Nguyen]] c'est le nom ? » elle : « nom oui. [[PERSONNE:Hoa]] prénom. [[PERSONNE:Thi]] milieu » 😊\n"
        "vient pr l'{{ASPA}}?? non c pas la caf ça, c la {{Carsat}}. reorientée. « {{cảm ơn}} »",
    ),
    (
        "caf",
        AP,
        "{{Lille}} {{Moulins}}, {{10h}}. [[PERSONNE:Ndeye Fatou Mbaye]] + sa copine, parlent {{wolof}} entre elles. {{RSA}} couple? non, séparée depuis {{janvier}}. ex-mari = [[PERSONNE:Ousmane Mbaye]], elle veut pas qu'on l'appelle.\n"
        "NIR [[NIR:2 92 07 99 341 027 34]], nouvelle adresse [[ADRESSE:44 rue d'Arras, 59000 Lille]]\n"
        "en partant : « {{jërëjëf}} » ; l'agente (qui est {{sénégalaise}} aussi) : « {{ba beneen yoon}} »",
    ),
    (
        "caf",
        AP,
        "{{Rennes}} {{Le Blosne}}. M. [[PERSONNE:Yıldız]] ({{turc}}, ça veut dire {{étoile}} il dit ⭐). nouveau mail : [[EMAIL:mehmet.yildiz35@hotmail.fr]], mis a jour dans le dossier [[N_ALLOCATAIRE:5127704]]\n"
        "il voulait aussi que l'APL soit versée sur son compte en {{Turquie}} [[IBAN:TR18 0006 2001 1900 0006 6723 15]] → impossible, hors {{SEPA}}\n"
        "il parle de {{Galatasaray}} avec l'agent pendant que ça charge 😂 « {{Allah'a emanet}} »",
    ),
    # ------------------------------------------------------------------ caf, accueil telephonique
    (
        "caf",
        AT,
        "plateforme tel {{3230}}, casque double écoute 🎧. appel 1 : une dame en anglais « hello, I'm calling for my {{housing allowance}} » → l'agente bascule en anglais scolaire 😅\n"
        "nom : [[PERSONNE:Blessing Okonkwo]], {{nigériane}}. alloc [[N_ALLOCATAIRE:6604219]]. date de naissance « [[DATE_NAISSANCE:14th of August 1990]] »\n"
        "doc manquant : {{bail}}. « thank you so much ma'am »",
    ),
    (
        "caf",
        AT,
        "{{14h-16h}} au tel. {{31 appels}}, {{8 en attente}} en permanence. {{12 min}} d'attente annoncée par le {{serveur vocal}}.\n"
        "sujets : {{APL}} étudiants (rentrée), {{prime d'activité}}, un mr qui appelle du {{Maroc}} (vacances, il a perdu sa carte), une dame {{portugaise}} qui demande « {{falo com quem}} ? » → pas de plateforme langues",
    ),
    (
        "caf",
        AT,
        "appel : mr [[PERSONNE:Popescu]], {{roumain}}, appelle d'un num roumain [[TELEPHONE:+40 745 318 226]] 🇷🇴 il est en {{Roumanie}} pr l'enterrement de sa mère.\n"
        "il veut savoir si le {{RSA}} est suspendu s'il reste > {{3 mois}}. agente : oui au-delà de {{92 jours}}… il dit « {{da}}, {{da}}, ok ». elle note le num français aussi : [[TELEPHONE:07 81 56 30 14]] et l'adresse là-bas [[ADRESSE:Strada Florilor 7, 200349 Craiova]]",
    ),
    (
        "caf",
        AT,
        "appel en {{ukrainien}}/{{russe}} mélangé, l'agente comprend rien → interprete {{ISM}} en conf ({{5 min}} d'attente).\n"
        "usagère : [[PERSONNE:Oksana Kovalenko]] — épelé [[PERSONNE:K-O-V-A-L-E-N-K-O]]. passeport ukrainien [[IDENTIFIANT:FX482917]], née le [[DATE_NAISSANCE:22.06.1985]]. NIR attribué : [[NIR:2 85 06 99 155 238 07]]\n"
        "elle dit « {{дякую}} » et l'interprete traduit « {{merci beaucoup}} » lol",
    ),
    (
        "caf",
        AT,
        "appel depuis {{Lorient}}. M. [[PERSONNE:Ferreira da Costa]] ({{portugais}}, bosse au {{port de pêche}}) demande pq la {{prime d'activité}} a baissé. agente : revenus {{T2}} en hausse, heures sup.\n"
        "il passe le tel a sa femme, Mme [[PERSONNE:Le Floch]], née a {{Lorient}}, NIR [[NIR:2 77 05 56 121 209 71]], qui confirme.\n"
        "« pois, pois… {{obrigado}} menina » 😄 rappel prévu au [[TELEPHONE:06.62.17.48.93]]",
    ),
    (
        "caf",
        AT,
        "appel — [[PERSONNE:Meriem Ben Salah]] appelle pr sa grand-mere [[PERSONNE:Hadda]] ({{86 ans}}, parle que l'{{arabe}}, {{tunisienne}}). l'agente : « il me faut l'accord de madame ». on entend la mamie « {{behi}}, {{behi}} ».\n"
        "alloc de la mamie [[N_ALLOCATAIRE:1186530]], APL {{Marseille 13e}}\n"
        "{{8 min}}",
    ),
    (
        "caf",
        AT,
        "appel : M. [[PERSONNE:Mensah]] ({{anglophone}}, {{Ghana}}) veut recevoir les courriers par mail, il épelle : « [[EMAIL:kwame point mensah at yahoo point com]] »… agente : pas possible par tel, faut passer par {{Mon Compte}}.\n"
        "il dit « no problem, no problem, {{God bless}} » 🙏",
    ),
    (
        "caf",
        AT,
        "pause café avec l'équipe tel. langues parlées : {{anglais}} ok pr {{3 agentes}}, {{arabe}} 2, {{portugais}} 1, {{espagnol}} 2, {{turc}} 0. pas de prime de langue. l'une dit « je fais {{Google Traduction}} en douce ».\n"
        "stats du jour : {{412 appels}} décrochés / {{690}}. {{taux de décroché}} {{60 %}}",
    ),
    (
        "caf",
        AT,
        "appel compliqué : Mme [[PERSONNE:Haidari]], {{afghane}}, via son fils [[PERSONNE:Mustafa]] ({{14 ans}}) qui traduit du {{dari}}. il donne le n° alloc de tête : [[N_ALLOCATAIRE:4093187]].\n"
        "sa mère demande l'{{ARS}} (rentrée). agente : versée le {{20 août}} 👍. le petit dit « {{tashakor}} madame » avec un accent parfait",
    ),
    (
        "caf",
        AT,
        "appel : M. [[PERSONNE:Jiménez]] veut changer de banque, il lit son IBAN espagnol : [[IBAN:ES05 0049 2738 1503 1662 9054]] 🇪🇸\n"
        "l'agente hésite (étranger?) mais l'{{Espagne}} c {{SEPA}} donc ok, sauf que ça se fait en ligne. « {{vale}}, vale, gracias » et il raccroche.\n"
        "elle me dit que les IBAN étrangers ça bloque souvent a tort",
    ),
    (
        "caf",
        AT,
        "appel en {{anglais}} : [[PERSONNE:Vijay Ramasamy]], étudiant {{indien}} ({{Chennai}}), a {{Nantes}} pour un master. « sir I don't understand the {{VLS-TS}} thing ».\n"
        "l'agente lui dit de valider le visa sur l'{{ANEF}} avant la demande APL. il laisse son num indien [[TELEPHONE:+91 98401 27365]] (pas encore de puce fr)",
    ),
    (
        "caf",
        AT,
        "appel d'une assistante sociale du {{CCAS}} de {{Vannes}} pr une famille {{kurde}}, famille [[PERSONNE:Demir]]. dossier bloqué car la petite [[PERSONNE:Rojda]] est née en {{Turquie}} le [[DATE_NAISSANCE:2016-11-03]] et l'acte traduit dit [[DATE_NAISSANCE:11/03/2016]] → même date ?? personne sait.\n"
        "l'AS laisse son mail pro [[EMAIL:c.lemeur@ccas-vannes.fr]]",
    ),
    (
        "caf",
        AT,
        "{{serveur vocal}} {{3230}} : « pour le français tapez 1 »… y a pas d'autre langue 🤷\n"
        "un usager appelle pour un courrier qu'il comprend pas, il est {{érythréen}}, parle {{tigrinya}} + un peu d'{{anglais}}. l'agente lui propose RDV avec interprète {{jeudi}} {{10h}} au {{point d'accueil}} de {{Lille}}",
    ),
    (
        "caf",
        AT,
        "appel d'un bailleur privé ({{SCI Les Mimosas}}) qui demande si l'APL de son locataire M. [[PERSONNE:Ould Ahmed]] est versée. agente refuse (secret).\n"
        "le bailleur donne la réf du bail [[IDENTIFIANT:LOC-2022-0457]] et insiste. « désolée monsieur ». raccroché sec",
    ),
    # ------------------------------------------------------------------ caf, controle sur place
    (
        "caf",
        CSP,
        "contrôle sur place avec [[PERSONNE:Thierry]], contrôleur Caf depuis {{19 ans}}. {{9h}}, [[ADRESSE:12 allée des Tilleuls, 93200 Saint-Denis]], {{4e étage}} sans ascenseur.\n"
        "Mme [[PERSONNE:Traoré]] ouvre, bébé sur le dos. soupçon = {{vie maritale}} non déclarée. il regarde les brosses a dents 😶\n"
        "dossier [[N_ALLOCATAIRE:2871406]]. relevés {{Société Générale}}, IBAN [[IBAN:FR76 3000 3041 2000 0508 7124 489]], rien d'anormal",
    ),
    (
        "caf",
        CSP,
        "ctrl sur place {{Marseille 15e}}, cité {{La Castellane}}. dossier {{ASF}} de Mme [[PERSONNE:Benali]]. le contrôleur demande le livret de famille {{algérien}} + passeport du père absent : [[PERSONNE:Benali Rachid]], passeport [[IDENTIFIANT:172845309]] (photocopie).\n"
        "elle dit « il est au bled depuis {{2019}} ». adresse du père inconnue. {{OM}} partout aux murs ⚽",
    ),
    (
        "caf",
        CSP,
        "ctrl a {{Brest}}, {{Recouvrance}}. appart propre, un chat qui s'appelle {{Fidel}} 😂, drapeau {{cubain}} au mur.\n"
        "contrôle ressources : {{3 mois}} de relevés, {{virements}} {{Western Union}} vers {{La Havane}}. contrôleur : « c'est pas des revenus, pas un problème ». durée {{1h10}}",
    ),
    (
        "caf",
        CSP,
        "visite {{Lille Sud}}, {{14h}}. M. [[PERSONNE:Mohammadi]], {{afghan}}, APL en colocation. 5 matelas par terre, le contrôleur compte.\n"
        "les colocs : [[PERSONNE:Jawad]], [[PERSONNE:Rahmatullah]], [[PERSONNE:Sami]]… un seul parle fr. bail au nom de M. [[PERSONNE:Mohammadi]] uniquement, NIR [[NIR:1 01 09 99 212 004 29]]\n"
        "adresse [[ADRESSE:9 rue de Cambrai, Lille]] — le contrôleur note « {{sur-occupation}} » pr la {{DDETS}}",
    ),
    (
        "caf",
        CSP,
        "ctrl sur place {{Rennes}} {{Maurepas}}. famille [[PERSONNE:Ngoy Kabamba]] ({{RDC}}). papa = [[PERSONNE:Bienvenu]], maman = [[PERSONNE:Espérance]], la grande = [[PERSONNE:Merveille]] 😍 le contrôleur sourit « que des beaux prénoms ».\n"
        "objet : enfants a charge, {{4 déclarés}}, 3 présents → le 4e est chez sa tante a {{Kinshasa}}. faut le retirer du dossier [[N_ALLOCATAIRE:3851042]]\n"
        "« {{bienvenue}} quand même » dit le papa en nous raccompagnant",
    ),
    (
        "caf",
        CSP,
        "contrôle {{Vénissieux}} {{Minguettes}}, {{10h}}. Mme [[PERSONNE:Rodrigues Pereira]] ({{portugaise}}, femme de ménage). elle nous fait un {{café}} + {{pastéis de nata}} 🥮\n"
        "vérif ressources : {{3 employeurs}} en {{CESU}}, dossier [[N_ALLOCATAIRE:6012377]]. le mari [[PERSONNE:Joaquim]] a une voiture immatriculée au {{Portugal}} [[IMMATRICULATION:45-TR-89]] → il vit ici ou là-bas ?",
    ),
    (
        "caf",
        CSP,
        "ctrl {{Nantes Nord}}. logement {{Nantes Métropole Habitat}}. M. [[PERSONNE:Sylla]] nous reçoit avec son cousin qui « traduit » (en vrai il répond a sa place 🙄).\n"
        "papiers : carte de résident n° [[IDENTIFIANT:4402183756]], {{carte Vitale}}. voiture sur le parking [[IMMATRICULATION:FG-318-KD]], « c'est au cousin » dit-il",
    ),
    (
        "caf",
        CSP,
        "contrôle {{Paris 11e}}, chambre de bonne {{7e étage}}. Mlle [[PERSONNE:Ioana]] ({{roumaine}}, étudiante, {{APL}} n° alloc [[N_ALLOCATAIRE:7730561]]).\n"
        "{{9 m²}}, le contrôleur mesure au {{mètre laser}} 📏 min {{9 m²}} pour la décence → pile. elle dit « {{super}} », en roumain ça se dit pareil 😂\n"
        "adresse [[ADRESSE:23 rue Oberkampf, 75011 Paris]]",
    ),
    # ------------------------------------------------------------------ cpam, accueil physique
    (
        "cpam",
        AP,
        "{{Cpam}} {{Bobigny}} {{8h45}}, file jusqu'au trottoir. Mme [[PERSONNE:Kaur]] ({{sikhe}}, parle {{pendjabi}}) pour la {{carte Vitale}} de son mari [[PERSONNE:Gurpreet Singh]].\n"
        "agent : « [[PERSONNE:Singh]] c'est le nom de famille ? » elle rit : « all men [[PERSONNE:Singh]], all women [[PERSONNE:Kaur]] » 😄\n"
        "dossier {{C2S}}, manque l'{{avis d'imposition}}",
    ),
    (
        "cpam",
        AP,
        "{{Marseille}}, accueil Cpam. M. [[PERSONNE:Mourad Hadj-Ali]], {{algérien}}, sans papiers depuis {{2020}}, demande l'{{AME}}.\n"
        "passeport [[IDENTIFIANT:198745632]], né le [[DATE_NAISSANCE:17/09/1982]], domiciliation au {{CCAS}} (pas de domicile).\n"
        "agent : faut preuve de présence > {{3 mois}}, il a des tickets {{RTM}} 🚌 ça compte pas. « {{yaatik saha}} »",
    ),
    (
        "cpam",
        AP,
        "accueil Cpam {{Roubaix}}. {{3 bornes}} {{ameli}}, {{1 seule}} marche. l'agente passe son temps a aider pour l'{{appli carte Vitale}}.\n"
        "une dame {{turque}} dit « {{Allah razı olsun}} » a l'agente qui lui a installé {{France Identité}} 📱\n"
        "{{10h-12h}} : {{27 personnes}}, 6 pour la {{C2S}}, 4 pour des {{IJ}}",
    ),
    (
        "cpam",
        AP,
        "Cpam {{Paris 10e}}. [[PERSONNE:Giulia Esposito]], {{italienne}}, en {{Erasmus}} a {{Sciences Po}}. veut se faire rembourser une consult, a sa {{CEAM}}.\n"
        "l'agent lit le {{codice fiscale}} : [[IDENTIFIANT:SPSGLI99M52F839X]], née le [[DATE_NAISSANCE:12/08/1999]] a {{Napoli}}. agent : « ah comme {{Maradona}} » ⚽ elle : « {{magari}} ! » 😂\n"
        "elle voudrait le rembourst sur son compte italien [[IBAN:IT70 X030 6909 6061 0000 0417 352]], l'agent dit que ça passe",
    ),
    (
        "cpam",
        AP,
        "{{Rennes}}, Cpam {{Cleunay}}. M. [[PERSONNE:El Idrissi Mohammed]] (nom avant prénom sur ses papiers {{marocains}}), né a {{Casablanca}} en [[DATE_NAISSANCE:nov. 75]].\n"
        "arrêt maladie pas payé : {{IJ}} bloquées car l'employeur ({{BTP}}, {{Bati-Ouest Rénovation}}) a pas fait l'{{attestation de salaire}}. l'agent envoie un {{mail}} a l'entreprise direct",
    ),
    (
        "cpam",
        AP,
        "Cpam {{Nantes}}, {{11h}}. [[PERSONNE:Nadiya Shevchuk]] + sa fille [[PERSONNE:Sofiia]] ({{9 ans}}) qui traduit super bien. {{protection temporaire}}, APS n° [[IDENTIFIANT:4403215897]].\n"
        "elles veulent la carte Vitale. agent : « c'est en cours, {{3 mois}} ». la maman dit « {{добре}} ».\n"
        "la petite m'explique : [[PERSONNE:Nadiya]] ça veut dire « {{espoir}} » 💙💛",
    ),
    (
        "cpam",
        AP,
        "{{Lyon}} {{Guillotière}}. l'agent a un tableau des mots de politesse dans {{12 langues}} scotché sous l'écran : {{merci}}, {{shukran}}, {{obrigado}}, {{gracias}}, {{mulțumesc}}, {{teşekkürler}}, {{jërëjëf}}, {{nandri}}, {{дякую}}, {{tashakor}}… 😍 il dit que ça change tout.\n"
        "{{9h-11h}} : {{19 passages}}, surtout {{C2S}} et {{attestations de droits}}",
    ),
    (
        "cpam",
        AP,
        "{{Marseille}} nord. Mme [[PERSONNE:Moinecha Ali Mmadi]] ({{comorienne}}) pour la {{C2S}} de ses enfants. actes de naissance {{comoriens}}, l'agent lit les dates a voix haute pr vérif :\n"
        "[[PERSONNE:Anrafa]] [[DATE_NAISSANCE:02/02/2012]]\n"
        "[[PERSONNE:Nasma]] [[DATE_NAISSANCE:19/07/2014]]\n"
        "[[PERSONNE:Said]] [[DATE_NAISSANCE:30/11/2016]]… elle corrige « non, [[DATE_NAISSANCE:30 octobre]] »\n"
        "+ {{2 autres}} 😅",
    ),
    (
        "cpam",
        AP,
        "Cpam {{Paris 19}}. M. [[PERSONNE:Abdirahman Warsame]], {{somalien}} avec passeport {{britannique}} 🇬🇧 (vivait a {{Londres}}). veut s'affilier.\n"
        "tél : [[TELEPHONE:+44 7700 918 342]] → « un num français ? » → « not yet ». passeport UK n° [[IDENTIFIANT:548831207]], compte anglais [[IBAN:GB40 BARC 2076 5843 1092 75]]\n"
        "agent galère avec le {{Brexit}} : plus {{UE}} donc titre de séjour obligatoire",
    ),
    (
        "cpam",
        AP,
        "Cpam {{Brest}}. un marin {{philippin}} débarqué d'un cargo au {{port de commerce}}, accident du travail a bord. parle {{anglais}}/{{tagalog}}.\n"
        "nom sur le passeport [[PERSONNE:Reynaldo Dela Cruz]], mais tout le monde l'appelle « [[PERSONNE:Jun-Jun]] ». passeport philippin [[IDENTIFIANT:P4418207B]].\n"
        "agent appelle le {{service international}}. « {{salamat po}} » 🙏",
    ),
    (
        "cpam",
        AP,
        "Cpam {{Lille}}, {{Wazemmes}}. vieille dame {{kabyle}}, Mme [[PERSONNE:Aït Ouarab]], avec son petit-fils [[PERSONNE:Yanis]] (qui joue a {{Clash Royale}} en même temps 🙄).\n"
        "elle veut une attestation pour la mutuelle {{Harmonie Mutuelle}}, n° adhérent [[IDENTIFIANT:HM00457712]]. agent imprime.\n"
        "elle dit « {{tanemmirt}} » (merci en {{kabyle}}, me dit le petit)",
    ),
    (
        "cpam",
        AP,
        "Nantes, Cpam. {{15h}}. un groupe de {{4 jeunes}} {{soudanais}} avec une bénévole de la {{Cimade}}. ils demandent la {{PUMa}}. l'agent dit que sans {{récépissé}} de la {{préfecture}} c'est l'{{AME}}. la bénévole pas d'accord, ça discute {{20 min}}, ton courtois.\n"
        "finalement RDV avec le {{service social}}. « {{shukran}} » x4",
    ),
    (
        "cpam",
        AP,
        "Cpam {{Paris 13}}. Mme [[PERSONNE:Zhang Wei]] — nom [[PERSONNE:Zhang]], prénom [[PERSONNE:Wei]], inversés sur la carte Vitale 😤 agent corrige.\n"
        "elle donne son {{WeChat}} [[IDENTIFIANT:zhangwei_paris88]] pour que sa fille recontacte… agent : « non madame, que le téléphone ». tel [[TELEPHONE:06 19 84 27 53]]. « {{xièxie}} »",
    ),
    (
        "cpam",
        AP,
        "{{Villeurbanne}}. [[PERSONNE:Ana Lúcia Domingos]], {{angolaise}}, vient avec un interprète bénévole de {{Forum Réfugiés}}, M. [[PERSONNE:Tavares]]. {{C2S}} a renouveler.\n"
        "nouvelle adresse : [[ADRESSE:31 av. Roger Salengro, 69100 Villeurbanne]].\n"
        "elle offre un {{bolo}} 🍰 a l'agent, il peut pas accepter, elle insiste « {{é para você}} »",
    ),
    (
        "cpam",
        AP,
        "{{Marseille 1er}}. monsieur {{sénégalais}}, [[PERSONNE:Cheikh Tidiane Ndiaye]], vient déclarer son {{médecin traitant}}. il parle {{wolof}} au tel avec sa femme en même temps « {{waaw}}, {{waaw}} ».\n"
        "NIR : [[NIR:1 93 02 99 335 058 07]]… agent : « vous êtes né au {{Mali}} ? » lui : « oui a {{Kayes}}, mais sénégalais de cœur » 😂",
    ),
    (
        "cpam",
        AP,
        "Cpam {{Paris 18e}} : signalétique en {{français}} + {{anglais}} seulement. un agent a ajouté a la main des panneaux en {{arabe}} et {{tamoul}} (« c'est ma collègue de {{Jaffna}} qui a écrit »). la direction veut les enlever, pas conforme a la charte 🙄\n"
        "{{12h30}} fermeture, encore {{14 personnes}} → on les reçoit quand même",
    ),
    (
        "cpam",
        AP,
        "Cpam {{Rennes}}. M. [[PERSONNE:Giorgi Beridze]] ({{géorgien}}, demandeur d'asile). attestation {{PUMa}} demandée. attestation de demande d'asile n° [[IDENTIFIANT:3502197461]], né le [[DATE_NAISSANCE:08.04.1991]] a {{Koutaïssi}}.\n"
        "agent : « votre prénom c'est bien avec un i a la fin ? » — « [[PERSONNE:Giorgi]], oui, i i »",
    ),
    (
        "cpam",
        AP,
        "Cpam {{Lille}}. Mme [[PERSONNE:Florentina Stoica]] ({{roumaine}}) veut le formulaire {{S1}}. l'agent lit sa carte d'identité roumaine : CNP [[IDENTIFIANT:2880305125841]], adresse en {{Roumanie}} [[ADRESSE:Str. Avram Iancu nr. 14, Cluj-Napoca]], née le [[DATE_NAISSANCE:05.03.1988]]\n"
        "l'agent découvre que le CNP contient la date de naissance 😄\n"
        "remboursements sur son compte {{Banca Transilvania}} : [[IBAN:RO55 BTRL RONC RT02 8765 4301]]",
    ),
    # ------------------------------------------------------------------ cpam, accueil telephonique
    (
        "cpam",
        AT,
        "plateforme {{3646}}, {{double écoute}}. appel en {{espagnol}} : l'agent met en attente, va chercher sa collègue [[PERSONNE:Rocío]] ({{6 min}}).\n"
        "usagère : [[PERSONNE:Guadalupe Ramírez Ortiz]] ({{mexicaine}}), carte Vitale perdue dans le {{métro}}. date de naissance dite : « [[DATE_NAISSANCE:doce de diciembre del ochenta y siete]] » → [[PERSONNE:Rocío]] traduit [[DATE_NAISSANCE:12/12/1987]]\n"
        "« {{muchas gracias}}, señorita »",
    ),
    (
        "cpam",
        AT,
        "{{3646}} {{14h}}. le message d'attente dit « {{5 minutes}} », réel = {{17 min}}. thèmes : {{arrêts de travail}}, remboursements {{dentaire}}, {{C2S}}.\n"
        "un {{marocain}} retraité qui vit a {{Agadir}} {{6 mois}}/an veut savoir si ses soins là-bas sont remboursés → formulaire {{S3125}}, {{soins a l'étranger}}. agent : « on rembourse sur la base française »",
    ),
    (
        "cpam",
        AT,
        "appel : M. [[PERSONNE:Kumar]] (il épelle avec l'alphabet {{OTAN}} 😄) demande son {{attestation de droits}}. l'agent lui fait dire son NIR : [[NIR:1 87 08 99 235 019 41]], né au {{Sri Lanka}}, a {{Jaffna}}, en [[DATE_NAISSANCE:août 87]].\n"
        "envoi par courrier car pas de compte {{ameli}}. adresse confirmée [[ADRESSE:5 rue Philippe de Girard, 75010 Paris]]",
    ),
    (
        "cpam",
        AT,
        "appel d'une infirmière libérale de {{Marseille}}, Mme [[PERSONNE:Castellani]], pour une patiente {{turque}}, Mme [[PERSONNE:Öztürk Hatice]], {{46 ans}}. besoin d'un {{accord préalable}}.\n"
        "NIR de la patiente : [[NIR:2 79 02 99 208 091 55]]. dans le fond on entend la famille « {{geçmiş olsun}} »",
    ),
    (
        "cpam",
        AT,
        "appel : jeune homme, [[PERSONNE:Ousseynou]], au tel depuis {{Dakar}} 🇸🇳 ([[TELEPHONE:+221 77 514 82 36]]). il était en France en {{CDD}}, en arrêt maladie, rentré voir sa mère malade.\n"
        "il est chez sa mère, [[ADRESSE:cité Keur Gorgui, villa 112, Dakar]]. question : {{IJ}} payées a l'étranger ? agente : faut une autorisation préalable. « {{inchallah}} ça va marcher »",
    ),
    (
        "cpam",
        AT,
        "appel en {{anglais}} : [[PERSONNE:Olena Bondarenko]], carte Vitale jamais reçue. l'agente cherche « [[PERSONNE:Elena]] », rien. « no, [[PERSONNE:Olena]] with O ». toujours rien.\n"
        "trouvée sous [[PERSONNE:Bondarenko Olena]] avec la date saisie a l'américaine [[DATE_NAISSANCE:10/06/1979]] au lieu de [[DATE_NAISSANCE:06/10/1979]] 🙃\n"
        "mail pour le suivi : [[EMAIL:olena.bondarenko@ukr.net]]",
    ),
    (
        "cpam",
        AT,
        "appel : M. [[PERSONNE:Sousa]] veut ses remboursements sur son compte au {{Portugal}} (retraité, vit entre {{Braga}} et {{Vannes}}). il dicte : « [[IBAN:P T cinquante, zéro zéro trois trois]]… » → l'agente tape [[IBAN:PT50 0033 0000 4531 2874 6501 9]]\n"
        "pas possible par tel → courrier avec {{RIB}}. « ok {{obrigado}}, {{bom dia}} »",
    ),
    (
        "cpam",
        AT,
        "débrief avec la manager : {{ISM Interprétariat}} coûte cher, budget {{2 000 €}}/an pour toute la plateforme. donc on l'utilise pour le {{dari}}, le {{pachto}}, le {{tigrinya}}. pour {{anglais}}/{{espagnol}} on se débrouille.\n"
        "elle me montre la {{fiche réflexe}} « appel en langue étrangère ». {{4 étapes}}.",
    ),
    (
        "cpam",
        AT,
        "appel : la fille d'un patient {{algérien}} hospitalisé a {{Lyon}} ({{HCL}}), M. [[PERSONNE:Boumediene Larbi]] — « non [[PERSONNE:Larbi]] c le prénom, [[PERSONNE:Boumediene]] le nom, enfin sur le passeport c'est l'inverse » 🙃\n"
        "elle rappellera au [[TELEPHONE:07 52 90 31 68]]. NIR inconnu, il a que sa carte {{CNAS}} algérienne n° [[IDENTIFIANT:16820457913]]",
    ),
    (
        "cpam",
        AT,
        "appel : Mme [[PERSONNE:Diop]] pour sa {{pension d'invalidité}}. elle parle vite, mélange le {{wolof}} : « {{dafa yàgg}}… sorry, je veux dire c'est trop long ».\n"
        "dossier [[IDENTIFIANT:INV-2024-077315]] en attente du {{médecin conseil}}. mail : [[EMAIL:aminata.diop [at] orange.fr]]",
    ),
    (
        "cpam",
        AT,
        "appel d'un monsieur {{afghan}} via son assistante sociale de {{France terre d'asile}} ([[PERSONNE:Julie]], tel [[TELEPHONE:01 53 04 39 81]]). lui = [[PERSONNE:Abdul Wahid Safi]]. {{réfugié}} depuis {{juin}}, carte de résident {{10 ans}} n° [[IDENTIFIANT:7501948263]].\n"
        "passage {{AME}} → {{PUMa}}. date de naissance sur le certificat {{OFPRA}} : [[DATE_NAISSANCE:01/01/1995]] (date « administrative »)",
    ),
    (
        "cpam",
        AT,
        "{{Saint-Brieuc}}, plateforme locale. appel de M. [[PERSONNE:Le Goff]] pour sa femme [[PERSONNE:Thi Lan]] ({{vietnamienne}}, arrivée il y a {{2 ans}}), pas encore de NIR définitif.\n"
        "il donne le sien : [[NIR:1 69 01 29 019 123 56]] (né a {{Brest}} en [[DATE_NAISSANCE:janvier 69]]). agente : « faut que madame appelle elle-même, ou un mandat signé »",
    ),
    (
        "cpam",
        AT,
        "appel : M. [[PERSONNE:Rahimi]], pourquoi rembourst {{kiné}} refusé ? il lit son IBAN pour vérifier : [[IBAN:FR76 3000 4028 1700 0104 6827 195]], ok c le bon. en fait c la {{mutuelle}} ({{MGEN}}) qui a rien reçu.\n"
        "« {{merci beaucoup}} ma sœur » → l'agente sourit",
    ),
    (
        "cpam",
        AT,
        "appel : [[PERSONNE:Gabriel Mendes Azevedo]], {{cap-verdien}}, carte de séjour n° [[IDENTIFIANT:1302847716]], né le [[DATE_NAISSANCE:1990-07-27]] a {{Praia}}. demande de {{C2S}}, revenus ok.\n"
        "formulaire par mail ? pas de mail → courrier [[ADRESSE:18 bd de Plombières, 13014 Marseille]]. « {{obrigado}}, {{tchau}} »",
    ),
    # ------------------------------------------------------------------ cpam, controle sur place
    (
        "cpam",
        CSP,
        "contrôle d'arrêt de travail avec l'agent assermenté ({{Cpam 93}}). {{14h}}, heures de sortie interdites. M. [[PERSONNE:Bensaïd]], [[ADRESSE:4 rue Gabriel Péri, 93300 Aubervilliers]].\n"
        "il ouvre en djellaba, tousse. tout conforme. il nous propose du {{thé a la menthe}} 🍵, refus poli. agent : « {{bon rétablissement}} » / lui : « {{barakallahou fik}} »",
    ),
    (
        "cpam",
        CSP,
        "contrôle d'arrêt {{Marseille}} {{13e}}, {{10h}}. personne. interphone cassé. un voisin répond en {{comorien}}… puis en fr « il est a la pharmacie ».\n"
        "l'agent attend {{15 min}}, laisse un {{avis de passage}}. me dit que {{1 sur 3}} sont absents mais souvent pour un motif valable (médecin, pharmacie, {{kiné}})",
    ),
    (
        "cpam",
        CSP,
        "contrôle {{Rennes}} {{Bréquigny}}. Mme [[PERSONNE:Marques de Oliveira]], {{aide-soignante}} a l'{{EHPAD Korian Le Clos Saint-Martin}}, arrêt {{lombalgie}}. elle est là, en survêt {{Benfica}} 🦅\n"
        "identité : passeport portugais [[IDENTIFIANT:CB417726]] (carte id périmée), née a {{Ajaccio}} de parents portugais, NIR [[NIR:2 83 12 2A 004 318 21]]. adresse ok : [[ADRESSE:27 bd Albert 1er, 35200 Rennes]]",
    ),
    (
        "cpam",
        CSP,
        "contrôle {{Tourcoing}}, {{11h}}. M. [[PERSONNE:Gheorghe Dumitrescu]], arrêt maladie, {{BTP}}, NIR [[NIR:1 90 05 99 114 066 34]]. absent. sa femme : « {{muncă}}… non non pas travail, il est chez le docteur ».\n"
        "voiture devant : [[IMMATRICULATION:B 482 KRT]], plaque roumaine, « c celle du cousin ». l'agent note quand même",
    ),
    (
        "cpam",
        CSP,
        "contrôle {{Saint-Herblain}}. M. [[PERSONNE:Nguyen Van Tuan]], {{cuisinier}} au restau {{Le Petit Saigon}}, arrêt {{brûlure}} main droite. il est là, main bandée.\n"
        "ordonnance + carte mutuelle {{Malakoff Humanis}} n° [[IDENTIFIANT:MH8812044571]]. NIR sur l'arrêt : [[NIR:1 98 12 44 109 337 51]] → né en [[DATE_NAISSANCE:déc. 1998]] a {{Nantes}} ✔",
    ),
    (
        "cpam",
        CSP,
        "contrôle {{Paris 20e}}, {{Belleville}}. dame {{chinoise}}, arrêt {{grossesse pathologique}}. elle parle peu fr, son mari fait des signes. l'agent sort {{Google Traduction}} en {{mandarin}}. tout ok.\n"
        "elle nous donne des {{mandarines}} 🍊 (ça s'invente pas). {{nouvel an chinois}} la semaine prochaine",
    ),
    (
        "cpam",
        CSP,
        "contrôle {{Lanester}} (a côté de {{Lorient}}). M. [[PERSONNE:Abdoulaye Gueye]], matelot sur un {{chalutier}}, arrêt {{entorse}}. le contrôleur, M. [[PERSONNE:Kerhervé]], parle {{pêche}} avec lui {{30 min}} 😄\n"
        "adresse [[ADRESSE:3 impasse de Kerfréhour, 56600 Lanester]]. tél vérifié : [[TELEPHONE:06 31 77 05 82]]",
    ),
    # ------------------------------------------------------------------ ccas, accueil physique
    (
        "ccas",
        AP,
        "{{CCAS}} {{Nantes}}, {{domiciliation}}. M. [[PERSONNE:Marin Ionescu]], {{roumain}}, vit en squat → l'adresse administrative sera celle du CCAS.\n"
        "il donne son tel roumain [[TELEPHONE:0040 723 559 104]] et le français [[TELEPHONE:07 58 21 94 30]]. « {{mersi}} »",
    ),
    (
        "ccas",
        AP,
        "CCAS {{Marseille}}, {{épicerie sociale}}. {{9h}}, {{40 familles}} inscrites. en rayon : {{Danone}}, {{pâtes Panzani}}, {{huile d'olive}}, {{semoule}}, {{riz basmati}}, {{harissa}}. la bénévole rajoute du {{halal}} depuis {{2022}}.\n"
        "une dame {{comorienne}} demande du {{manioc}}, y en a pas. « {{inchallah}} la semaine prochaine » 🙂",
    ),
    (
        "ccas",
        AP,
        "CCAS {{Paris 18e}}, permanence {{aide facultative}}. Mme [[PERSONNE:Ramatoulaye Bah]], {{guinéenne}}, {{4 enfants}}, impayé de loyer {{1 840 €}}. bailleur {{Paris Habitat}}, réf locataire [[IDENTIFIANT:PH-0081247]].\n"
        "l'agent monte le dossier {{FSL}}, RIB pour le versement : [[IBAN:FR76 1350 7000 9330 4127 5896 487]]\n"
        "les enfants courent partout, l'un chante {{Aya Nakamura}} 🎶",
    ),
    (
        "ccas",
        AP,
        "CCAS {{Lille}}, {{Fives}}. papi {{algérien}}, {{82 ans}}, M. [[PERSONNE:Lakhdar Hamidi]], vient pour le {{colis de Noël}} des aînés 🎁\n"
        "l'agente : « vous êtes né quand ? » lui : « en [[DATE_NAISSANCE:1942]], le jour personne sait » → sur ses papiers [[DATE_NAISSANCE:01/01/1942]]. il rit.\n"
        "adresse [[ADRESSE:15 rue Pierre Legrand, 59800 Lille]]. il nous dit {{Joyeux Noël}} aussi, « c'est pour tout le monde »",
    ),
    (
        "ccas",
        AP,
        "CCAS {{Villeurbanne}}. Mme [[PERSONNE:Dolores Sánchez Gil]] ({{espagnole}}, {{70 ans}}, veuve), pour l'{{aide au chauffage}}. elle commence en espagnol « {{no entiendo nada de estos papeles}} ».\n"
        "l'agente, [[PERSONNE:Inès]] (parents andalous), répond en espagnol. tel [[TELEPHONE:04 78 93 16 52]]. en partant : « {{Dios te bendiga}} »",
    ),
    (
        "ccas",
        AP,
        "CCAS {{Rennes}}. jeune femme {{érythréenne}}, [[PERSONNE:Selam Tesfaye]], réfugiée, demande l'{{aide alimentaire}}. « [[PERSONNE:Selam]] ça veut dire {{paix}} en {{tigrinya}} » 🕊️\n"
        "{{récépissé}} de titre de séjour n° [[IDENTIFIANT:3502219084]]. orientée {{Restos du Cœur}} + {{Secours populaire}}",
    ),
    (
        "ccas",
        AP,
        "CCAS {{Marseille}} {{5e}}. Mme [[PERSONNE:Bouchra El Fassi]], {{21 ans}}, née a {{Marseille}}, avec son bébé. demande de {{lait infantile}} 🍼 l'agent : on a que du {{Gallia}}, elle veut du {{Guigoz}}. rires.\n"
        "NIR pour le dossier [[NIR:2 03 04 13 055 611 18]], tel de rappel [[TELEPHONE:06 11 48 73 29]]. son mari [[PERSONNE:Youssef]] bosse sur le chantier près du {{Vélodrome}}",
    ),
    (
        "ccas",
        AP,
        "{{Montreuil}}, CCAS. l'affiche de la salle d'attente est traduite en {{8 langues}} : {{français}}, {{anglais}}, {{arabe}}, {{bambara}}, {{soninké}}, {{roumain}}, {{tamoul}}, {{chinois}}.\n"
        "{{Montreuil}} = « {{2e ville malienne}} après {{Bamako}} » dit l'agent (la blague connue ici). {{11h}} : {{16 personnes}}, dont 9 pour la {{domiciliation}}",
    ),
    (
        "ccas",
        AP,
        "CCAS {{Brest}}. M. [[PERSONNE:Jakub Nowak]], {{polonais}}, ancien soudeur sur le {{chantier naval}}, fin de mission {{intérim}}. tel polonais [[TELEPHONE:+48 601 337 482]].\n"
        "demande de {{bons alimentaires}}. l'agent lui parle anglais. « {{dzięki}} »",
    ),
    (
        "ccas",
        AP,
        "CCAS {{Nantes}} {{Dervallières}}. famille {{afghane}}, le fils [[PERSONNE:Ali Reza]] ({{12 ans}}) traduit tout du {{dari}}. la mère, Mme [[PERSONNE:Nazari]].\n"
        "dossier {{cantine}} {{tarif solidaire}} : l'agente demande le num caf → [[N_ALLOCATAIRE:2209461]] pour voir le {{quotient familial}} sur {{CDAP}}.\n"
        "le petit : « merci beaucoup, {{khoda hafez}} »",
    ),
    (
        "ccas",
        AP,
        "CCAS {{Lyon 7e}}. M. [[PERSONNE:Tekin]], {{kurde}} de {{Diyarbakır}}, coiffeur au chômage. aide pour facture {{EDF}} : réf client [[IDENTIFIANT:6001284597]], {{412,80 €}}.\n"
        "il mélange {{kurde}}/{{turc}}/fr. « {{sağ ol}} {{abla}} »",
    ),
    (
        "ccas",
        AP,
        "CCAS {{La Courneuve}}. Mme [[PERSONNE:Thevaki Sivanesan]] ({{tamoule}}, arrivée de {{Jaffna}} en {{2009}}). {{Deepavali}} la semaine prochaine, elle apporte des {{laddus}} 🪔 pour l'équipe.\n"
        "elle vient pour sa {{domiciliation}} qui expire. vit chez sa sœur, [[ADRESSE:8 allée Jules Vallès, La Courneuve]]",
    ),
    (
        "ccas",
        AP,
        "CCAS {{Paris 13}}. M. [[PERSONNE:Lin]], {{89 ans}}, avec son auxiliaire de vie. demande de {{téléassistance}}.\n"
        "l'auxiliaire donne son nom chinois complet [[PERSONNE:Lin Guo Qiang]], mais sur sa carte d'identité c'est [[PERSONNE:Robert Lin]] 🤯 né le [[DATE_NAISSANCE:1935-02-14]].\n"
        "il dit « merci madame » en fr parfait",
    ),
    (
        "ccas",
        AP,
        "CCAS {{Roubaix}}, permanence {{Secours populaire}} + {{Cimade}} le mardi. {{13h30}}, queue de {{22 personnes}}.\n"
        "langues entendues : {{arabe}}, {{anglais}} ({{nigérians}}), {{albanais}}, {{géorgien}}. une bénévole remplit les fiches en anglais : « {{name}}? {{country}}? » 😬\n"
        "{{17h}} la Cimade ferme, il reste du monde",
    ),
    (
        "ccas",
        AP,
        "{{Marseille}} {{Noailles}}, antenne CCAS. vieux monsieur que tout le quartier appelle « [[PERSONNE:Tonton Moha]] » (vrai nom [[PERSONNE:Mohand Ait Kaci]]). {{chibani}} arrivé en {{1963}}, {{mineur}} puis {{docker}}.\n"
        "aide pour sa {{facture d'eau}} ({{SEMM}}), réf [[IDENTIFIANT:SEMM-77310452]]. l'agente l'appelle « {{tonton}} » elle aussi ❤️",
    ),
    (
        "ccas",
        AP,
        "CCAS {{Rennes}} {{Blosne}}. [[PERSONNE:Khadija]] et [[PERSONNE:Fatima-Zahra]], deux sœurs {{marocaines}}, pour les {{chèques énergie}}.\n"
        "l'une montre son passeport marocain [[IDENTIFIANT:JK5120847]], l'autre sa {{CNIE}} [[IDENTIFIANT:BE873214]]. elles rient quand l'agent dit « [[PERSONNE:Fatima-Zara]] »\n"
        "« {{yallah}} on y va »",
    ),
    (
        "ccas",
        AP,
        "CCAS {{Vaulx-en-Velin}}. M. [[PERSONNE:Vasile]], {{rom}} de {{Roumanie}}, demande une domiciliation. nom complet [[PERSONNE:Vasile Căldăraru]] → l'agente galère sur le ă, écrit « [[PERSONNE:Caldararu]] ».\n"
        "il vit sur un terrain : [[ADRESSE:aire d'accueil du Chemin Neuf, emplacement 14]]",
    ),
    (
        "ccas",
        AP,
        "CCAS {{Paris 20}}. jeune {{tunisien}}, [[PERSONNE:Amine Trabelsi]], demande la {{Navigo}} {{solidarité}}. mail [[EMAIL:amine.trab93@gmail.com]], tel [[TELEPHONE:+33 7 66 21 09 48]].\n"
        "il porte un maillot de l'{{Espérance de Tunis}}, l'agent (fan du {{PSG}}) le chambre un peu 😄",
    ),
    # ------------------------------------------------------------------ ccas, accueil telephonique
    (
        "ccas",
        AT,
        "permanence tel CCAS {{Lille}}. une voisine inquiète pour Mme [[PERSONNE:Van den Berghe]] ({{91 ans}}) « elle répond plus ». l'agente note l'adresse [[ADRESSE:62 rue du Faubourg des Postes, 59000 Lille]], déclenche une visite et appelle la fille, [[PERSONNE:Martine]], au [[TELEPHONE:03 20 57 18 94]]",
    ),
    (
        "ccas",
        AT,
        "{{plan canicule}} : l'équipe appelle les {{312 personnes}} du {{registre}}. j'écoute {{10 appels}}.\n"
        "un monsieur {{portugais}} : « {{tá tudo bem}}, obrigado », une dame {{arménienne}} croit a une arnaque et raccroche 😂, un monsieur {{italien}} veut parler de la {{Juventus}}.\n"
        "rappel des conseils : {{boire}}, {{volets fermés}}",
    ),
    (
        "ccas",
        AT,
        "appel d'une dame {{haïtienne}}, [[PERSONNE:Marie-Jocelyne Pierre-Louis]], {{créole}} + fr. aide pour les obsèques de son frère [[PERSONNE:Jean-Robert]]. l'agente donne un RDV {{jeudi}}. tel [[TELEPHONE:06 72 40 19 83]]. « {{mèsi anpil}} »",
    ),
    (
        "ccas",
        AT,
        "appel : M. [[PERSONNE:Benhamou]] demande si le CCAS peut payer le rapatriement du corps de sa mère en {{Algérie}} ({{Oran}}). agente : non, mais {{aide exceptionnelle}} possible + renvoi vers le {{consulat d'Algérie}}.\n"
        "adresse [[ADRESSE:11 traverse des Fenêtres Rouges, 13015 Marseille]]. silence au tel. « {{Allah yarhamha}} » dit l'agente",
    ),
    (
        "ccas",
        AT,
        "appel d'un travailleur social de {{Coallia}} pour un résident {{malien}} du {{foyer Coallia Bara, chambre 312}} : [[PERSONNE:Moussa Keïta]], {{67 ans}}, peut plus monter les escaliers. demande de {{portage de repas}}. né le [[DATE_NAISSANCE:31/12/1957]] d'après le TS",
    ),
    (
        "ccas",
        AT,
        "appel en anglais : « hello, I need help, {{no money}}, {{no food}}, my baby is sick » — [[PERSONNE:Grace Adebayo]], {{nigériane}}. l'agente donne l'adresse de la {{PMI}} et de l'{{épicerie solidaire}}.\n"
        "rappel prévu [[TELEPHONE:07 45 62 18 90]]. « {{God bless you sister}} » 🙏",
    ),
    (
        "ccas",
        AT,
        "appel : la fille de M. [[PERSONNE:Da Silva]] appelle de {{Porto}} [[TELEPHONE:+351 912 443 718]] : son père ne répond plus, {{84 ans}}, vit seul a {{Nantes}}.\n"
        "l'agente envoie la {{veille sociale}}. adresse au dossier : [[ADRESSE:7 rue des Olivettes, 44000 Nantes]]. la fille : « {{muito obrigada}} »",
    ),
    (
        "ccas",
        AT,
        "CCAS {{Quimperlé}}, {{1 agent}} seul au tel + accueil. {{11 appels}} en {{2h}} : {{bons de Noël}}, {{transport solidaire}}, {{mutuelle communale}}.\n"
        "un couple d'{{Anglais}} retraités appelle ({{Brexit}}) : ont-ils droit a la mutuelle communale ? → oui si résidents. « {{lovely}}, thank you »",
    ),
    (
        "ccas",
        AT,
        "appel : M. [[PERSONNE:Sabri]] pour sa femme, [[PERSONNE:Nour]] ({{syriens}}, arrivés de {{Homs}}). domiciliation. l'agent : « [[PERSONNE:Nour]] comment ? » — « [[PERSONNE:Al-Hassan]]. [[PERSONNE:Nour]] ça veut dire {{lumière}} » ✨",
    ),
    (
        "ccas",
        AT,
        "appel d'une dame qui parle {{ukrainien}} → l'agente raccroche pas, met le {{haut-parleur}} et une collègue {{russophone}} (originaire de {{Moldavie}}) aide.\n"
        "usagère [[PERSONNE:Iryna Melnyk]], besoin : {{colis alimentaire}}. rappel [[TELEPHONE:+380 67 512 9043]]. « {{дякую дуже}} »",
    ),
    # ------------------------------------------------------------------ ccas, controle sur place
    (
        "ccas",
        CSP,
        "visite a domicile avec [[PERSONNE:Sandrine]], {{CESF}} du CCAS de {{Nantes}}. Mme [[PERSONNE:Koné]], [[ADRESSE:14 rue d'Allonville, 44000 Nantes]]. {{moisissures}} partout, enfant {{asthmatique}}.\n"
        "[[PERSONNE:Sandrine]] photographie, saisine de l'{{ARS}} pour {{insalubrité}}. Mme : « {{Dieu merci}} vous êtes venues »",
    ),
    (
        "ccas",
        CSP,
        "visite a domicile {{Marseille}} {{3e}}. immeuble {{vétuste}}, escalier qui bouge. famille {{comorienne}}, {{7 personnes}} dans un {{T2}}. l'agente note {{sur-occupation}}.\n"
        "la grand-mère cuisine du {{mataba}} 🍲 ça sent bon. {{45 min}} de visite. l'agente : « ici c'est tous les jours comme ça »",
    ),
    (
        "ccas",
        CSP,
        "VAD {{Vénissieux}}. M. [[PERSONNE:Hamid Chergui]], {{hémiplégique}}, vit seul. l'aide a domicile, Mme [[PERSONNE:Rosa]], est là.\n"
        "{{Al Jazeera}} a la télé, le {{Coran}} sur la table. demande de {{téléassistance}}, fixe [[TELEPHONE:04 72 51 38 09]]",
    ),
    (
        "ccas",
        CSP,
        "visite {{Rennes}}, {{Bourg-l'Évêque}}, dossier {{aide facultative}}. Mme [[PERSONNE:Bintou Sissoko]] + {{3 enfants}}. frigo vide a part du {{bissap}}.\n"
        "titre de séjour {{vie privée et familiale}} n° [[IDENTIFIANT:3502488910]], expire en {{mars}}. l'agente donne des bons {{Carrefour Market}}",
    ),
    (
        "ccas",
        CSP,
        "VAD {{Paris 19e}}. M. [[PERSONNE:Rakotomalala]] ({{malgache}}, nom de {{13 lettres}} qu'il épelle fièrement : [[PERSONNE:R-A-K-O-T-O-M-A-L-A-L-A]]), {{78 ans}}, ancien prof.\n"
        "facture gaz {{Engie}} {{980 €}}, contrat [[IDENTIFIANT:EN-204518832]]. il nous récite du {{Baudelaire}}. adresse [[ADRESSE:29 rue de Crimée, 75019 Paris]]",
    ),
    (
        "ccas",
        CSP,
        "visite a domicile CCAS {{Morlaix}} secteur. M. [[PERSONNE:Thomas O'Brien]], {{irlandais}}, {{72 ans}}, installé a {{Plougasnou}}, seul. bouteilles de {{Guinness}} vides, billets {{Ryanair}} sur le frigo.\n"
        "« I'm grand, I'm grand ». adresse [[ADRESSE:lieu-dit Kerdalaes, 29630 Plougasnou]]. sa vieille {{Volvo}} encore immatriculée en {{Irlande}} [[IMMATRICULATION:08-D-41327]]",
    ),
    (
        "ccas",
        CSP,
        "visite {{Lille Sud}}, Mme [[PERSONNE:Sadia Begum]] ({{bangladaise}}), le mari [[PERSONNE:Mohammad Rahman]] travaille en {{Angleterre}}. logement {{Vilogia}}, réf contrat [[IDENTIFIANT:VLG-559012]].\n"
        "elle parle {{bengali}}, sa fille de {{10 ans}} traduit. chauffage en panne. mail de la fille pour le suivi [[EMAIL:sadia.begum.lille@gmail.com]]. « {{dhonnobad}} »",
    ),
    (
        "ccas",
        CSP,
        "visite a domicile annulée, la dame était au {{marché de Talensac}}. l'agente laisse un mot en {{français}} + {{arabe}} (elle écrit l'arabe 😮).\n"
        "visite suivante, {{Bottière}} : rien a signaler, {{chauffage}} réparé. retour au {{CCAS}} {{16h20}}",
    ),
    # ------------------------------------------------------------------ urgences, accueil physique
    (
        "urgences",
        AP,
        "urgences {{Avicenne}} ({{Bobigny}}), {{23h}}, l'{{IOA}} c'est [[PERSONNE:Karim]]. homme {{tamoul}}, douleur thoracique, parle pas fr. [[PERSONNE:Karim]] appelle {{ISM}}, tamoul dispo en {{4 min}} 👍\n"
        "patient : [[PERSONNE:Sellathurai Ganeshan]], né le [[DATE_NAISSANCE:15/04/1968]]. IPP créé [[IDENTIFIANT:P00782145]]. {{tri 2}}",
    ),
    (
        "urgences",
        AP,
        "urgences {{Hôpital Nord}}, {{Marseille}}, {{samedi}} soir. {{OM}}-{{PSG}} au {{Vélodrome}} → {{3 supporters}} blessés.\n"
        "salle d'attente : {{40 personnes}}, {{5h}} d'attente affichées. un monsieur prie dans un coin, personne dit rien. la {{PASS}} est fermée le week-end",
    ),
    (
        "urgences",
        AP,
        "urgences {{CHU}} {{Rennes}} {{Pontchaillou}}. étudiant {{chinois}}, [[PERSONNE:Liu Yang]], chute a vélo, pas de carte Vitale. l'agente admin demande le passeport : [[IDENTIFIANT:EA7123984]], et l'adresse : [[ADRESSE:3 allée Coysevox, 35700 Rennes]].\n"
        "« wǒ… sorry, I am {{student}} » → {{LMDE}}? {{sécu étudiante}}? il sait pas",
    ),
    (
        "urgences",
        AP,
        "urgences {{Lariboisière}}, {{2h du mat}}. SDF {{polonais}} connu du service : « [[PERSONNE:Staszek]] », vrai nom [[PERSONNE:Stanisław Wiśniewski]]. alcoolisé, hypothermie. l'IOA le reconnaît « ah [[PERSONNE:Stan]] ! »\n"
        "IPP existant : [[IDENTIFIANT:8003457712]]. il dit « {{kurwa}} » puis « pardon madame »",
    ),
    (
        "urgences",
        AP,
        "urgences {{CHU Lille}}, {{hôpital Roger Salengro}}, {{14h}}. maman {{albanaise}}, [[PERSONNE:Elira Hoxha]], enfant de {{3 ans}} fièvre. elle montre le {{carnet de santé}} + passeport albanais [[IDENTIFIANT:BA3318472]]. le petit [[PERSONNE:Arbër]] né le [[DATE_NAISSANCE:2021-09-17]].\n"
        "traduction via le tel de la maman ({{Google Translate}}) 📱 « {{faleminderit}} »",
    ),
    (
        "urgences",
        AP,
        "urgences {{Hôtel-Dieu}} {{Nantes}}. M. [[PERSONNE:Mendy]] ({{sénégalais}}, ouvrier {{Airbus}} a {{Saint-Nazaire}}), coupure a la main. accueil admin : « nom prénom » → « [[PERSONNE:MENDY Jean-Baptiste Ousmane]] ».\n"
        "tel [[TELEPHONE:06 45 88 12 07]], le chef d'équipe attend dehors",
    ),
    (
        "urgences",
        AP,
        "urgences {{La Timone}} enfants. grand-mère {{comorienne}} avec la petite [[PERSONNE:Faïza]] ({{8 mois}}), bronchiolite. la grand-mère parle {{shikomori}}.\n"
        "la traductrice = une autre maman de la salle d'attente 😮 (l'IOA : « ça arrive tout le temps »). bébé née le [[DATE_NAISSANCE:14 février 2024]]",
    ),
    (
        "urgences",
        AP,
        "urgences {{Lyon}} {{Édouard Herriot}}, {{tri IOA}}. j'observe {{2h}} : {{31 patients}}. langues : {{arabe}}, {{roumain}}, {{anglais}}, {{portugais}}, {{géorgien}}, {{russe}}.\n"
        "l'IOA utilise {{Traducmed}} sur la tablette 📱 et un classeur de pictos (douleur de {{1 a 10}}). « {{durere}} ? » demande-t-elle a une dame roumaine → pouce levé 👍",
    ),
    (
        "urgences",
        AP,
        "urgences {{Saint-Louis}}, {{10e}}. jeune {{afghan}}, il dit {{17 ans}}, les papiers disent majeur (évaluation {{ASE}} refusée).\n"
        "nom : [[PERSONNE:Mohammad Nabi Ahmadzai]] ou [[PERSONNE:Ahmadzai Mohammad Nabi]] selon les docs. date de naissance {{OFII}} : [[DATE_NAISSANCE:01/01/2006]], lui dit « [[DATE_NAISSANCE:1386]] » ({{calendrier afghan}}) 🤯",
    ),
    (
        "urgences",
        AP,
        "urgences {{Cavale Blanche}}, {{Brest}}. marin {{ukrainien}} d'un {{vraquier}} en escale, [[PERSONNE:Dmytro Savchenko]]. l'{{agent maritime}} de la compagnie l'accompagne, M. [[PERSONNE:Le Roux]], tel pro [[TELEPHONE:02 98 43 71 26]].\n"
        "livret de marin ({{seaman's book}}) n° [[IDENTIFIANT:AB0451297]]. « {{дякую}} » / « {{you're welcome}} »",
    ),
    (
        "urgences",
        AP,
        "urgences {{Roubaix}}, nuit de l'{{Aïd}}. pétards, {{2 brûlures}}. sinon calme. l'IOA me dit qu'a {{Noël}} et au {{Nouvel An}} c'est pire.\n"
        "{{12 boxes}}, {{1 médecin}} pour {{18 patients}} 😬 un patient offre des {{cornes de gazelle}} a l'équipe",
    ),
    (
        "urgences",
        AP,
        "urgences {{Conception}}, Marseille. homme {{géorgien}} sans papiers, [[PERSONNE:Levan Kapanadze]], dialyse en urgence, {{PASS}} mobilisée. l'assistante sociale, Mme [[PERSONNE:Giraud]], prend le relais.\n"
        "hébergé chez un compatriote : [[ADRESSE:5 rue Curiol, 13001 Marseille]]",
    ),
    (
        "urgences",
        AP,
        "urgences {{Nantes}}. jeune {{soudanais}}, [[PERSONNE:Adam Abakar]], pied infecté (il arrive de {{Calais}}). parle {{arabe}} soudanais, l'IOA parle arabe {{marocain}}, ils se comprennent a moitié 😅 « {{ana ta'ban}} » (je suis fatigué).\n"
        "IPP [[IDENTIFIANT:220458731]]. orienté {{PASS}} demain {{9h}}",
    ),
    (
        "urgences",
        AP,
        "urgences {{Henri-Mondor}}, {{Créteil}}. Sra [[PERSONNE:Maria do Céu Fernandes]], {{81 ans}}, chute. son fils [[PERSONNE:Manuel]] donne sa date : « [[DATE_NAISSANCE:vinte e três de maio de 1943]] » → IOA : « en français ? » → « [[DATE_NAISSANCE:23 mai 43]] ».\n"
        "mutuelle {{Harmonie}} n° [[IDENTIFIANT:104578832]]",
    ),
    (
        "urgences",
        AP,
        "urgences {{Lyon Sud}}. M. [[PERSONNE:Haddad]] ({{libanais}}, {{maronite}}), colique néphrétique. sa femme parle {{arabe}} et {{français}} parfaitement.\n"
        "NIR : [[NIR:1 60 04 75 115 407 19]] → né a {{Paris 15e}} le [[DATE_NAISSANCE:9 avril 1960]] (parents libanais). la femme : « {{yalla}}, doucement {{habibi}} »",
    ),
    (
        "urgences",
        AP,
        "urgences {{Bichat}}. femme {{ivoirienne}}, [[PERSONNE:Aya Kouassi]], enceinte de {{7 mois}}. son mari [[PERSONNE:Serge]] donne le carnet de maternité, n° dossier [[IDENTIFIANT:MAT-24-11937]]. tel du mari [[TELEPHONE:07 69 28 14 53]]. transférée en {{salle de naissance}}",
    ),
    (
        "urgences",
        AP,
        "urgences {{Lorient}} ({{GHBS}}). touriste {{allemand}}, [[PERSONNE:Jürgen Schäfer]], malaise. sa femme [[PERSONNE:Heike]] parle anglais. leur camping-car [[IMMATRICULATION:HH-KS 4821]] garé en travers devant les urgences 😬\n"
        "carte {{EHIC}} allemande, n° [[IDENTIFIANT:80276 00513 04417 2288]]. « {{danke schön}} »",
    ),
    (
        "urgences",
        AP,
        "urgences {{Tourcoing}} {{22h}}. bagarre, {{2 jeunes}}. l'un : « c'est [[PERSONNE:Bilal]] mais tout le monde dit [[PERSONNE:Bibi]] ». il donne son snap [[IDENTIFIANT:@bibi_59_tkt]] a l'infirmière (?!), elle refuse poliment 😂\n"
        "pas de mutuelle, {{C2S}} en cours",
    ),
    (
        "urgences",
        AP,
        "urgences {{Nantes}}, {{PASS}} de jour. {{9h-12h}} : {{14 consultations}}, {{10 nationalités}} : {{Guinée}}, {{Côte d'Ivoire}}, {{Afghanistan}}, {{Soudan}}, {{Érythrée}}, {{Géorgie}}, {{Albanie}}, {{Algérie}}, {{Tunisie}}, {{Roumanie}}.\n"
        "l'assistante sociale jongle entre {{ISM}} et {{Google Traduction}}. pas de {{pachto}} dispo aujourd'hui",
    ),
    (
        "urgences",
        AP,
        "urgences {{Pitié-Salpêtrière}}. touriste {{américaine}} ({{Texas}}), [[PERSONNE:Ashley Brooke Miller]], entorse a la {{tour Eiffel}}… lol non dans le {{métro}}.\n"
        "passeport US [[IDENTIFIANT:568213947]], DOB sur le formulaire : [[DATE_NAISSANCE:07/04/1996]] → l'agent admin saisit [[DATE_NAISSANCE:7 avril]], en vrai c'est le [[DATE_NAISSANCE:4 juillet]] 🇺🇸🎆 « {{Independence Day}} baby! »",
    ),
    (
        "urgences",
        AP,
        "urgences {{Hôpital Nord}}, {{3h}}. gamin de {{15 ans}}, scooter. la mère arrive en panique, parle arabe {{algérien}}. l'interne, Dr [[PERSONNE:Mansouri]], lui répond en arabe, la rassure.\n"
        "le gamin = [[PERSONNE:Rayan]]. plaque du scooter [[IMMATRICULATION:EK-792-PW]] notée par la police",
    ),
    (
        "urgences",
        AP,
        "urgences {{Delafontaine}} ({{Saint-Denis}}). Mme [[PERSONNE:Dembélé]], {{malienne}}, ne parle que {{soninké}}. personne ne parle soninké dans le service.\n"
        "finalement un agent de sécurité, [[PERSONNE:Samba]], traduit 🙏 IPP [[IDENTIFIANT:P01127864]]. l'IOA : « sans [[PERSONNE:Samba]] on fait comment ? »",
    ),
    (
        "urgences",
        AP,
        "urgences {{Croix-Rousse}}. étudiant {{brésilien}}, [[PERSONNE:João Victor Lima]], {{Erasmus}} a l'{{INSA}}, fracture du poignet ({{futsal}}).\n"
        "il donne son tel brésilien [[TELEPHONE:+55 11 98432 7610]], il a une assurance « {{seguro saúde internacional}} », l'agent comprend rien. « {{valeu}} » en partant",
    ),
    (
        "urgences",
        AP,
        "urgences pédiatriques {{Hôpital Sud}}, {{Rennes}}. papa {{turc}}, [[PERSONNE:Emre Aydın]], sa fille [[PERSONNE:Elif]] {{5 ans}}, fièvre a {{40°}}.\n"
        "il épelle « [[PERSONNE:A-Y-D-I-N]], le i sans point ». née le [[DATE_NAISSANCE:19.05.2019]]. « {{çok teşekkürler}} »",
    ),
    # ------------------------------------------------------------------ urgences, accueil telephonique
    (
        "urgences",
        AT,
        "standard des urgences {{Avicenne}}. appel d'une femme en {{arabe}} qui cherche son mari amené par les pompiers. l'agente {{arabophone}} répond.\n"
        "le mari = [[PERSONNE:Djamel Saadi]], né le [[DATE_NAISSANCE:03/11/1979]]. « oui il est là, {{box 7}} » — « {{hamdoulillah}} » 😮‍💨",
    ),
    (
        "urgences",
        AT,
        "appel d'un fils depuis {{Lisbonne}} ([[TELEPHONE:+351 21 846 3172]]) pour son père [[PERSONNE:Armando Pinto]], hospitalisé hier. la secrétaire demande le lien de parenté, il donne la date de naissance du père « [[DATE_NAISSANCE:12-02-1950]] » pour vérifier. info limitée par tel. « {{está bem}}, está bem »",
    ),
    (
        "urgences",
        AT,
        "poste d'accueil tel, urgences {{Rennes}}, nuit. {{23h-1h}} : {{19 appels}}, surtout des familles.\n"
        "un appel en {{espagnol}} d'un {{pèlerin}} de {{Compostelle}} perdu vers {{Vitré}}, pied en sang → renvoyé vers le {{15}}. l'aide-soignante parle espagnol, ouf",
    ),
    (
        "urgences",
        AT,
        "appel d'un interprète {{ISM}} ({{ourdou}}) qui s'est fait raccrocher au nez 2 fois 😅 l'IOA, [[PERSONNE:Gaëlle]], s'excuse.\n"
        "patient : [[PERSONNE:Muhammad Asif]], {{pakistanais}}, IPP [[IDENTIFIANT:P00918354]]. on rappelle l'interprète via le {{poste 4217}}",
    ),
    (
        "urgences",
        AT,
        "appel : une voisine signale que M. [[PERSONNE:Costa Ribeiro]] est parti aux urgences sans ses médicaments. elle donne son adresse [[ADRESSE:9 allée Vasco de Gama, 93150 Le Blanc-Mesnil]] et son tel a elle [[TELEPHONE:06 27 49 81 16]].\n"
        "« il parle que {{portugais}} hein »",
    ),
    (
        "urgences",
        AT,
        "appel du {{consulat général du Maroc}} a {{Lille}} pour un ressortissant accidenté, M. [[PERSONNE:Aziz Lahlou]]. ils donnent son passeport [[IDENTIFIANT:SL4719205]] et le n° de dossier consulaire [[IDENTIFIANT:CGL-2024-3381]].\n"
        "la secrétaire ne confirme rien sans l'accord du patient",
    ),
    (
        "urgences",
        AT,
        "appel d'une dame {{polonaise}} qui cherche son fils [[PERSONNE:Piotr]], {{19 ans}}, « he is in your hospital? ». elle épelle : [[PERSONNE:Z-I-E-L-I-Ń-S-K-I]] avec l'accent sur le N… l'agente trouve « [[PERSONNE:Zielinski]] » sans accent. tel [[TELEPHONE:+48 512 907 334]]",
    ),
    (
        "urgences",
        AT,
        "l'IOA me fait écouter un enregistrement de la {{régulation}} du {{15}} : appel en anglais d'un touriste {{japonais}}, {{3 min}} pour comprendre l'adresse de l'{{Airbnb}}, ils ont fini avec {{Google Maps}}.\n"
        "IOA : « faudrait des {{ARM}} polyglottes »",
    ),
    (
        "urgences",
        AT,
        "appel du pharmacien de garde, {{Nantes}}, pour une ordonnance de sortie : M. [[PERSONNE:Oumarou]], ordonnance n° [[IDENTIFIANT:ORD-URG-24-8812]]. la posologie est écrite en {{anglais}} ?! l'interne est {{belge}}, Dr [[PERSONNE:Van Damme]] 😂 on le rappelle",
    ),
    (
        "urgences",
        AT,
        "appel : jeune homme {{anglophone}} ({{Ghana}}) qui veut sa {{lettre de sortie}} par mail : [[EMAIL:kofi.asante.gh@outlook.com]]. la secrétaire : pas par mail, faut venir avec une pièce d'identité.\n"
        "nom [[PERSONNE:Kofi Asante]], né le [[DATE_NAISSANCE:5th March 1988]]. « ok madam, I'll come tomorrow, {{God bless}} »",
    ),
    # ------------------------------------------------------------------ chrs, accueil physique
    (
        "chrs",
        AP,
        "accueil de jour {{CHRS}} {{Emmaüs}}, {{Paris 14e}}. {{8h}}, {{café}} + {{tartines}}. un monsieur {{érythréen}}, [[PERSONNE:Yonas]], demande s'il y a une place ce soir.\n"
        "la travailleuse sociale appelle le {{SIAO}}, réf SIAO [[IDENTIFIANT:SI75-2024-118274]]. rien. « {{God is great}} » dit-il quand même",
    ),
    (
        "chrs",
        AP,
        "CHRS {{Marseille}}, entretien d'admission. Mme [[PERSONNE:Tatiana Rusu]], {{moldave}}, + sa fille. passeport moldave [[IDENTIFIANT:B01470238]], née le [[DATE_NAISSANCE:17.01.1990]].\n"
        "elle parle {{roumain}} et {{russe}}, l'éducatrice a l'appli. la petite dit « {{mulțumim}} » en partant",
    ),
    (
        "chrs",
        AP,
        "CHRS {{Lille}}, repas du soir. {{42 résidents}}. au menu {{couscous}} (c'est jeudi). table des {{Soudanais}}, table des {{Afghans}}, table des « historiques ».\n"
        "l'éducateur dit que le foot mélange tout le monde : {{LOSC}}, {{Real Madrid}}, {{Barça}}. {{Ramadan}} dans {{10 jours}}, on décalera les repas",
    ),
    (
        "chrs",
        AP,
        "CHRS {{Aurore}}, {{Paris}}. M. [[PERSONNE:Kamara]], {{sénégalais}}, sorti de prison il y a {{3 semaines}}. sa référente, [[PERSONNE:Claire]].\n"
        "il veut récupérer son passeport consigné au {{greffe}} : [[IDENTIFIANT:A03361572]]. [[PERSONNE:Claire]] appelle le {{SPIP}}",
    ),
    (
        "chrs",
        AP,
        "CHRS {{Nantes}}. jeune couple {{albanais}}, [[PERSONNE:Ardit]] et [[PERSONNE:Blerina Kola]], déboutés {{CNDA}} en {{juin}}, décision n° [[IDENTIFIANT:24018773]]. {{OQTF}}.\n"
        "l'éducateur explique le recours au {{tribunal administratif}}, délai {{48h}}. « {{faleminderit}} »",
    ),
    (
        "chrs",
        AP,
        "CHRS {{Lyon}} {{Gerland}}, atelier CV. [[PERSONNE:Hamza]], {{23 ans}}, {{guinéen}}, bac pro a {{Conakry}}. au mur un CV modèle au nom de [[PERSONNE:Jean Dupont]] 😂\n"
        "il met son mail [[EMAIL:hamzadiallo224@gmail.com]] et son ID {{France Travail}} [[ID_FRANCE_TRAVAIL:3390274F]] en haut du CV",
    ),
    (
        "chrs",
        AP,
        "CHRS {{Brest}}, entretien. M. [[PERSONNE:Le Dû]], {{52 ans}}, ancien {{marin-pêcheur}} du {{Guilvinec}}. il parle {{breton}} avec son éducateur « {{mat an traoù}} ? ».\n"
        "{{RSA}}, n° alloc [[N_ALLOCATAIRE:7720418]]. sa voiture est a la {{fourrière}} : [[IMMATRICULATION:4127 VX 29]] (vieille plaque)",
    ),
    (
        "chrs",
        AP,
        "CHRS femmes {{Marseille}}. Mme [[PERSONNE:Jamila]], {{58 ans}}, née a {{Sétif}}, NIR [[NIR:2 66 09 99 352 071 93]]. violences conjugales.\n"
        "elle veut pas que le nom du mari soit écrit. l'éducatrice écrit quand même dans le dossier : [[PERSONNE:Rachid B.]]\n"
        "ordonnance de protection {{JAF}}, RG [[IDENTIFIANT:24/03318]]",
    ),
    (
        "chrs",
        AP,
        "accueil CHRS {{Saint-Denis}}. M. [[PERSONNE:Şahin]], {{kurde}}, bosse au noir dans le {{BTP}}. « {{no papers}}, no job, no house » dit-il en anglais.\n"
        "l'éducateur note son tel [[TELEPHONE:06 03 58 71 24]] et sa carte {{AME}} n° [[IDENTIFIANT:9300224871]]",
    ),
    (
        "chrs",
        AP,
        "CHRS {{Rennes}}, salle commune. tournoi {{FIFA}} sur la {{PS4}} 🎮 {{Stade rennais}} vs {{Al Ahly}}… les résidents {{égyptiens}} en feu.\n"
        "l'éducateur : c'est le meilleur moment de la semaine. {{19h}}, {{12 joueurs}}. a {{21h}} fin (règlement intérieur)",
    ),
    (
        "chrs",
        AP,
        "CHRS {{Lille}}, entretien de sortie vers logement. Mme [[PERSONNE:Nkechi Eze]] ({{nigériane}}) + ses {{2 enfants}}. bail signé avec {{LMH}}, APL a ouvrir, n° alloc [[N_ALLOCATAIRE:1049377]].\n"
        "nouvelle adresse [[ADRESSE:Résidence Les Aubépines, bât C, 59260 Hellemmes]]. « {{thank you Jesus}} » elle pleure 😭",
    ),
    (
        "chrs",
        AP,
        "CHRS {{Paris 12e}}. M. [[PERSONNE:Arunasalam]] ({{tamoul}}) + l'interprète de l'asso, Mme [[PERSONNE:Kanagaratnam]]. statut {{réfugié}}, {{carte de résident}}.\n"
        "ouverture de compte a la {{Caisse d'Épargne}}, IBAN [[IBAN:FR76 1444 5004 0208 0025 1937 786]]\n"
        "{{Pongal}} demain, il invite tout le monde",
    ),
    (
        "chrs",
        AP,
        "accueil CHRS {{Villeurbanne}}. [[PERSONNE:Mariam Tounkara]], {{21 ans}}, {{ivoirienne}}, enceinte. l'éducatrice retrouve le dossier par le n° SIAO [[IDENTIFIANT:69-SIAO-0044871]].\n"
        "tel de sa maman a {{Abidjan}} [[TELEPHONE:+225 07 48 12 63 90]]. « {{on dit quoi}} » → l'éducatrice rigole",
    ),
    (
        "chrs",
        AP,
        "CHRS {{Nantes}}. M. [[PERSONNE:Ahmed Ould Cheikh]] ({{mauritanien}}), réfugié, n° {{OFPRA}} [[IDENTIFIANT:2204011287]]. il parle {{hassaniya}}, {{wolof}}, fr.\n"
        "veut une formation {{cariste}} → {{CACES}}",
    ),
    (
        "chrs",
        AP,
        "CHRS {{Marseille}}, fête de fin d'année : {{Noël}} + {{Hanouka}} + rien pour les musulmans dit un résident → l'équipe promet l'{{Aïd el-Kébir}} l'an prochain.\n"
        "buffet : {{bûche}}, {{baklava}}, {{thiéboudienne}}, {{pastels}}. musique : {{Jul}}, {{Youssou N'Dour}}, {{Dalida}} 🎶",
    ),
    (
        "chrs",
        AP,
        "{{halte de nuit}} {{Paris 13}}, {{22h}}. [[PERSONNE:Ravi]] et [[PERSONNE:Lakshmi]], couple {{indien}} ({{Kerala}}), dorment ici depuis {{3 nuits}}. passeport indien [[IDENTIFIANT:Z4823017]].\n"
        "il dit « no problem, we are okay » mais elle tousse beaucoup → orientation {{PASS}}",
    ),
    (
        "chrs",
        AP,
        "CHRS {{Lille}}, partenariat {{Secours Catholique}}. M. [[PERSONNE:Yusuf Abdi]] ({{somalien}}) a perdu son téléphone.\n"
        "nouveau num [[TELEPHONE:07 51 36 88 40]], l'ancien [[TELEPHONE:07 51 36 80 44]] a bloquer chez {{Lycamobile}}",
    ),
    (
        "chrs",
        AP,
        "CHRS {{Rennes}}, entretien {{DALO}}. M. [[PERSONNE:Oumar Ba]], {{mauritanien}}. recours DALO n° [[IDENTIFIANT:035-2024-00781]].\n"
        "date de naissance ? → « [[DATE_NAISSANCE:31 décembre 1980]] » → l'éducateur : « ah, le {{réveillon}} ! »",
    ),
    # ------------------------------------------------------------------ chrs / 115, accueil telephonique
    (
        "chrs",
        AT,
        "{{115}} {{Paris}} ({{Samusocial}}), {{21h}}. {{45 min}} pour joindre selon l'écoutant. appel : femme avec bébé, {{française}}, a la {{gare de l'Est}}.\n"
        "l'écoutant trouve un hôtel a {{Ivry}} : {{hôtel Ibis Budget}}, {{chambre 213}}. elle pleure « merci merci »",
    ),
    (
        "chrs",
        AT,
        "115 {{Marseille}}. appel en {{arabe}} d'un jeune, [[PERSONNE:Wassim]], {{17 ans}} dit-il → mineur = {{ASE}}, pas 115. l'écoutante lui donne les horaires de la {{PAMIE}}.\n"
        "son tel : [[TELEPHONE:06 66 42 17 93]], elle rappellera demain",
    ),
    (
        "chrs",
        AT,
        "115 {{Lille}}, soirée {{plan grand froid}}. {{212 appels}}, 64 décrochés. {{gymnase}} ouvert en renfort.\n"
        "{{3 langues}} dominantes : {{arabe}}, {{pachto}}, {{tigrinya}}. l'écoutant dit « {{lā}} » (non en arabe) plus souvent que oui ce soir 😔",
    ),
    (
        "chrs",
        AT,
        "115 {{Nantes}}. appel d'un monsieur {{géorgien}}, [[PERSONNE:Zurab]], avec sa femme et {{2 enfants}} dans une voiture géorgienne [[IMMATRICULATION:TK-482-MM]] sur le parking du {{Leclerc}} {{Atlantis}}.\n"
        "l'écoutant note l'immat pour la {{maraude}}. « {{madloba}} »",
    ),
    (
        "chrs",
        AT,
        "115 {{Rennes}}, écoutante [[PERSONNE:Morgane]]. appel : M. [[PERSONNE:Dragan Petrović]] ({{serbe}}), connu du service, demande une nuit. il donne sa date de naissance pour l'identifier : [[DATE_NAISSANCE:23/06/1972]].\n"
        "orienté {{abri de nuit}}. « {{hvala}} »",
    ),
    (
        "chrs",
        AT,
        "115 {{Lyon}}, {{23h40}}. une femme chuchote, violences, parle {{portugais}} {{brésilien}}. l'écoutant tente l'anglais → marche a moitié.\n"
        "elle donne un num a rappeler « [[TELEPHONE:zero sept, quatre-vingt-deux, onze, cinquante]]… » coupé. rappel impossible, l'écoutant appelle le {{17}}",
    ),
    (
        "chrs",
        AT,
        "115 {{Paris}}. appel d'un maraudeur de la {{Croix-Rouge}} : homme {{ukrainien}} sous le {{pont de Bir-Hakeim}}, [[PERSONNE:Mykola]], passeport volé.\n"
        "l'écoutant note le récépissé de plainte n° [[IDENTIFIANT:2024/075/18832]]. orientation {{Emmaüs Solidarité}}",
    ),
    (
        "chrs",
        AT,
        "115 {{Brest}}, calme. appel d'un jeune qui dort dans sa voiture [[IMMATRICULATION:FR-215-EZ]] au {{Moulin Blanc}}, [[PERSONNE:Kévin]], {{24 ans}}.\n"
        "une place au {{CHRS}} demain. il dit « {{trugarez}} » (merci en {{breton}}, l'écoutant me traduit)",
    ),
    (
        "chrs",
        AT,
        "débrief 115 {{Marseille}}. {{3 écoutants}} pour toute la nuit. ils tiennent un tableur « {{places dispo}} » : {{accueil de nuit}} complet, {{UHU}} complet, reste {{2 places}} au {{Sleep'in}}.\n"
        "l'écoutante parle {{comorien}} avec un appelant, {{swahili}} avec un autre",
    ),
    (
        "chrs",
        AT,
        "115 {{Lille}}. appel de [[PERSONNE:Fatoumata Binta Diallo]], {{guinéenne}}, déboutée, avec [[PERSONNE:Mariama]] ({{6 mois}}). elle appelle d'un num prêté : [[TELEPHONE:07 58 94 22 15]].\n"
        "l'écoutant demande la date de naissance du bébé : « [[DATE_NAISSANCE:le 2 mai]] ». place trouvée {{hôtel Première Classe}} {{Lesquin}}, {{chambre 27}}",
    ),
    (
        "chrs",
        AT,
        "115 {{Seine-Saint-Denis}} ({{Interlogement 93}}). appel d'un {{algérien}} de {{64 ans}}, [[PERSONNE:Ahmed Belkacem]], {{chibani}} sorti de son {{foyer}}.\n"
        "l'écoutant le retrouve par son n° {{SI-SIAO}} [[IDENTIFIANT:93-118740]]. « {{yarham waldik}} »",
    ),
    (
        "chrs",
        AT,
        "115 {{Nantes}}. appel de la {{Cimade}} pour une famille {{afghane}}, famille [[PERSONNE:Sultani]]. la bénévole, [[PERSONNE:Hélène]], donne son tel [[TELEPHONE:06 82 15 37 44]] et son mail [[EMAIL:helene.cimade44@laposte.net]].\n"
        "{{procédure Dublin}}, transfert vers l'{{Allemagne}} prévu",
    ),
    (
        "chrs",
        AT,
        "115 {{Lyon}}. appel en {{roumain}} → l'écoutant roumanophone prend (il est {{moldave}} 🇲🇩). famille {{rom}}, {{6 personnes}}, campement sous le {{périph}}.\n"
        "pas de place. « {{Doamne ajută}} »",
    ),
    (
        "chrs",
        AT,
        "115 {{Paris}}. appel d'une femme {{ivoirienne}}, [[PERSONNE:Adjoua]], enceinte de {{8 mois}}, dort a {{Roissy}} {{terminal 2}}. priorité.\n"
        "elle donne sa date de naissance : [[DATE_NAISSANCE:11/09/2001]]. hôtel a {{Gonesse}} : {{hôtel F1}}, {{chambre 9}}",
    ),
    (
        "chrs",
        AT,
        "115 {{Rennes}}. appel d'une infirmière des urgences : patient sans domicile, sortant. nom [[PERSONNE:Sergiu Lungu]], IPP [[IDENTIFIANT:P00663291]]. place {{CHRS}} urgence dispo. le patient au tel : « {{bine}}, {{bine}} »",
    ),
    (
        "chrs",
        AT,
        "115 {{Marseille}}, {{1h}}. appel d'un monsieur ivre qui chante du {{Cheb Khaled}} 🎤 et dit s'appeler « [[PERSONNE:Zidane]] ». l'écoutant connaît son vrai nom : [[PERSONNE:Mohamed Hamdi]].\n"
        "pas de place. maraude envoyée au {{Vieux-Port}}",
    ),
    # ------------------------------------------------------------------ chrs, controle sur place
    (
        "chrs",
        CSP,
        "visite en {{diffus}} ({{logement relais}}) avec l'éducateur. famille [[PERSONNE:Haidary]] ({{hazaras}}, {{Afghanistan}}), [[ADRESSE:4 square du Limousin, 35200 Rennes]]. nickel, tapis partout, on enlève les chaussures. {{thé}} + {{bolani}}.\n"
        "le père montre son titre de séjour {{réfugié}} [[IDENTIFIANT:3502331847]] et le courrier caf, n° [[N_ALLOCATAIRE:8815302]]",
    ),
    (
        "chrs",
        CSP,
        "tour des chambres {{CHRS}} {{Lille}}, {{9h}}. {{chambre 14}} : ok. {{chambre 15}} : un {{réchaud}} interdit. {{chambre 16}} : drapeau du {{Sénégal}}, photo de {{Cheikh Amadou Bamba}} au mur, tapis de prière.\n"
        "l'éducateur ne fait jamais de remarque sur la religion, juste la {{sécurité incendie}}",
    ),
    (
        "chrs",
        CSP,
        "visite diffus {{Marseille}} {{Belle de Mai}}. Mme [[PERSONNE:Sokhna Diouf]] + {{3 enfants}}. {{T3}} capté par l'asso, [[ADRESSE:21 rue Loubon, 13003 Marseille]]. cafards.\n"
        "l'éducatrice appelle le bailleur, réf logement [[IDENTIFIANT:L13-00457]]. Mme [[PERSONNE:Diouf]] : « {{waaw}} »",
    ),
    (
        "chrs",
        CSP,
        "visite appart diffus {{Nantes}}, coloc de {{3 jeunes}} {{réfugiés}} : [[PERSONNE:Hassan]] ({{Soudan}}), [[PERSONNE:Tesfalem]] ({{Érythrée}}), [[PERSONNE:Samiullah]] ({{Afghanistan}}).\n"
        "l'éducateur vérifie frigo et factures. facture {{TotalEnergies}} [[IDENTIFIANT:F-2024-552871]] impayée. entre eux en anglais : « bro, I paid! » 😂",
    ),
    (
        "chrs",
        CSP,
        "visite de chambre CHRS {{Paris 20e}}. M. [[PERSONNE:Cissé]], {{chambre 204}}, livreur. il a une {{Yamaha}} dehors, plaque [[IMMATRICULATION:GB-947-SL]]. l'éducateur rappelle : pas dans la chambre, dans la cour 😅",
    ),
    (
        "chrs",
        CSP,
        "visite des chambres CHRS {{Brest}}. M. [[PERSONNE:Goulven]] ({{breton}} pur beurre) et M. [[PERSONNE:Ibrahim Diakité]] partagent la {{chambre 8}}.\n"
        "[[PERSONNE:Ibrahim]] apprend le {{bambara}} a [[PERSONNE:Goulven]], qui lui apprend le breton : « {{i ni sogoma}} » / « {{demat}} » 😄",
    ),
    (
        "chrs",
        CSP,
        "visite logement diffus {{Vaulx-en-Velin}}. Mme [[PERSONNE:Oana]] et son fils, [[ADRESSE:12 chemin de la Ferme, 69120 Vaulx-en-Velin]]. compteur {{Enedis}} coupé, PDL [[IDENTIFIANT:14295837462210]].\n"
        "« {{mulțumesc frumos}} »",
    ),
    (
        "chrs",
        CSP,
        "visite {{pension de famille}} {{Quimper}}, {{12 logements}}. {{jardin partagé}} : {{tomates}} et {{piments}} plantés par un résident {{malien}}, {{menthe}} par un {{marocain}}, {{artichauts}} par le seul {{breton}}.\n"
        "l'éducatrice : « ça c'est le vrai {{vivre ensemble}} »",
    ),
    # ------------------------------------------------------------------ france travail, accueil physique
    (
        "france_travail",
        AP,
        "{{France Travail}} {{Saint-Denis}} {{Pleyel}}. M. [[PERSONNE:Tekle]], {{érythréen}}, réfugié, inscription. la conseillère, [[PERSONNE:Samia]], lui crée son identifiant : [[ID_FRANCE_TRAVAIL:5218437K]]. il le note sur sa main ✍️\n"
        "atelier {{FLE}} proposé. « {{yekenyeley}} » (merci en {{tigrinya}}, je crois)",
    ),
    (
        "france_travail",
        AP,
        "FT {{Marseille}} {{La Joliette}}. [[PERSONNE:Amira Mansour]] ({{tunisienne}}), diplôme d'ingénieure pas reconnu. le conseiller parle d'{{ENIC-NARIC}}, attestation de comparabilité. son ID [[ID_FRANCE_TRAVAIL:0934521B]].\n"
        "elle : « {{khalas}}, je fais caissière chez {{Lidl}} en attendant »",
    ),
    (
        "france_travail",
        AP,
        "FT {{Lille}} {{Hellemmes}}. {{job dating}} {{Décathlon}} + {{Amazon}} + {{SNCF}}. {{60 candidats}}. j'entends {{arabe}}, {{portugais}}, {{lingala}}, {{anglais}}.\n"
        "un recruteur {{Amazon}} : « tu parles anglais ? yes ? ok » 😂 {{CDD}} {{6 mois}}, {{11,88 €/h}}",
    ),
    (
        "france_travail",
        AP,
        "FT {{Paris 19e}}. jeune en {{CEJ}}, [[PERSONNE:Moussa Sissoko]] — « comme le footballeur ! » dit le conseiller 😂 (lui n'a pas l'air d'aimer la blague).\n"
        "ID [[ID_FRANCE_TRAVAIL:4471092M]], tel [[TELEPHONE:07 53 21 64 98]]. il veut faire {{VTC}} → {{Uber}}",
    ),
    (
        "france_travail",
        AP,
        "FT {{Nantes}} {{Bellevue}}. Mme [[PERSONNE:Shirin Ahmadi]] ({{iranienne}}), docteure en chimie a {{Téhéran}}. diplôme en {{farsi}} traduit.\n"
        "née le [[DATE_NAISSANCE:1364/06/21]] sur l'original ({{calendrier persan}}) = [[DATE_NAISSANCE:12/09/1985]] sur le titre de séjour 🤯 ID [[ID_FRANCE_TRAVAIL:2290513P]]",
    ),
    (
        "france_travail",
        AP,
        "FT {{Lyon}} {{Part-Dieu}}. M. [[PERSONNE:Oliveira Santos]], {{maçon}}, parents {{portugais}}, né a {{Bastia}}, NIR [[NIR:1 81 07 2B 033 142 04]]. il veut passer le {{CACES}}.\n"
        "offres {{BTP}} : offre n° {{178QXPR}}, {{SIRET}} de la boîte {{443 061 841 00047}}. tel [[TELEPHONE:06 44 17 29 85]]",
    ),
    (
        "france_travail",
        AP,
        "FT {{Rennes}} sud. M. [[PERSONNE:Nguyen Duc Minh]] ({{vietnamien}}), ID [[ID_FRANCE_TRAVAIL:8823106 R]]. formation {{cuisine}} a l'{{AFPA}}.\n"
        "le conseiller lui montre les offres {{Ouest-France}} emploi. il demande si le {{phở}} compte comme « cuisine française » 😄",
    ),
    (
        "france_travail",
        AP,
        "FT {{Paris 11e}}. [[PERSONNE:Thaís Cardoso]] ({{brésilienne}}), {{graphiste}} {{freelance}}. elle montre son {{Instagram}} [[IDENTIFIANT:@thais.cardoso.design]] a la conseillère 🎨 — « créez plutôt un {{Behance}} ».\n"
        "ID [[ID_FRANCE_TRAVAIL:6604821A]]",
    ),
    (
        "france_travail",
        AP,
        "atelier « {{CV}} en {{français}} » pour allophones, FT {{Marseille}}. {{9 participants}} : {{Syrie}}, {{Ukraine}}, {{Colombie}}, {{Sri Lanka}}, {{Guinée}}, {{Maroc}}.\n"
        "la formatrice fait écrire « {{Je m'appelle}}… » et tout le monde rit. {{2h}}. café {{Nespresso}} offert",
    ),
    (
        "france_travail",
        AP,
        "FT {{Roubaix}}. [[PERSONNE:Ahmet Çelik]], {{turc}}, {{35 ans}}, ancien {{chauffeur poids lourd}} en {{Turquie}}, permis turc pas échangé → {{ANTS}}.\n"
        "sa voiture [[IMMATRICULATION:34 KLM 582]] (plaque d'{{Istanbul}}) encore immatriculée là-bas 😬 ID [[ID_FRANCE_TRAVAIL:3177045C]]",
    ),
    (
        "france_travail",
        AP,
        "FT {{Lorient}}. conseillère [[PERSONNE:Soizic]]. M. [[PERSONNE:Hamadou Ba]] ({{mauritanien}}), {{pêche}}, veut la formation {{matelot}} au {{lycée maritime}} d'{{Étel}}. né le [[DATE_NAISSANCE:31/12/1994]], ID [[ID_FRANCE_TRAVAIL:7710482 F]].\n"
        "[[PERSONNE:Soizic]] et [[PERSONNE:Hamadou]] discutent {{thiof}} vs {{bar de ligne}} 🐟",
    ),
    (
        "france_travail",
        AP,
        "FT {{Saint-Nazaire}}. [[PERSONNE:Yuliia Tkachenko]] ({{ukrainienne}}), ouverture de droits {{ARE}} après un {{CDD}} aux {{Chantiers de l'Atlantique}}.\n"
        "RIB français [[IBAN:FR76 1600 6210 1000 0713 5291 881]] ; elle a aussi un compte {{PrivatBank}} [[IBAN:UA74 3052 9900 0002 6007 2335 6600 1]] → « on prend que le français ». ID [[ID_FRANCE_TRAVAIL:4850271T]]",
    ),
    (
        "france_travail",
        AP,
        "FT {{Bobigny}}. M. [[PERSONNE:Diego Alejandro Vargas]] ({{colombien}}), titre de séjour {{salarié}} n° [[IDENTIFIANT:9300481127]]. sur la fiche d'inscription il a écrit [[DATE_NAISSANCE:1991/08/23]].\n"
        "il parle {{espagnol}} avec une conseillère {{péruvienne}}. « {{chévere}} »",
    ),
    (
        "france_travail",
        AP,
        "FT {{Vénissieux}}. [[PERSONNE:Rabia Kaya]] ({{turque}}), {{aide-soignante}}. le conseiller demande le mail : « [[EMAIL:rabia point kaya 69 arobase gmail point com]] ». il tape « kaia » → corrige.\n"
        "ID [[ID_FRANCE_TRAVAIL:1958033D]]",
    ),
    (
        "france_travail",
        AP,
        "FT {{Nantes}} {{Malakoff}}, info coll {{création d'entreprise}} : {{BGE}}, {{ADIE}}, {{CCI}}.\n"
        "projets : {{restaurant libanais}}, {{salon de coiffure afro}}, {{food truck}} {{tacos}}, {{import-export}} avec {{Dakar}}, {{traiteur tamoul}}.\n"
        "conseillère : « {{ARCE}} ou {{maintien de l'ARE}} ? » tout le monde perdu 😂",
    ),
    (
        "france_travail",
        AP,
        "FT {{Marseille 14e}}. M. [[PERSONNE:Mohamed Ali Soilihi]] ({{comorien}}), {{ASS}}. la conseillère, [[PERSONNE:Nathalie]], lit son ID a voix haute : « [[ID_FRANCE_TRAVAIL:quatre-quatre-un-deux-zéro-neuf-huit, J]] ».\n"
        "changement d'adresse : [[ADRESSE:Le Mail, bât G, 13014 Marseille]]. nouveau RIB [[IBAN:FR76 1820 6000 1865 0098 3241 702]]",
    ),
    (
        "france_travail",
        AP,
        "FT {{Lille}} {{Moulins}}. [[PERSONNE:Aïcha Kanté]] veut un {{contrat pro}}. son CV : photo + [[ADRESSE:3 rue de Valenciennes, 59000 Lille]] + [[TELEPHONE:06 58 92 41 07]] + {{LinkedIn}} [[IDENTIFIANT:linkedin.com/in/aicha-kante-rh]] + née le [[DATE_NAISSANCE:02/06/2000]].\n"
        "conseillère : « enlevez la date de naissance, et la photo aussi »",
    ),
    (
        "france_travail",
        AP,
        "FT {{Paris 10e}}. M. [[PERSONNE:Sivakumar Rajendran]] ({{tamoul}}), {{plongeur}} depuis {{10 ans}} au restaurant {{Le Lotus d'Or}}, veut une {{VAE}} cuisine. ID [[ID_FRANCE_TRAVAIL:5027311 H]].\n"
        "{{Thaipusam}} la semaine prochaine, il prend congé",
    ),
    (
        "france_travail",
        AP,
        "FT {{Rennes}} {{Villejean}}. [[PERSONNE:Oumou Kalsoum Barry]] ({{guinéenne}}), {{BTS}} compta validé, offre au {{Crédit Agricole}} {{Ille-et-Vilaine}}. ID [[ID_FRANCE_TRAVAIL:6139902N]].\n"
        "elle rigole : « mon prénom c'est la chanteuse, {{Oum Kalthoum}}, mais ma mère écrit mal »",
    ),
    (
        "france_travail",
        AP,
        "FT {{Marseille}} {{Vieux-Port}}, salon des {{saisonniers}} : {{CMA CGM}}, {{Club Med}}, {{Corsica Linea}}. offres avec {{anglais}} obligatoire.\n"
        "queue jusqu'au {{quai}}. {{180 CV}} récoltés en {{3h}}",
    ),
    (
        "france_travail",
        AP,
        "FT {{Lyon 9e}} {{Vaise}}. M. [[PERSONNE:Costel Bălan]] ({{roumain}}), chauffeur-livreur. le conseiller lit son permis roumain n° [[IDENTIFIANT:RO4481927]].\n"
        "sa camionnette [[IMMATRICULATION:CJ 07 MTR]] (plaque de {{Cluj}}). ID [[ID_FRANCE_TRAVAIL:3400917W]]",
    ),
    (
        "france_travail",
        AP,
        "FT {{Paris 15e}}. [[PERSONNE:María del Carmen Ibáñez Ruiz]] ({{espagnole}}, {{infirmière}}). conseiller : « votre nom c'est [[PERSONNE:Ruiz]] ? » — « non, [[PERSONNE:Ibáñez Ruiz]], les deux ! » 😅\n"
        "NIR : [[NIR:2 86 07 99 134 052 14]]. reconnaissance du diplôme : {{ordre infirmier}}",
    ),
    (
        "france_travail",
        AP,
        "FT {{Tourcoing}}. un jeune, « [[PERSONNE:Momo]] » pour les intimes, [[PERSONNE:Mohamed Amine Boussaid]] sur le papier. {{CEJ}}. il veut être cuisinier a {{Londres}} lol. conseiller : « d'abord le {{CAP}} ».\n"
        "ID [[ID_FRANCE_TRAVAIL:9012558E]], tel [[TELEPHONE:07 81 24 36 59]]",
    ),
    (
        "france_travail",
        AP,
        "FT {{Nantes}} {{Malakoff}}. Mme [[PERSONNE:Lumière Mbuyi]] ({{RDC}}) — oui [[PERSONNE:Lumière]] c'est son prénom, « comme la {{lumière}} du jour ». ID [[ID_FRANCE_TRAVAIL:2207764L]].\n"
        "elle veut {{auxiliaire de puériculture}}",
    ),
    (
        "france_travail",
        AP,
        "FT {{Brest}}. conseiller [[PERSONNE:Erwan]]. usager [[PERSONNE:Sebastián Quispe]] ({{péruvien}}), en couple avec une brestoise, {{ingénieur agronome}}.\n"
        "tel péruvien [[TELEPHONE:+51 987 412 653]] encore au dossier → maj avec [[TELEPHONE:06 74 09 51 38]], mail [[EMAIL:sebas.quispe@proton.me]]. « {{sulpayki}} » (merci en {{quechua}})",
    ),
    (
        "france_travail",
        AP,
        "FT {{Paris 18e}}, {{Barbès}}. permanence {{Cap emploi}} + {{Mission locale}}. la borne parle {{français}} seulement. un vigile {{malien}} aide les gens en {{bambara}}.\n"
        "la conseillère : « c'est lui le vrai service public » 😅 {{10h-13h}} : {{48 visites}}",
    ),
    (
        "france_travail",
        AP,
        "FT {{Marseille}}. M. [[PERSONNE:Youssef El Mansouri]], a bossé en {{Belgique}} ({{Bruxelles}}), veut le {{PD U1}}. il lit son IBAN belge [[IBAN:BE70 0682 5071 8344]].\n"
        "NIR [[NIR:1 75 11 99 350 112 44]], né a {{Tanger}} [[DATE_NAISSANCE:le 3 novembre 1975]]",
    ),
    (
        "france_travail",
        AP,
        "FT {{Vaulx-en-Velin}}, atelier numérique. [[PERSONNE:Huda]] ({{syrienne}}, d'{{Alep}}) crée son {{espace personnel}} sur un {{iPhone}} en arabe.\n"
        "ID [[ID_FRANCE_TRAVAIL:7132604V]], mail [[EMAIL:huda.alhalabi@yahoo.fr]]. la conseillère lui dit de pas noter le mot de passe sur la coque 😅",
    ),
    # ------------------------------------------------------------------ france travail, accueil telephonique
    (
        "france_travail",
        AT,
        "{{3949}}, plateforme {{Lille}}. appel : M. [[PERSONNE:Benmoussa]], pourquoi l'{{ARE}} est pas versée ? identifiant dicté : « [[ID_FRANCE_TRAVAIL:6 2 1 4 3 0 9 K]] ». NIR [[NIR:1 84 10 93 066 275 55]].\n"
        "la conseillère : {{actualisation}} pas faite. « wallah j'ai fait » → capture d'écran demandée",
    ),
    (
        "france_travail",
        AT,
        "appel en {{anglais}} : [[PERSONNE:Priya Venkatesh]] ({{indienne}}), conjointe d'un ingénieur {{Airbus}} a {{Toulouse}}. veut s'inscrire, titre de séjour {{passeport talent famille}} n° [[IDENTIFIANT:3101847260]].\n"
        "le conseiller parle un anglais correct. « thank you, very helpful »",
    ),
    (
        "france_travail",
        AT,
        "{{3949}}, {{15h}}, {{22 appels}} en file. thèmes : {{radiation}}, {{trop-perçu}}, {{attestation employeur}}. un {{frontalier}} ({{Luxembourg}}) → pas la bonne plateforme, « le {{U1}} c'est pas nous ».\n"
        "personne ne dit bonjour pareil : « {{salam}} », « {{hello}} », « {{bom dia}} », « {{bonjour}} »",
    ),
    (
        "france_travail",
        AT,
        "appel : Mme [[PERSONNE:Ngozi Obi]], accent nigérian fort, la conseillère comprend « [[PERSONNE:Gozy]] ». elle épelle « [[PERSONNE:N-G-O-Z-I]] ».\n"
        "ID [[ID_FRANCE_TRAVAIL:4028615 Y]]. RDV {{lundi}} {{14h}} a l'agence de {{Montreuil}}",
    ),
    (
        "france_travail",
        AT,
        "appel : M. [[PERSONNE:Kovač]] ({{croate}}), ID [[ID_FRANCE_TRAVAIL:1128473S]], veut changer de RIB. ancien compte allemand [[IBAN:DE77 5001 0517 5417 3829 46]] (il bossait a {{Francfort}}), nouveau [[IBAN:FR76 1131 5000 0104 7182 6356 090]].\n"
        "conseiller : « pas par tel, dans votre espace ». « {{hvala}}, bye »",
    ),
    (
        "france_travail",
        AT,
        "appels sortants (relances). [[PERSONNE:Yasmina Haddouche]], NIR [[NIR:2 95 10 59 350 182 08]], au [[TELEPHONE:06 13 57 24 68]] → répondeur en {{arabe}} + {{français}}, message laissé.\n"
        "[[PERSONNE:Karim Zeroual]] au [[TELEPHONE:07 86 42 15 39]] → décroche, il est en {{Algérie}} ({{Oran}}) pour l'{{Aïd}} → hors territoire pendant l'{{actualisation}} 😬",
    ),
    (
        "france_travail",
        AT,
        "appel d'une conseillère de la {{Mission locale}} de {{Brest}} pour un jeune {{guinéen}}, [[PERSONNE:Alpha Oumar Diallo]], en {{PACEA}}. dossier ML [[IDENTIFIANT:ML29-2024-0871]].\n"
        "la conseillère FT lui transmet l'ID [[ID_FRANCE_TRAVAIL:5604312G]]. mail pro de la collègue : [[EMAIL:g.kerleroux@mlbrest.fr]]",
    ),
    (
        "france_travail",
        AT,
        "appel : [[PERSONNE:Andreea]] ({{roumaine}}) appelle de {{Bucarest}} [[TELEPHONE:+40 721 045 889]] : elle a trouvé un travail là-bas, veut se désinscrire.\n"
        "le conseiller : « {{felicitări}} » (il a cherché sur {{Google}} 😂). nom complet [[PERSONNE:Andreea Popa]]",
    ),
    (
        "france_travail",
        AT,
        "double écoute {{3949}}, {{10h-12h}} : {{17 appels}}, la moitié sur des {{trop-perçus}}.\n"
        "un monsieur {{ivoirien}} dit « {{on est ensemble}} » en raccrochant, la conseillère connaissait pas. une dame {{haïtienne}} : « {{Bondye beni ou}} »",
    ),
    (
        "france_travail",
        AT,
        "appel de [[PERSONNE:João Pedro Nunes]] ({{portugais}}, {{couvreur}}) : son {{CDD}} au {{Luxembourg}} ouvre des droits ? tel luxembourgeois [[TELEPHONE:+352 621 483 907]], ID [[ID_FRANCE_TRAVAIL:8391045U]].\n"
        "« {{obrigado}}, {{até logo}} »",
    ),
    (
        "france_travail",
        AT,
        "appel : Mme [[PERSONNE:Benyamina]] ({{Lyon}}), {{aide a la mobilité}} pour le permis. NIR [[NIR:2 72 03 69 383 254 79]], ID [[ID_FRANCE_TRAVAIL:2746019X]].\n"
        "conduite accompagnée avec la voiture de son frère [[IMMATRICULATION:DZ-305-QA]] (« DZ comme {{Algérie}} » 😂). « {{baraka Allahou fik}} »",
    ),
    (
        "france_travail",
        AT,
        "appel en {{espagnol}} d'un {{vénézuélien}}, [[PERSONNE:Luis Eduardo Rondón]]. la conseillère passe a un collègue hispanophone, [[PERSONNE:Ramón]].\n"
        "demandeur d'asile → pas d'inscription avant {{6 mois}}. {{cédula}} vénézuélienne n° [[IDENTIFIANT:V-18.427.935]]. « {{qué vaina}} »",
    ),
    (
        "france_travail",
        AT,
        "appel : M. [[PERSONNE:Abebe Girma]] ({{éthiopien}}) lit son {{récépissé}} : n° [[IDENTIFIANT:6902185734]], valable jusqu'au {{12 mars}}. le conseiller : récépissé avec {{autorisation de travail}} ✔\n"
        "RDV {{Lyon 8e}}. « {{ameseginalehu}} »",
    ),
    (
        "france_travail",
        AT,
        "appel d'un employeur, la {{Boulangerie Ben Amor}}, qui veut embaucher [[PERSONNE:Sofiane]], en {{CEJ}}. le patron, M. [[PERSONNE:Ben Amor]], veut l'{{aide a l'embauche}}.\n"
        "tel [[TELEPHONE:04 91 62 38 15]]. « on l'aime bien le petit »",
    ),
    (
        "france_travail",
        AT,
        "appel : [[PERSONNE:Anh]] ({{vietnamienne}}) + son mari français qui parle pour elle. conseiller : « madame doit parler elle-même » → elle : « oui, je suis là, [[PERSONNE:Tran Thi Anh]] ».\n"
        "ID [[ID_FRANCE_TRAVAIL:6013729B]], née le [[DATE_NAISSANCE:20/10/1992]]",
    ),
    (
        "france_travail",
        AT,
        "fin de journée, débrief avec l'équipe {{3949}} de {{Nantes}} : ils voudraient un {{choix de langue}} dans le {{SVI}}. une conseillère parle {{lingala}}, une autre {{wolof}}, personne le sait officiellement.\n"
        "{{agressivité}} au tel : 3 fois cette semaine. {{18h05}} je pars",
    ),
    (
        "france_travail",
        AT,
        "appel d'un monsieur : « c'est pour ma femme, Mme [[PERSONNE:Ouattara]] », elle a reçu un courrier de {{radiation}}. le mari lit l'ID en mots « [[ID_FRANCE_TRAVAIL:trois trois cinq huit]]… » puis le conseiller le fait épeler : [[ID_FRANCE_TRAVAIL:3358120P]]",
    ),
    (
        "france_travail",
        AT,
        "appel de [[PERSONNE:Kateryna Lysenko]] ({{Kharkiv}}), {{protection temporaire}} renouvelée. nouveau n° d'APS [[IDENTIFIANT:6902418835]], nouvelle adresse [[ADRESSE:10 rue Pierre Corneille, 69006 Lyon]].\n"
        "ID [[ID_FRANCE_TRAVAIL:4705183Z]]. « {{слава богу}} »",
    ),
    (
        "france_travail",
        AT,
        "dernier appel : jeune {{sénégalais}}, [[PERSONNE:Pape Modou Fall]], {{saisonnier agricole}} (fraises a {{Plougastel}}), veut ses {{bulletins de salaire}}. ID [[ID_FRANCE_TRAVAIL:9406217 D]], tel [[TELEPHONE:+221 78 306 41 95]].\n"
        "« {{jërëjëf}} »",
    ),
]


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        plain = marked[pos : m.start()]
        parts.append(plain)
        length += len(plain)
        if m.group(1) is not None:
            label, value = m.group(1), m.group(2)
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} in {marked[:60]!r}")
            entities.append({"start": length, "end": length + len(value), "label": label})
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        if value != value.strip() or not value:
            raise ValueError(f"bad mark value {value!r} in {marked[:60]!r}")
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for token in ("[[", "]]", "{{", "}}"):
        if token in text:
            raise ValueError(f"stray {token!r} in {text[:60]!r}")
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
    """120 / 120, stratified by (site_kind, channel); odd leftovers drawn 50/50."""
    rng = random.Random(SEED)
    cells = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note)
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
    with path.open("w", encoding="utf-8") as fh:
        for note in notes:
            fh.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build()
    if len(notes) != 240:
        raise SystemExit(f"expected 240 notes, got {len(notes)}")
    dev, holdout = split(notes)
    if len(dev) != 120 or len(holdout) != 120:
        raise SystemExit(f"bad split {len(dev)} / {len(holdout)}")
    write(HERE / "dev.jsonl", dev)
    write(HERE / "holdout.jsonl", holdout)
    print(f"wrote {len(dev)} dev and {len(holdout)} holdout notes")


if __name__ == "__main__":
    main()
