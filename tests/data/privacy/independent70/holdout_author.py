"""Independent evaluation corpus n° 70: 240 hand-written observation notes (stdlib only).

Each note is written below as ``(site_kind, channel, text)`` with inline marks:
``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. ``parse`` strips the
marks and computes the offsets; ids ``ind70-001`` ... ``ind70-240`` follow the writing order.
``split`` draws dev / holdout from the ids and the cells only (``random.Random(70)``), and
``main`` writes ``dev.jsonl`` and ``holdout.jsonl`` next to this file.

Usage: python holdout_author.py
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind70"
SEED = 70

# Notes 1-35.
NOTES_A = [
    (
        "caf",
        "accueil_physique",
        "{{8h50}}, déjà une {{vingtaine}} de personnes devant la {{Caf}} à la {{Belle-de-Mai}}. Le vigile [[PERSONNE:Mickaël]] donne les tickets, on ouvre à {{9h}} pile. Ma tutrice [[PERSONNE:Sandrine Gasquet]] me dit « ici le lundi c'est toujours comme ça, c'est le jour où les {{APL}} sautent »",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Hadidja Ahamada]], {{3 enfants}}, vient pour sa {{prime d'activité}} passée de {{212 €}} à {{48 €}}. [[PERSONNE:Sandrine]] tape le n° alloc [[N_ALLOCATAIRE:2871094]] dans {{Cristal}} : c'est la {{DTR}} du trimestre qui n'a pas été faite. Mme [[PERSONNE:Ahamada]] ne savait pas qu'il fallait la faire tous les {{3 mois}}. Elle parle {{shikomori}} avec sa fille de {{14 ans}} qui traduit.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Ecoute du {{3230}}. {{11h40}} : {{14}} appels en attente, tps moyen {{22 min}}. Tt le monde commence par « ca fait une heure que j'attends ». L'agent repond pareil a chaque fois, calme. Sur {{10}} appels, {{6}} pour des {{APL}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} {{Aix-en-Provence}}. Un monsieur, M. [[PERSONNE:Barthélemy Olive]], {{76 ans}}, vient avec une enveloppe de papiers « je comprends plus rien depuis que ma femme est partie ». C'est elle qui faisait tout. L'agente [[PERSONNE:Nadia]] lui crée son compte {{ameli}} sur place, avec le mail [[EMAIL:barth.olive13@orange.fr]] que sa petite-fille lui a fait. Il lit son numéro de sécu à voix haute pour vérifier : [[NIR:1 48 02 83 069 088 21]]. Né à {{Hyères}} en [[DATE_NAISSANCE:1948]], il me dit fièrement.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}} 📞 appel d'une dame de {{Menton}} qui travaille à {{Monaco}} comme femme de chambre à l'{{Hôtel de Paris}}. Question : qui paie ses {{IJ}}, la {{CCSS}} monégasque ou la {{Cpam}} ? L'agent [[PERSONNE:Yannick]] galère, transfère au service international, {{12 min}} de musique d'attente pour elle. Il me dit « les frontaliers {{Monaco}} c'est notre casse-tête ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Nice}}, quartier {{Les Moulins}}. Demande d'aide facultative pour une facture {{EDF}} de {{387,40 €}}. Mme [[PERSONNE:Giuliana Pastorelli]] présente la facture, réf. client [[IDENTIFIANT:6004217385]], l'agente [[PERSONNE:Christelle]] photocopie tout. Passage en commission {{jeudi}}. Mme [[PERSONNE:Pastorelli]] : « et d'ici jeudi ils me coupent ? » Réponse : on appelle {{EDF}} pour suspendre.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{hôpital Nord}}, {{23h10}}. Salle d'attente pleine, {{41}} patients inscrits sur l'écran de l'{{IOA}}. Un jeune de {{la Castellane}} avec la main ouverte (chantier au black ?) attend depuis {{4h}}. L'infirmière d'orientation [[PERSONNE:Leïla]] me montre le logiciel : tri {{CCMU 2}}. « Tant qu'il saigne pas plus, il attend. »",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Sainte-Musse}} à {{Toulon}}. Une mère appelle pour son fils [[PERSONNE:Enzo Castellano]], amené par les pompiers vers {{16h}}. L'agente demande la date de naissance : « le [[DATE_NAISSANCE:3 septembre 2009]] ». Elle retrouve le dossier, IPP [[IDENTIFIANT:830452117]], et dit seulement « il est pris en charge, venez avec la {{carte vitale}} ». Pas d'info médicale par tel, jamais.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} de la {{Seine-Saint-Denis}}, {{21h30}}. En {{45 min}} : {{19}} appels, {{2}} places données. La régulatrice coche sur le {{SI-SIAO}}. Un homme rappelle pour la {{4e}} fois de la soirée. Elle connaît sa voix. « Toujours rien monsieur, rappelez à {{23h}} si y a des désistements. » Silence au bout du fil. Puis il raccroche.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil de jour à {{Belsunce}}. Un monsieur que tout le monde appelle « [[PERSONNE:Tonton Kader]] » vient chercher son courrier (domiciliation). {{63 ans}}, à la rue depuis {{2017}}. L'éducateur [[PERSONNE:Julien Roux]] lui tend {{3}} lettres dont une de la {{Carsat}} : sa retraite. Il demande à [[PERSONNE:Julien]] de la lire pour lui.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence {{France Travail}} de {{Martigues}}. Un gars de {{24 ans}}, [[PERSONNE:Dylan Meynier]], veut une formation soudeur pour bosser au {{port de Fos}} ou chez {{Naval Group}}. Le conseiller [[PERSONNE:Karim Belkacem]] tape son identifiant [[ID_FRANCE_TRAVAIL:5183927J]] dans {{AUDE}}, regarde le {{PPAE}} : « t'as déjà le {{CACES}}, c'est bien ». Il lui parle de la {{POEI}}. [[PERSONNE:Dylan]] note rien, il photographie l'écran avec son tel.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{3949}}. Une saisonnière appelle depuis {{Cavalaire}} : fin de saison le {{30 septembre}} à la paillote, elle veut savoir si elle a assez d'heures pour l'{{ARE}}. Elle donne son identifiant : [[ID_FRANCE_TRAVAIL:472 0551 R]], « R comme {{Raoul}} ». La conseillère [[PERSONNE:Magali]] voit {{610 heures}} sur {{24 mois}}, ok ça passe. La dame : « et l'hiver je fais quoi moi à {{Cavalaire}} » 😶",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à domicile avec [[PERSONNE:Thierry Audibert]], contrôleur {{Caf du Var}}. Cité {{La Beaucaire}}, {{Toulon}}. Allocataire : Mme [[PERSONNE:Samira Bouzid]], déclarée isolée avec {{2 enfants}} ({{ASF}} + {{RSA majoré}}). Signalement anonyme. On sonne au [[ADRESSE:27 avenue des Mimosas, bât. C]]. Appart propre, une seule brosse à dents adulte, pas d'affaires d'homme. [[PERSONNE:Thierry]] ouvre les placards, il s'excuse à chaque fois. Il remplit la fiche sur sa tablette, num alloc [[N_ALLOCATAIRE:0742518]]. Dans la voiture : « le signalement c'est souvent l'ex ou la voisine ». Durée {{55 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'arrêt maladie avec l'agent assermenté de la {{Cpam}}, [[PERSONNE:Patrick Imbert]]. {{Aubagne}}, {{14h20}} (hors heures de sortie autorisées). On sonne chez M. [[PERSONNE:Teddy Fabre]], [[ADRESSE:8 chemin de la Bastide Neuve, 13400 Aubagne]]. Personne. [[PERSONNE:Patrick]] laisse un avis de passage dans la boîte. « S'il justifie pas sous {{48h}}, suspension des {{IJ}}. » On attend {{10 min}} dans la voiture, je me sens mal à l'aise.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Permanence tel du {{CCAS}} de {{Saint-Brieuc}}, {{9h-12h}}. Beaucoup d'appels pour le colis de {{Noël}} des anciens et pour le {{chèque énergie}}. L'agente répète « c'est pas nous le chèque énergie, c'est l'État » au moins {{5}} fois. Elle a un post-it avec le numéro national collé sur l'écran.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Accueil {{Vitrolles}}. File de {{12}} personnes à {{8h35}}. [[PERSONNE:Rosa]] à l'accueil trie : « rdv ? pas rdv ? » Ceux sans rdv vont aux bornes. Un monsieur ne sait pas lire, elle fait sa réinscription elle-même sur la borne, lui demande sa date de naissance. « Le [[DATE_NAISSANCE:14 juillet 69]], comme la fête nationale », il dit en riant.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{Pasteur 2}}, urgences, {{Nice}}. Un touriste italien, [[PERSONNE:Giovanni Russo]], chute en trottinette sur la {{Promenade des Anglais}}. Pas de {{CEAM}} sur lui. L'agente des admissions [[PERSONNE:Marie-Pierre]] prend sa carta d'identità : n° [[IDENTIFIANT:CA45218TK]]. Elle parle italien, ouf. Elle me dit « l'été c'est {{30 %}} d'étrangers ici ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite dans un appart du CHRS en diffus à {{Frais-Vallon}}, avec l'éducatrice [[PERSONNE:Anaïs Reynaud]]. Famille [[PERSONNE:Tchakmakian]], couple + {{3}} enfants, arrivés d'{{Arménie}} en {{2019}}. Mme [[PERSONNE:Anahit Tchakmakian]] nous sert du café et des gâteaux, on peut pas refuser. Point sur le titre de séjour : récépissé n° [[IDENTIFIANT:1302846175]], valable jusqu'en {{mars}}. Le mari bosse au noir dans le {{BTP}}, tout le monde le sait, personne le dit.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'un papa de {{Hyeres}}, M. [[PERSONNE:Cedric Chabaud]], garde alternee, il veut partager les allocs avec la mere. [[PERSONNE:Loic]] explique : partage des {{AF}} oui, des {{APL}} non. N° alloc lu sur un courrier : « [[N_ALLOCATAIRE:3 1 5 8 2 0 6]] ». {{17 min}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec [[PERSONNE:Estelle]], travailleuse sociale du {{CCAS}} de {{Grasse}}, chez Mme [[PERSONNE:Paulette Giraud]], {{91 ans}}, [[ADRESSE:5 traverse des Roses, Grasse]]. Demande de portage de repas. Elle vit seule avec son chat {{Pacha}}. Elle nous montre les photos de son mari qui travaillait dans la parfumerie chez {{Fragonard}}. Frigo presque vide. [[PERSONNE:Estelle]] note tout sans rien dire.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "appels sortants, relance des {{DE}} qui ont pas actualisé : {{8}} appels, {{3}} decrochent. un monsieur croyait que c'etait fini l'actu avec {{France Travail}}. Non. Entre le {{28}} et le {{15}}. Il cherche un stylo, je l'entends fouiller",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam du Var}}, accueil de {{Toulon}}. Jeune femme, [[PERSONNE:Océane Pellegrin]], {{23 ans}}, vient pour sa {{C2S}}. Elle a son avis d'imposition, ses fiches de paie {{McDo}}. Numéro de sécu lu sur la carte vitale : [[NIR:2 01 05 83 137 389 78]]. L'agent [[PERSONNE:Franck]] calcule les ressources à voix haute : « {{1 012 €}} par mois, vous êtes en dessous, c'est gratuit ». Elle souffle.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques de {{Robert-Debré}}, {{Paris}}. Un samedi, {{15h}}. Des bronchiolites partout. Les parents dorment par terre. Une maman allaite sur une chaise en plastique. Écran : « délai d'attente estimé {{3h40}} ». Personne ne se plaint à voix haute. Juste un papa qui fait des allers-retours au distributeur {{Selecta}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Point d'accueil {{Caf}} au {{Jas-de-Bouffan}}. [[PERSONNE:Mohamed Zerrouki]] veut changer son RIB pour les {{APL}}, nouvelle banque. Il tend le papier : [[IBAN:FR76 1027 8089 1000 0207 3350 152]]. L'agente [[PERSONNE:Corinne]] vérifie que le nom sur le RIB = nom de l'allocataire. « Vous savez que ça prend un mois ? » Il hausse les épaules.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS à {{Nice}} ({{L'Ariane}}). Entretien d'admission. M. [[PERSONNE:Ionuț Popescu]], {{38 ans}}, roumain, a dormi {{3 semaines}} dans sa voiture, une {{Clio}} immatriculée [[IMMATRICULATION:EK-347-PX]]. Il veut garder la voiture, c'est tout ce qu'il a. Le chef de service [[PERSONNE:Bruno Lombardi]] : « on a pas de parking, faudra voir ». Il pleure un peu quand on lui donne la clé de la chambre {{6}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Cannes}}, agence de {{La Bocca}}. Rdv {{CEJ}} avec [[PERSONNE:Yanis Haddad]], {{19 ans}}, de {{La Frayère}}. Sa conseillère, Mme [[PERSONNE:Ferrara]], lui parle des jobs au {{Palais des Festivals}} pendant le {{Festival}}. Il veut être barman. Elle lui crée son compte et il donne son insta « pour les offres » : [[IDENTIFIANT:@yanis.frayere06]]. Elle rigole : « pas l'insta, le mail ». Mail : [[EMAIL:yanis.haddad06@gmail.com]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{3646}}. Une dame appelle de {{Bastia}} mais sa carte vitale est encore rattachée à {{Marseille}}. Elle épelle son nom : « [[PERSONNE:S-A-N-T-O-N-I]], [[PERSONNE:Marie-Dominique]] ». Elle donne son numéro : [[NIR:2 71 02 2B 033 146 69]]. « Née à {{Bastia}}, vous pouvez vérifier. » L'agent corrige l'adresse, {{8 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Digne-les-Bains}}. Petite salle, {{2}} chaises. Un couple de retraités, M. et Mme [[PERSONNE:Maunier]], vient demander une aide pour le fioul. {{1 100 €}} le plein. L'agente [[PERSONNE:Mireille]] les connaît, elle était à l'école avec leur fils. « Ici tout le monde connaît tout le monde. » Elle leur parle du fonds de solidarité du {{Département}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Secrétariat des urgences de {{Draguignan}} : l'{{EHPAD Les Oliviers}} appelle pour savoir si M. [[PERSONNE:Henri Blanc]] est encore là, ils veulent récupérer ses lunettes. Le secrétaire, [[PERSONNE:Kevin]], cherche par date de naissance, [[DATE_NAISSANCE:12/04/1936]]. Il est en {{UHCD}} depuis hier. Les lunettes sont dans un sachet au bureau 😅",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Var}}, soirée. Une femme appelle avec {{2}} petits, violences conjugales, depuis {{Fréjus}}. L'écoutante [[PERSONNE:Céline]] lui demande son prénom : « [[PERSONNE:Fatima]] ». Elle trouve une nuit au {{Formule 1}} de {{Puget-sur-Argens}}, chambre {{17}}. Puis « s'il vient, vous faites le 17 » et je comprends qu'elle parle de la police, pas de la chambre.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf 06}} avec la contrôleuse [[PERSONNE:Valérie Ciccolini]]. Sujet : vie maritale supposée. On va chez Mme [[PERSONNE:Kelly Ndiaye]], [[ADRESSE:42 boulevard de l'Ariane, 06300 Nice]]. Un homme ouvre : M. [[PERSONNE:Ousmane Sow]], il dit qu'il est juste hébergé. Boîte aux lettres : {{2}} noms. [[PERSONNE:Valérie]] demande son avis d'imposition, l'adresse dessus c'est la même. Elle ne dit rien, elle note. En remontant dans la voiture : « je fais pas la police, je constate ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV collectif, {{6}} personnes. La conseillère projette un CV modèle au nom de « [[PERSONNE:Marie Durand]] », serveuse. Une dame, [[PERSONNE:Fatoumata]], demande si elle peut mettre une photo avec son voile. Silence. La conseillère dit oui, mais... elle ne finit pas sa phrase.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "2e visite : assurée là, en pyjama, lombalgie. {{4 min}} chrono. L'agent coche, on repart. Il en fait {{12}}/jour qd ça roule",
    ),
    (
        "chrs",
        "accueil_physique",
        "Repas du midi au CHRS, {{32}} couverts. Pâtes, poulet, une pomme. Les résidents mangent vite, sans parler. Un éducateur me dit que le silence c'est normal, « ils ont l'habitude de manger vite avant qu'on leur prenne ». À {{13h}} la salle est vide.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'une dame de {{Manosque}}, [[PERSONNE:Sylvie Arnaud]], licenciée de chez {{L'Occitane}} (logistique). Elle veut savoir quand arrive son {{CSP}}. La conseillère [[PERSONNE:Aurélie]] vérifie avec le n° [[ID_FRANCE_TRAVAIL:6205718W]] : dossier complet, premier paiement le {{5}}. « Ah bon. Merci. Merci beaucoup. » Elle remercie {{4}} fois.",
    ),
]

# Notes 36-70.
NOTES_B = [
    (
        "caf",
        "accueil_telephonique",
        "Rappels programmés. L'agente rappelle M. [[PERSONNE:Vartan Hagopian]] au [[TELEPHONE:06 71 28 44 90]], pas de réponse, elle laisse un message. Deuxième sur la liste, Mme [[PERSONNE:Lucia Esposito]], au [[TELEPHONE:05 55 52 31 08]] (un fixe à {{Guéret}}). Elle décroche. Sujet : {{AAH}} et {{APL}} pour son fils handicapé de {{27 ans}} qui vit chez elle. « Je comprends pas pourquoi on me demande ses revenus à lui. » L'agente explique pendant {{20 min}}, patiente.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Noailles}}, permanence {{Caf}} dans la maison de quartier. Un monsieur comorien, M. [[PERSONNE:Said Ahmed Mroudjae]], vient dire qu'il a déménagé : son immeuble est sous arrêté de péril, il est relogé provisoirement à l'{{Ibis Budget}} de la {{Joliette}}, {{chambre 214}}. L'agent ne sait pas quoi mettre comme adresse dans le logiciel. Finalement : l'adresse de sa sœur, [[ADRESSE:31 rue Longue-des-Capucins, 13001 Marseille]]. « Tout le monde est passé par là ici depuis {{2018}} », me dit l'agent.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Dossier {{AME}}. Mme [[PERSONNE:Aminata Camara]], arrivée du {{Mali}} il y a {{14 mois}}, enceinte de {{6 mois}}. Tous ses papiers sont dans une pochette {{Carrefour}}. Passeport n° [[IDENTIFIANT:AA0473921]]. L'agente [[PERSONNE:Hélène]] vérifie la présence de plus de {{3 mois}}, les ressources. Il manque une preuve d'il y a plus de 3 mois : une ordonnance de la {{PASS}} de la {{Conception}} fera l'affaire. Elle repart avec un récépissé de dépôt.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Sur {{20}} appels écoutés ce matin, {{7}} concernent des arrêts de travail pas payés, {{4}} la {{carte Vitale}}, le reste un peu tout. Le conseiller a un tableau {{Excel}} à lui pour noter les rappels. « Le logiciel le fait pas, alors je me débrouille. »",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Roubaix}}, domiciliation. [[PERSONNE:Grégory Vandewalle]], {{44 ans}}, vient renouveler son attestation (valable {{1 an}}). L'agente [[PERSONNE:Samia]] l'imprime. Il demande un numéro « où on peut me laisser des messages ». Elle lui écrit le standard du CCAS sur un post-it : {{03 20 66 41 90}}. « Ils prendront le message, c'est déjà ça. »",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Sainte-Musse}}, {{10h}}. Un marin, [[PERSONNE:Anthony Kervella]], {{22 ans}}, breton, pied écrasé sur un quai de la {{base navale}}. Son second maître l'accompagne, [[PERSONNE:Rudy]]. À l'accueil on lui demande sa mutuelle : {{Unéo}}, n° adhérent [[IDENTIFIANT:248311507]]. Il a mal mais il fait le fier devant son chef.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{2h du matin}}. Un box se libère, l'infirmière d'accueil appelle un nom, personne ne répond. Elle rappelle. Il était parti. « Ça arrive {{5}} ou {{6}} fois par nuit. » Elle clôt la ligne sur l'écran : {{PSA}}, parti sans attendre.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{06}}. Appel de [[PERSONNE:Mounir]], il est à la {{gare de Cannes}}, il a froid. Il rappelle tous les soirs. L'écoutant, [[PERSONNE:Grégoire]], ouvre sa fiche {{SI-SIAO}} : n° [[IDENTIFIANT:SIAO-06-2024-008714]], dernière nuit obtenue il y a {{9 jours}}. Ce soir rien à {{Cannes}}, une place à {{Nice}} mais plus de train à cette heure. « Je peux pas aller à pied à Nice, frère. »",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à domicile avec [[PERSONNE:Nordine Amrani]], travailleur social, dans un studio en {{bail glissant}} à {{Félix-Pyat}}. Le locataire, M. [[PERSONNE:Rachid Messaoudi]], sort de {{2 ans}} de CHRS. Ça sent la peinture fraîche, il a tout repeint lui-même en jaune. Il montre fièrement sa facture d'électricité payée. [[PERSONNE:Nordine]] me glisse : « c'est pour des moments comme ça que je fais ce métier ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{La Seyne-sur-Mer}}, beaucoup de monde de {{Berthe}}. [[PERSONNE:Kamel Boukhari]], {{52 ans}}, fils d'un ouvrier des chantiers (fermés en {{1986}}). Il cherche depuis {{2 ans}}. Le conseiller, [[PERSONNE:Philippe Roussel]], lui parle d'une offre chez {{Naval Group}} à {{Toulon}}, offre n° {{178QDKM}}. « Ils prennent pas les vieux. » Le conseiller ne répond rien.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel entrant. Un jeune de {{Gap}}, [[PERSONNE:Lucas Bonnifay]], saisonnier à {{Orcières}} cet hiver, veut savoir si sa saison compte pour ses droits. Identifiant : [[ID_FRANCE_TRAVAIL:7 3 0 4 1 8 2 M]]. La conseillère lui fait confirmer son portable : « [[TELEPHONE:zéro six, quarante-deux, dix-huit, soixante-dix, zéro trois]] ». Elle corrige, le dossier avait un vieux numéro.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Retour de contrôle, dans la voiture, le contrôleur m'explique les indus. Au-delà de {{3 000 €}} il faut l'avis du directeur. Il a {{11}} dossiers ce mois, {{3}} fraudes supposées, « et les {{8}} autres c'est des gens qui se sont trompés de case ». On passe devant les raffineries de {{Lavéra}}, ça sent le soufre.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} du {{Rhône}}, antenne de {{Vaulx-en-Velin}}. Une étudiante, [[PERSONNE:Linh Tran]], ne comprend pas pourquoi ses {{APL}} ont été recalculées (job d'été chez {{Décathlon}}). L'agent, [[PERSONNE:Sébastien]], lui montre les ressources des {{12 derniers mois}}. Elle donne son mail pour recevoir le récap : [[EMAIL:linh.tran.etu@univ-lyon2.fr]]. Elle demande : « et si je dis rien ? » Lui : « on le sait quand même ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête de résidence avec l'agente de la {{Cpam 13}}, [[PERSONNE:Linda Cherif]] : un assuré, M. [[PERSONNE:Mehmet Yilmaz]], déclaré au [[ADRESSE:19 bd National, 13003 Marseille]], mais le courrier revient. On monte les {{4}} étages. Une dame ouvre, c'est sa belle-sœur : il est en {{Turquie}} depuis {{5 mois}}, sa mère est malade. [[PERSONNE:Linda]] note « absent du territoire plus de 6 mois ? à vérifier ». Elle laisse sa carte.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} d'{{Annecy}}. Appel d'une fille inquiète pour sa mère, Mme [[PERSONNE:Simone Garcin]], {{88 ans}}, qui ne répond plus au téléphone depuis {{2 jours}}. L'agent note le numéro de la mère, [[TELEPHONE:04 50 45 71 62]], et celui de la fille, [[TELEPHONE:+41 79 532 18 44]] (elle vit en {{Suisse}}). Il demande un passage à la police municipale. Rappel {{40 min}} plus tard : la dame était chez sa voisine, téléphone débranché.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Au standard, une dame demande « combien de temps d'attente en ce moment ? » L'agent : « on peut pas vous dire, madame, ça dépend de la gravité ». Elle raccroche. Il me dit que c'est la question n°1, une {{trentaine}} de fois par jour. Il rêve d'un affichage en ligne comme à {{Lyon}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS d'{{Orléans}}, centre-ville. Signature du contrat de séjour de [[PERSONNE:Awa Diarra]] et de son fils [[PERSONNE:Moussa]], {{4 ans}}. La cheffe de service, Mme [[PERSONNE:Laure Castellan]], lit chaque article à voix haute. Participation : {{10 %}} des ressources, soit {{56 €}}. [[PERSONNE:Awa]] signe en bas de chaque page. [[PERSONNE:Moussa]] joue avec un camion de pompiers sous la table.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un allocataire appelle de {{Marignane}}, M. [[PERSONNE:Frédéric Amiel]], intérimaire chez {{Airbus Helicopters}}. Il veut donner son nouveau RIB par téléphone. L'agente refuse : « par l'espace {{Mon Compte}} uniquement ». Il commence quand même à le dicter, « [[IBAN:FR76 3000 3015 4000 0504 1732 657]] », elle le coupe gentiment. « Je peux pas le saisir, monsieur, c'est pour votre sécurité. »",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Aubagne}}. Un ancien légionnaire, [[PERSONNE:Tomasz Kowalski]], {{15 ans}} de {{Légion}}, vient s'inscrire. Né à {{Gdańsk}}. Il a encore des papiers au nom de sa première identité (la Légion donne un autre nom au début), le conseiller est perdu. Carte d'identité française n° [[IDENTIFIANT:X7RT4PL29]]. Le conseiller appelle son chef.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Strasbourg}}. Une jeune femme vient déclarer son médecin traitant, elle a emménagé. L'agent saisit le {{NIR}} : [[NIR:2 92 11 67 482 307 41]]. « Ah vous êtes née ici à {{Strasbourg}} ? » Oui. Le médecin, Dr [[PERSONNE:Wagner]], ne prend plus de nouveaux patients, elle le sait, « c'est juste pour les papiers ». L'agent soupire : {{9 mois}} pour trouver un médecin dans ce quartier.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, {{CCAS}} de {{Manosque}}, demande d'aide pour impayés de loyer. Chez M. [[PERSONNE:Gilles Rouvier]], [[ADRESSE:3 impasse des Lavandes, 04100 Manosque]]. Il a perdu son emploi chez un sous-traitant d'{{ITER}}, {{3 mois}} de retard, {{1 920 €}}. Le propriétaire, M. [[PERSONNE:Blanc]], a déjà envoyé l'huissier. L'agente [[PERSONNE:Fanny]] lui parle du {{FSL}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{CHICAS}} {{Gap}}, urgences. Un Néerlandais, M. [[PERSONNE:Joost van der Meer]], fracture du tibia à {{Vars}}, arrivé en hélico. Sa femme [[PERSONNE:Anouk]] est à l'accueil avec son passeport : [[IDENTIFIANT:NXP7R2K14]]. L'agente tape lettre par lettre. Elle me dit que l'hiver elle en fait {{20}} par jour, des comme ça.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}}, {{3h12}} : un gars appelle juste pour dire « c bon j'ai trouvé pr ce soir merci » et raccroche. Rare !!",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rdv téléphonique avec Mme [[PERSONNE:Gayané Arakelian]], {{45 ans}}, traductrice arménien-russe-français, elle habite {{Saint-Loup}}. Elle veut créer son entreprise. La conseillère, [[PERSONNE:Inès]], lui envoie la doc {{ARCE}} par mail : [[EMAIL:g.arakelian@free.fr]], « [[PERSONNE:arakelian]] avec un k ». Elle épelle : « [[PERSONNE:A-R-A-K-E-L-I-A-N]] ». Rdv suivant dans {{15 jours}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Une borne en panne, l'autre qui demande un identifiant que personne n'a. L'agent d'accueil passe sa matinée à faire les démarches à la place des gens sur la borne. Il dit « on nous a dit de les rendre autonomes », et il rit jaune. {{10h30}}, {{37}} tickets distribués.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "{{Cpam}} de la {{Gironde}}. Une assurée, Mme [[PERSONNE:Rim Belhadj]], appelle pour la {{3e}} fois pour son remboursement de lunettes ({{Optic 2000}}). Elle veut qu'on la rappelle : « [[TELEPHONE:07.61.22.84.93]], après {{17h}} ». L'agent ne peut rien promettre. Il crée une demande de rappel, délai {{72h}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}}, {{Marseille}} {{13e}}. Demande d'aide alimentaire. Mme [[PERSONNE:Zaïnaba Madi]] vient avec sa voisine, Mme [[PERSONNE:Djoumoi]], qui traduit. Orientée vers l'épicerie sociale, bon de {{15 €}} pour {{2 semaines}}. L'agente, [[PERSONNE:Patricia Leca]], tamponne le bon. « C'est pas grand-chose, hein. »",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une dame, [[PERSONNE:Nathalie Pereira]], vient pour l'aide au permis ({{1 200 €}}). Elle a trouvé un poste d'aide à domicile à {{Brignoles}} mais pas de voiture. Sa sœur pourrait lui prêter sa {{Twingo}}, immat [[IMMATRICULATION:CZ-118-LR]], elle la montre en photo, mais il faut d'abord le permis. Le conseiller, [[PERSONNE:David]], vérifie les conditions : inscrite depuis {{6 mois}}, ok.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences de {{L'Archet}}, {{Nice}}. Un généraliste, Dr [[PERSONNE:Pietri]], appelle pour adresser un patient : M. [[PERSONNE:Jean-Baptiste Luciani]], né le [[DATE_NAISSANCE:7 juillet 79]] à {{Ajaccio}}, suspicion d'appendicite. L'{{IAO}} demande le numéro de sécu pour préparer le dossier : [[NIR:1 79 07 2A 004 067 50]]. Elle prévient : « ça va attendre quand même ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS de {{Gap}}. Un jeune Guinéen, [[PERSONNE:Mamadou Bah]], {{17 ans}} déclarés, passé par le col de {{Montgenèvre}}. Pas de place pour lui ici, il relève de l'{{ASE}}. L'éducatrice, [[PERSONNE:Claire]], appelle le département, on attend {{1h}}. Il s'endort sur la chaise.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Formation nouveaux agents, ce que je note :\n- arborescence {{APL}} = {{9}} niveaux (!!)\n- « au bout de {{6 mois}} tu sais tout ou tu pars »\n- {{12}} recrutés l'an dernier, il en reste {{5}}",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Problème de connexion : M. [[PERSONNE:Ali Ben Salah]] n'arrive plus à entrer dans son espace, mot de passe perdu. La conseillère lui demande son identifiant : « [[ID_FRANCE_TRAVAIL:2904417X]] », puis sa date de naissance, qu'il lit sur son titre de séjour : « [[DATE_NAISSANCE:11 03 1969]] ». Elle réinitialise, envoie un code par SMS. Il le reçoit pas. On recommence. {{3}} fois. Au final elle lui dit de passer à l'agence.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Visite avec [[PERSONNE:Jérôme Garnier]], agent de contrôle {{Cpam}}, chez un assuré en invalidité soupçonné de travailler (signalement d'un client). On passe devant le {{Garage Rinaldi Auto}} à {{Vitrolles}} : rideau baissé. M. [[PERSONNE:Rinaldi]] n'est pas chez lui non plus. [[PERSONNE:Jérôme]] prend une photo de la façade « pour le dossier ». Pas très à l'aise, moi.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Menton}}. Un monsieur appelle pour la navette des seniors, il parle un mélange de français et d'italien. Il donne son nom : « [[PERSONNE:Bartolomeo Cavallo]], come il {{cavallo}} ». L'agente rit et l'inscrit pour {{mardi}} {{9h}}, direction le marché.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{Caf}} à {{Vitrolles}}, quartier des {{Pins}}. On cherche le logement de M. [[PERSONNE:Jordan Olivieri]], déclaré seul, au {{RSA}}. Devant l'immeuble, le contrôleur, [[PERSONNE:Serge]], repère une {{Golf}} GTI neuve, [[IMMATRICULATION:GF-902-KN]], qui serait à lui d'après le signalement. Il ne conclut rien : « une voiture c'est pas un revenu, ça peut être un crédit ». Entretien {{40 min}}, M. [[PERSONNE:Olivieri]] fournit ses relevés. Rien d'anormal pour l'instant.",
    ),
]

# Notes 71-105.
NOTES_C = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Limoges}}, rdv de {{10h15}}. Mme [[PERSONNE:Sonia Benhamou]] déclare une naissance, le petit [[PERSONNE:Noam]], né le [[DATE_NAISSANCE:2 février]]. L'agent, [[PERSONNE:Rachid]], ouvre le dossier [[N_ALLOCATAIRE:1094736]], ajoute l'enfant, la {{PAJE}} part dans {{15 jours}}. Elle demande si le papa doit signer. Non.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "PANNE TEL GENERALE {{10h05}}-{{10h50}}. casques autour du cou. une agente me montre ses mails : {{140}} non lus. {{10h51}} les {{8}} lignes sonnent en mm temps",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Nice}}, antenne de {{l'Ariane}}. M. [[PERSONNE:Youssef El Idrissi]] vient changer son RIB pour ses {{IJ}} ({{accident du travail}} sur le chantier du {{tram}}). RIB {{Banque Postale}} : [[IBAN:FR32 2004 1010 0806 3155 7S02 902]]. L'agente, [[PERSONNE:Soraya]], saisit, il relit par-dessus son épaule, chiffre par chiffre. « La dernière fois ils ont mis l'argent chez un autre. »",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de l'hôpital {{Simone Veil}}, {{Cannes}}, pendant le {{Festival}}. Un agent de sécurité d'une soirée sur la {{Croisette}}, [[PERSONNE:Bilal Kaddour]], {{34 ans}}, arcade ouverte. Pas de carte vitale, il dicte son numéro de tête : [[NIR:1 90 12 99 397 022 42]]. « Je suis né aux {{Comores}}, c'est pour ça le 99 », il explique à l'agente.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Tournée des appartements en diffus, {{4}} visites. Dans le {{3e}}, un frigo en panne depuis {{10 jours}}, le bailleur répond pas. L'éducateur prend une photo, envoie un mail, relance. « Si je relance pas {{3}} fois, rien bouge. » Dans le dernier appart personne, on laisse un mot sous la porte.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Hyères}}. Un saisonnier, [[PERSONNE:Baptiste Audibert]], serveur à {{Porquerolles}} tout l'été, veut une formation pour l'hiver. Il a un CV papier, le conseiller le scanne. En haut : [[ADRESSE:12 rue de la Rade, 83400 Hyères]], [[TELEPHONE:0642719355]], [[EMAIL:baptiste.aud@hotmail.fr]]. Le conseiller lui dit « enlève l'adresse, les employeurs s'en fichent ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Clermont-Ferrand}}. [[PERSONNE:Mariam Sissoko]] a un entretien chez {{Michelin}} demain. La conseillère fait une simulation, elle joue le recruteur : « Parlez-moi de vous. » [[PERSONNE:Mariam]] rit nerveusement. Deuxième essai, c'est mieux. Je suis ému, bizarrement.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un assuré, M. [[PERSONNE:Jean-Marc Fabre]], veut son attestation de droits par mail. Il dicte : « [[EMAIL:jean marc point fabre arobase laposte point net]] », sans tiret. L'agent relit, corrige, l'attestation part. {{3 min}}. Le plus rapide de la matinée.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{La Ciotat}}. Un ancien des chantiers navals, M. [[PERSONNE:Antoine Brémond]], {{79 ans}}, vient pour la téléassistance. Sa fille a tout rempli. Fiche : médecin traitant Dr [[PERSONNE:Haïk Manoukian]], personne à prévenir [[PERSONNE:Sophie Brémond]], [[TELEPHONE:06 14 83 27 59]]. L'agente lui explique le bracelet. « Je vais pas porter ça, j'ai pas {{100 ans}}. »",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur a laissé un message sur le répondeur du {{CCAS}}, l'agente l'écoute en haut-parleur : « oui bonjour c'est [[PERSONNE:Paul Chaix]] pour le dossier de logement, rappelez-moi au [[TELEPHONE:zéro quatre quatre-vingt-quatorze vingt-deux trente et un quatre-vingt-huit]], merci ». Elle réécoute {{2}} fois pour le numéro.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de la régulation du {{SAMU 83}} : {{3}} victimes d'un accident sur l'{{A8}} arrivent dans {{20 min}}. Le secrétaire prévient l'{{IOA}}, qui prévient tout le monde. Dans la salle d'attente personne ne sait rien, mais d'un coup plus aucun box ne se libère.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Douches de l'accueil de jour, {{Belsunce}}. Le cahier :\n1. [[PERSONNE:Sami]]\n2. [[PERSONNE:Ivan]]\n3. [[PERSONNE:Dédé]]\n4. Mme [[PERSONNE:Haddad]]\n... {{12}} noms, {{15 min}} chacun. [[PERSONNE:Georges]] (bénévole, {{74 ans}}) appelle les noms comme à l'armée",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Encagnane}}, {{Aix}}. M. et Mme [[PERSONNE:Nguyen]], dossier [[N_ALLOCATAIRE:4418025]]. Ça porte sur une {{AAH}} et un logement déclaré en location alors que l'appartement serait à eux. Mme [[PERSONNE:Nguyen]] sort le bail, les quittances, tout est rangé dans un classeur vert. Le contrôleur, [[PERSONNE:Pascal Fabre]], est visiblement soulagé. {{25 min}}. Il m'avoue : « quand c'est bien rangé, c'est que c'est honnête, en général ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle à domicile d'un assuré en arrêt, {{Saint-Étienne}}. M. [[PERSONNE:Kevin Lopez]] est là, bras dans le plâtre, il regarde l'{{ASSE}} sur {{beIN}}. L'agente, [[PERSONNE:Christine Meynier]], lui fait signer le PV de présence. Il signe de la main gauche. {{6 min}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une dame de {{Tarbes}} appelle pour son fils de {{18 ans}}, [[PERSONNE:Théo]], qui devrait s'inscrire. La conseillère explique qu'il doit appeler lui-même. « Il dort, madame. Il dort tout le temps. » La conseillère donne le numéro de la {{Mission locale}}. Blanc de quelques secondes.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Lille}}, accueil sur rdv. M. [[PERSONNE:Dimitri Lefebvre]], séparé, veut retirer son ex du dossier [[N_ALLOCATAIRE:0093512]]. L'agente, [[PERSONNE:Audrey]], explique qu'il faut la déclaration de séparation signée des deux, ou une attestation sur l'honneur. Il dit que Mme [[PERSONNE:Da Costa]] refusera de signer. Attestation sur l'honneur, alors.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Point d'accueil {{Cpam}}, {{3e arrondissement}}. Une dame âgée, Mme [[PERSONNE:Fatma Boudjemaa]], ne connaît pas son numéro de sécu. L'agente le retrouve avec le nom et la date de naissance : « [[DATE_NAISSANCE:1er janvier 1950]] ». Sur l'écran : {{6}} HOMONYMES nées le même jour !! « Comme beaucoup de dames nées en {{Algérie}} à cette époque », me dit-elle ensuite.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Fréjus}}, juillet, {{16h}}. Un plongeur de restaurant, [[PERSONNE:Adrian Stoica]], coupure profonde à la main. Adresse qu'il donne : [[ADRESSE:camping Les Mimosas, emplacement 47]], il vit là à l'année dans un mobil-home. Pas de mutuelle. Le patron du resto, M. [[PERSONNE:Giordano]], appelle {{2}} fois pour savoir quand il revient bosser.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{13}}, {{20h}}. Une mère appelle pour sa fille majeure mise dehors par son copain, elle attend au {{McDo}} du {{Vieux-Port}}. L'écoutant demande le prénom de la fille : [[PERSONNE:Inès]]. Date de naissance ? « [[DATE_NAISSANCE:17 mai 2005]] ». Place trouvée au {{foyer La Draille}} pour {{3 nuits}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Menton}}. Beaucoup de frontaliers qui ont perdu un job à {{Monaco}}. M. [[PERSONNE:Stefano Bianchi]], italien, habite {{Vintimille}}, travaillait au {{Fairmont}}. Il doit s'inscrire en {{Italie}}, pays de résidence. La conseillère, [[PERSONNE:Joëlle Pastor]], lui imprime le formulaire {{U1}}. Il avait un identifiant de {{2019}}, [[ID_FRANCE_TRAVAIL:0651827T]], quand il habitait {{Beausoleil}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile à {{Draguignan}}, quartier des {{Collettes}}, demande de secours d'urgence après un feu de cuisine. M. [[PERSONNE:Mustapha Rahmani]] nous montre les murs noirs. {{4 enfants}}. L'assureur, la {{MAIF}}, a donné un n° de sinistre : [[IDENTIFIANT:SIN-2024-58812]]. L'agente du {{CCAS}}, [[PERSONNE:Coralie]], accorde {{300 €}} d'urgence, chèque dans la semaine.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{3230}}. Mme [[PERSONNE:Chiara Filippi]] déménage de {{Nice}} à {{Ajaccio}}, elle veut transférer son dossier. Numéro d'allocataire : [[N_ALLOCATAIRE:2290318]], date de naissance [[DATE_NAISSANCE:04/10/1993]]. L'agent, [[PERSONNE:Mathieu]], lui dit que ça se fait tout seul avec le changement d'adresse. Elle : « rien se fait tout seul avec vous ». Il rit.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Salle d'attente, {{17h45}}. La télé est bloquée sur {{BFM}} sans le son. Un monsieur lit {{La Provence}} page par page. Une ado filme sa main bandée pour sa story. {{24}} personnes. Une seule prise de courant, {{3}} téléphones branchés sur une multiprise que quelqu'un a ramenée.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS à {{Villeurbanne}}. Conseil de la vie sociale, {{9}} résidents présents. Sujet n°1 : le wifi. Sujet n°2 : les horaires de la laverie. [[PERSONNE:Roger]], le délégué, a préparé ses questions sur un papier plié en {{4}}. La directrice, Mme [[PERSONNE:Bouvier]], répond à tout. Personne ne parle du reste.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Rdv tel programmé à {{14h}}, la personne ne décroche pas. La conseillère rappelle à {{14h05}}, {{14h10}}. Rien. Elle coche « absent ». Elle m'explique que ça peut aller jusqu'à la radiation si ça se répète. Puis, plus bas : « mais je fais pas toujours la demande ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un retraité italien de {{Vallauris}}, M. [[PERSONNE:Luigi Marchetti]], {{66 ans}}, n'a jamais reçu sa carte vitale. Il donne son numéro : [[NIR:1 58 09 99 127 034 47]]. L'agent voit que la photo n'a jamais été envoyée. « La photo ? À mon âge ? » On lui renvoie le formulaire.",
    ),
    (
        "caf",
        "accueil_physique",
        "Permanence {{Caf}} à la {{France Services}} de {{Barcelonnette}}, un mardi par mois. {{9}} rdv. Un berger, [[PERSONNE:Raphaël Chabrand]], {{34 ans}}, en estive l'été, rien l'hiver. Il veut la {{prime d'activité}} sur ses saisons. Il a tout dans son téléphone, l'agente, [[PERSONNE:Nadège]], fait des captures. « Là-haut y a pas de réseau, alors je descends. »",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Cannes}}. Une dame de {{La Frayère}}, Mme [[PERSONNE:Khadija Ouali]], demande une aide pour la cantine de ses {{3}} enfants. Quotient familial {{480}}. L'agent, [[PERSONNE:Lionel]], lui explique le tarif à {{1 €}}. Elle ne savait pas que ça existait. {{2 ans}} qu'elle paie plein tarif.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Nantes}}. Un jeune de {{20 ans}}, [[PERSONNE:Kylian Moreau]], veut sa carte vitale sur son téléphone ({{appli carte Vitale}}). Ça plante à la vérification d'identité. L'agent, [[PERSONNE:Arnaud]], essaie trois fois. Finalement il lui donne un papier avec le lien. [[PERSONNE:Kylian]] repart content quand même.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Hôpital de {{Mende}}, urgences, nuit. La gendarmerie de {{Marvejols}} appelle pour un homme en garde à vue à examiner. Le gendarme donne l'identité : [[PERSONNE:Cédric Payan]], né le [[DATE_NAISSANCE:30/11/1986]]. Le médecin ne pourra pas avant {{2h}}. Le gendarme : « on attendra, on a l'habitude ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite mensuelle dans un logement {{ALT}} à {{Bourges}}. Mme [[PERSONNE:Rose Lambert]] et ses {{2}} filles. Une {{rose}} en plastique sur la table de la cuisine. Le loyer est payé par l'asso, elle verse {{60 €}} de participation. L'éducateur, [[PERSONNE:Hugo]], vérifie le compteur, le chauffe-eau. Mme [[PERSONNE:Lambert]] demande quand elle aura « un vrai appart à mon nom ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Toulon}}. Réunion d'info collective « métiers de la {{Marine nationale}} » : {{14}} jeunes, {{2}} filles. Le recruteur du {{CIRFA}}, en uniforme, parle des salaires, {{1 500 €}} net au début, logé nourri. Un jeune demande si on peut avoir des tatouages. Rires. Réponse : oui, sauf sur le visage.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Menton}}, quartier {{Garavan}}. L'enquêtrice de la {{Cpam}} vérifie qu'une assurée vit bien en {{France}} et pas à {{Vintimille}} : Mme [[PERSONNE:Ornella Gallo]], [[ADRESSE:14 avenue Porte de France, 06500 Menton]]. Elle est là, montre ses factures {{EDF}}, son abonnement {{Zou!}}. Sur la boîte aux lettres, deux noms : [[PERSONNE:Gallo]] et [[PERSONNE:Ferrari]]. « Mon compagnon, il vit à moitié ici. » L'enquêtrice note.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Mulhouse}}, plan canicule. L'agente appelle les personnes inscrites sur le registre : {{63}} noms. Mme [[PERSONNE:Huguette Schaeffer]], {{94 ans}}, répond à la {{2e}} sonnerie : « oui oui je bois, je bois ». M. [[PERSONNE:Kemal Ozturk]] ne répond pas, {{3e}} essai, l'agente envoie la voisine. Elle coche sur une feuille papier.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle {{RSA}} aux {{Moulins}}, {{Nice}}. Allocataire : [[PERSONNE:Amel Saadi]], num [[N_ALLOCATAIRE:3340871]]. Elle dit qu'elle ne travaille pas. Sur la table, un carnet de rdv d'onglerie. [[PERSONNE:Amel]] explique qu'elle fait les ongles des copines « pour rendre service, {{10 €}} ». La contrôleuse, [[PERSONNE:Marina Colonna]], lui parle du statut de {{micro-entrepreneur}} plutôt que de sanction. Ça m'a surpris.",
    ),
]

# Notes 106-140.
NOTES_D = [
    (
        "caf",
        "accueil_physique",
        "Antenne {{Caf}} des quartiers nord, {{15e}}. Une maman de {{la Castellane}}, Mme [[PERSONNE:Naïma Belaïd]], {{4}} enfants, vient parce que ses {{AF}} partent sur un compte fermé. Nouveau RIB {{Crédit Agricole}} : [[IBAN:FR76 1910 6008 4343 6058 7219 487]]. L'agent, [[PERSONNE:Stéphane]], scanne, valide. « Deux mois sans rien. » Elle a emprunté à sa sœur pour les cahiers de la rentrée.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Double écoute avec [[PERSONNE:Yasmina]], {{12 ans}} de plateforme. Un appel sur deux elle commence par « je regarde votre dossier, ne quittez pas ». Silence de {{30 secondes}}. Pendant ce temps elle me montre du doigt la ligne rouge à l'écran : « trop-perçu {{1 284 €}} ». Elle reprend l'appel en douceur.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Martigues}}. M. [[PERSONNE:Sébastien Pellegrino]], {{42 ans}}, opérateur à la raffinerie de {{Lavéra}}, vient pour un accident de trajet dont la déclaration n'est jamais arrivée. L'agente, [[PERSONNE:Josiane]], tape son numéro : [[NIR:1 83 01 13 056 233 37]]. « Né à {{Martigues}}, comme moi ! » Ils parlent du {{FC Martigues}} pendant {{5 min}}. Le dossier était dans une pile, rien de perdu.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mme [[PERSONNE:Odile Barral]] appelle d'{{Aurillac}} pour le remboursement du taxi conventionné jusqu'à {{Clermont-Ferrand}} (le {{CHU}}, chimio). {{3}} allers-retours par mois, {{160 km}} chaque fois. L'agent, [[PERSONNE:Samuel]], vérifie la prescription, il manque un volet. Elle laisse un numéro pour être rappelée : [[TELEPHONE:04 71 48 63 07]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} d'{{Aubagne}}. M. [[PERSONNE:Garo Kasparian]], {{70 ans}}, vient pour la carte de transport senior gratuite. Il faut un justificatif de domicile, il a oublié la facture d'eau, il a l'avis d'imposition, ça ira. L'agente, [[PERSONNE:Martine Audibert]], le prend en photo avec la webcam. Il ne sourit pas. « On sourit pas pour les papiers, en {{Arménie}} on m'a appris ça. »",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Bayonne}}, l'été. Un vacancier, [[PERSONNE:Matthieu Girard]], mordu par un chien sur la plage de la {{Côte des Basques}}. Le chien s'appelle {{Rocky}}, la propriétaire est partie. L'agente crée le dossier, IPP [[IDENTIFIANT:P0083412759]], et une fiche pour la déclaration en mairie. « Chaque été on a nos morsures, nos méduses et nos insolations. »",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Je chronomètre : le standard décroche en moyenne à la {{4e}} sonnerie. {{1}} secrétaire pour le téléphone, l'accueil et les admissions en même temps. Elle a un casque, une souris, et un stylo dans la bouche. Pas une seule pause de {{18h}} à {{20h}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Nord}}. Un jeune homme, [[PERSONNE:Hamza]], dit qu'il a {{18 ans}} depuis hier, sorti de l'{{ASE}} sans rien. L'écoutante demande sa date de naissance pour le {{SI-SIAO}} : « le [[DATE_NAISSANCE:12 mars 2007]] ». Elle trouve une place pour ce soir, puis appelle son éducatrice de l'ASE, qui répond pas. « Ils les lâchent le jour de leurs 18 ans, tout le temps. »",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS femmes, {{Belle-de-Mai}}. Atelier cuisine du jeudi, {{6}} résidentes. [[PERSONNE:Hawa]] fait un mafé, [[PERSONNE:Oksana]] des varenikis, Mme [[PERSONNE:Lopes]] surveille le four. L'animatrice, [[PERSONNE:Julie]], note les recettes dans un cahier « pour faire un livre un jour ». On mange à {{12h30}}, c'est délicieux.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite au {{parking du stade}} à {{La Ciotat}} avec l'équipe mobile du CHRS. M. [[PERSONNE:Patrice Mattei]] vit dans un {{Trafic}} depuis {{8 mois}}, plaque [[IMMATRICULATION:AB-431-ZD]]. Il refuse l'hébergement « tant que je peux pas garder le chien ». Le chien s'appelle {{Loustic}}. L'éducateur, [[PERSONNE:Karim]], lui laisse des tickets de douche et un rdv mardi.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Digne-les-Bains}}. M. [[PERSONNE:Théophile Ravel]], {{58 ans}}, ex-cadre d'{{Arkema}} à {{Saint-Auban}}, licencié économique. Très poli, costume. Il tend une fiche avec son identifiant [[ID_FRANCE_TRAVAIL:3318264B]] et son mail [[EMAIL:theo.ravel.04@wanadoo.fr]]. La conseillère, [[PERSONNE:Agnès]], lui parle de l'{{APEC}}. Il dit « j'ai l'impression de déranger ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appels indemnisation, {{30 min}}, {{11}} appels :\n- pkoi j'ai touché moins\n- c quand le paiement\n- erreur dans l'actualisation (x3)\n- une dame qui veut juste parler\nLa conseillère a {{4}} onglets ouverts en permanence.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Antibes}}, quartier des {{Semboules}}. Allocataire : M. [[PERSONNE:Fabrice Morel]], dossier [[N_ALLOCATAIRE:5527190]], déclare ne plus travailler depuis son accident. Dans la cour, un camion-benne floqué {{Morel Terrassement}}, immatriculé [[IMMATRICULATION:FX 226 SB]]. Le contrôleur, [[PERSONNE:Gérard]], photographie. M. [[PERSONNE:Morel]] : « c'est le camion de mon frère ». Le frère s'appelle [[PERSONNE:Didier Morel]]. Le contrôleur demande le {{SIRET}} de l'entreprise.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Pas de visite aujourd'hui : le véhicule de service est au garage. L'agent de contrôle fait du téléphone à la place, il appelle les assurés absents la semaine dernière. « Une visite ça dure {{10 min}}, le trajet {{45}}. » Il fait {{25 000 km}} par an dans le département.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Troyes}}. Mme [[PERSONNE:Yvette Roux]] appelle pour s'inscrire au repas des anciens à l'{{espace Argence}}. Elle donne son fixe en prenant son temps : « [[TELEPHONE:03, 25, 41, 22, 08]] ». Elle demande si son voisin, M. [[PERSONNE:Ange Casanova]], peut venir aussi, il est veuf. L'agente rit : « oui, je l'inscris ». {{600}} places.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite avec l'agente du {{CCAS}} chez un monsieur signalé par le bailleur, à {{Hautepierre}}, {{Strasbourg}}. On frappe, il ouvre à peine. Appartement encombré, des journaux jusqu'au plafond. Il ne donne pas son nom. L'agente reste sur le palier, parle doucement de tout et de rien pendant {{20 min}}. En partant : « je reviens jeudi, d'accord ? » Il dit oui de la tête.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Purpan}}, {{Toulouse}}. Un étudiant, [[PERSONNE:Arthur Dufresne]], chute de vélo. L'agente administrative lui demande sa mutuelle, il sait pas, « celle de mes parents ». Elle appelle sa mère, Mme [[PERSONNE:Dufresne]], qui dicte le n° d'adhérent {{Harmonie Mutuelle}} : [[IDENTIFIANT:4401829635]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Pasteur}}, {{Nice}}. Le {{Negresco}} appelle pour un client américain, Mr [[PERSONNE:Robert Whitfield]], transporté dans la nuit. Le concierge, [[PERSONNE:Jean-Luc]], laisse son portable pour le rappel : [[TELEPHONE:+33 6 09 27 48 15]]. L'agente le note sur un post-it jaune, collé sur l'écran au milieu de {{10}} autres.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} ce soir : {{37}} demandes non pourvues. L'écoutant les compte a voix haute avant de partir, comme un rituel. Releve {{23h}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Accueil {{Caf}} de {{Bobigny}}. Un jeune couple vient déclarer son mariage. Lui : [[PERSONNE:Rayan Bensaïd]], elle : [[PERSONNE:Sarah Cohen]]. L'agente, [[PERSONNE:Véronique]], fusionne les dossiers. Elle demande un mail de contact, ils se disputent gentiment pour savoir lequel, finalement [[EMAIL:sarah.rayan.2024@gmail.com]]. Tous les deux nés en [[DATE_NAISSANCE:1998]], « même promo », rigole le mari.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} de {{Menton}}. M. [[PERSONNE:Marco Pastorelli]] travaille à {{Monaco}}, il veut ses remboursements sur son compte monégasque. RIB : [[IBAN:MC58 1273 9000 7005 2137 4820 047]]. L'agent, [[PERSONNE:Thomas]], hésite, appelle un collègue : c'est {{SEPA}}, ça passe.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Rattachement bébé [[PERSONNE:Lina]], née le [[DATE_NAISSANCE:09/12/24]], sur la carte de la maman + le papa, [[PERSONNE:Hakim Ait Ouali]] (« [[PERSONNE:O-U-A-L-I]] »). {{4 min}} 👍",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{La Ciotat}}. [[PERSONNE:Jessica Giordano]] a trouvé un CDD de {{6 mois}} chez {{La Ciotat Shipyards}}, elle vient pour l'aide à la mobilité. Elle montre sa carte grise, une vieille {{Clio}}, [[IMMATRICULATION:BN-773-QA]]. Le conseiller, [[PERSONNE:Olivier]], calcule les kilomètres : {{32 km}} par jour. Aide : {{0,20 €}} du km. « C'est mieux que rien. »",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Ibrahima Kane]] conteste sa radiation ({{1 mois}}) pr absence a un rdv, jamais recu la convoc. [[PERSONNE:Sonia]] tape « [[PERSONNE:Kanne]] » d'abord, corrige. Convoc envoyée sur l'espace perso. Id [[ID_FRANCE_TRAVAIL:4409821F]]. Recours expliqué. Lui : « mais moi je vais pas sur internet »",
    ),
    (
        "chrs",
        "accueil_physique",
        "Admission CHRS hommes, {{14e}}. M. [[PERSONNE:Ahmed Boukhalfa]], {{62 ans}}, né en {{Algérie}}, ancien docker du {{port}}. L'assistante sociale, [[PERSONNE:Hélène Pietri]], remplit la fiche, il donne son numéro de sécu par cœur : [[NIR:1 62 11 99 352 118 33]]. « C'est la seule chose que je sais par cœur, avec l'équipe de l'{{OM}} de {{1993}}. »",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Mme [[PERSONNE:Laetitia Orsini]] change d'adresse mail : [[EMAIL:laeti.orsini2b@outlook.fr]]. [[PERSONNE:Fatiha]] verifie avec le num alloc [[N_ALLOCATAIRE:6120473]] + {{2}} questions de securite, ca bloque sur le montant du dernier versement → elle raccroche pour aller chercher son releve",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Hautes-Alpes}}. Contrôle d'un arrêt à {{Embrun}}, {{40 min}} de route. L'assuré, M. [[PERSONNE:Florian Eyraud]], est parti faire une course, sa femme nous dit d'attendre. Il revient {{15 min}} plus tard avec du pain. Présence obligatoire {{9h-11h}}, il est {{10h50}}. L'agent, [[PERSONNE:Bernard]], hésite, puis note « présent » : « le pain, c'est pas un crime ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Perpignan}}. Une dame du quartier {{Saint-Jacques}}, Mme [[PERSONNE:Carmen Reyes]], vient pour une aide aux obsèques de son mari. L'agent, [[PERSONNE:Jordi]], explique la prise en charge possible, jusqu'à {{1 800 €}}. Elle a déjà un devis des {{Pompes Funèbres Garcia}}. Elle pleure. Il lui tend un mouchoir et continue à remplir le dossier, doucement.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Tri IOA, urgences d'{{Angers}}. 1 patient / {{6 min}}. Mêmes {{5}} questions, tension, bracelet. Couleurs notées : jaune jaune vert orange jaune. « le rouge il passe pas par moi »",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à domicile à {{Rennes}}, {{Maurepas}}. M. [[PERSONNE:Pierre Le Goff]] vient d'entrer dans son logement ({{Un chez-soi d'abord}}). Il a posé une {{pierre}} de la plage sur le rebord de la fenêtre. L'éducatrice, [[PERSONNE:Manon]], lui demande comment il dort. « Trop de silence. »",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de la {{Joliette}}. Mme [[PERSONNE:Mariama Soilihi]], {{31 ans}}, de {{Noailles}}, veut être aide-soignante. La conseillère, [[PERSONNE:Cécile Arnaud]], cherche une formation : {{IFAS}} de la {{Croix-Rouge}}, rentrée en {{septembre}}. Pour l'inscription il faut un mail, [[PERSONNE:Mariama]] n'en a pas, elles en créent un : [[EMAIL:mariama.soilihi13@gmail.com]]. Mot de passe écrit sur un post-it, glissé dans la pochette.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Sisteron}}, chez Mme [[PERSONNE:Josiane Ceccaldi]], {{ALS}}. Le contrôleur, [[PERSONNE:Yves Garnier]], mesure l'appartement : déclaré {{35 m²}}, en vrai plutôt {{22}}. Le propriétaire, M. [[PERSONNE:Ferrand]], loue un logement indécent. Mme [[PERSONNE:Ceccaldi]] a peur qu'on lui enlève l'aide. Le contrôleur explique : c'est le propriétaire qui sera sanctionné, l'aide sera consignée.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "[[PERSONNE:Cyril Vidal]] appelle, tout content : CDI aux {{Salins}}, à {{Salin-de-Giraud}}. Il veut se désinscrire. La conseillère, [[PERSONNE:Emma]], le félicite et vérifie son portable pour l'enquête de satisfaction : [[TELEPHONE:06-33-18-92-40]]. « Vous allez me manquer », il lui dit. Elle rougit.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Paris}}, {{18e}}. Un jeune père, [[PERSONNE:Souleymane Konaté]], vient pour le {{CMG}} : sa nounou, Mme [[PERSONNE:Ayodele]], est déclarée sur {{Pajemploi}}. L'agent, [[PERSONNE:François]], vérifie que le contrat est bien enregistré : oui. Il faut attendre le mois suivant. « C'est toujours le mois suivant, chez vous. »",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Heure de pointe, {{13h30}}-{{14h}}. Le serveur vocal annonce {{25 minutes}} d'attente. Le conseiller me dit que les gens appellent sur leur pause déjeuner et raccrochent à {{13h58}} pour retourner bosser. « On voit la courbe tomber pile à {{14h}}. »",
    ),
]

# Notes 141-175.
NOTES_E = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}}, point d'accueil de {{Saint-Mauront}}. Mme [[PERSONNE:Sabrina Kadri]] n'a plus d'{{APL}} depuis {{2 mois}} : son bailleur, {{Logirem}}, a signalé un impayé. L'agente, [[PERSONNE:Nathalie]], vérifie l'adresse du dossier : [[ADRESSE:bât. B2, 45 rue Félix Pyat, 13003 Marseille]]. Numéro d'allocataire [[N_ALLOCATAIRE:1876502]]. Elle explique le plan d'apurement. Mme [[PERSONNE:Kadri]] : « mais je paie ce que je peux ». L'agente : « justement, c'est ça qu'il faut écrire ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un agriculteur de {{Valensole}}, M. [[PERSONNE:Lucien Gassend]], lavandiculteur, appelle la {{Caf}} alors qu'il dépend de la {{MSA}}. Il donne quand même son numéro MSA, [[N_ALLOCATAIRE:0411875]]. L'agent explique gentiment qu'il faut appeler la {{MSA Alpes-Vaucluse}}. « Vous êtes tous pareils, vous vous renvoyez la balle. » Il raccroche.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Fréjus}}. Une jeune femme de {{20 ans}}, [[PERSONNE:Lou-Anne Brun]], vient se détacher de la carte vitale de sa mère. Née à {{Draguignan}}, dit-elle ; l'agent lit son numéro à l'écran pour vérifier : [[NIR:2 04 06 83 050 412 12]]. Elle ouvre son compte {{ameli}} sur place, mail [[EMAIL:louanne.brun83@icloud.com]]. Elle est en {{BTS}} tourisme à {{Saint-Raphaël}}.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'un monsieur qui cherche à joindre « son dossier ». Il ne sait pas lequel. Le conseiller pose des questions, une par une, pendant {{7 minutes}}. C'était finalement pour sa mutuelle, pas pour la {{Sécu}}. Le conseiller lui dit de regarder le logo sur le courrier. « Le bleu, c'est nous. »",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} d'{{Hyères}}. Mme [[PERSONNE:Monique Aubert]], {{67 ans}}, veuve, retraite de {{890 €}}. L'aide ponctuelle de {{150 €}} pour sa facture de gaz sera virée sur son compte, elle donne son RIB : [[IBAN:FR76 1131 5000 0104 4781 2093 638]]. L'agente, [[PERSONNE:Laurence]], lui propose aussi l'épicerie solidaire. Elle refuse, « j'ai ma fierté ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences du {{CHU de Reims}}. Au micro : « LE VÉHICULE IMMATRICULÉ [[IMMATRICULATION:FK-019-TE]] EST PRIÉ DE LIBÉRER L'ENTRÉE DES AMBULANCES ». Personne bouge. 2e annonce. Un monsieur sort en courant de la salle d'attente, son fils dans les bras.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Grasse}}. L'{{EHPAD Le Clos des Orangers}} appelle : transfert de Mme [[PERSONNE:Marcelle Isnard]], {{96 ans}}, chute. L'infirmière donne la date de naissance, [[DATE_NAISSANCE:14 août 1928]], et le numéro de la fille, [[TELEPHONE:06 52 90 13 77]]. La secrétaire, [[PERSONNE:Noémie]], prépare le dossier avant que l'ambulance arrive. « Ça marche pas comme ça partout », me dit-elle.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS à {{Lyon}}, {{8e}}. Un résident, [[PERSONNE:Ahmed]], montre à l'éducateur une lettre de l'{{OFII}} : convocation pour la visite médicale, avec son récépissé n° [[IDENTIFIANT:6902817345]]. [[PERSONNE:Bastien]], l'éducateur, lit à voix haute et traduit dans un arabe approximatif, tout le monde rit. Rdv le {{14}} à {{9h}}. Il met une alarme dans le téléphone d'[[PERSONNE:Ahmed]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{SIAO}} du {{Vaucluse}}. Une assistante sociale de l'hôpital d'{{Avignon}} appelle pour une sortie d'hospitalisation sans solution : M. [[PERSONNE:Raymond Bouchet]], {{71 ans}}, demande SIAO n° [[IDENTIFIANT:84-DEM-2025-00318]]. Elle laisse sa ligne directe : [[TELEPHONE:04 32 75 18 63]]. La coordinatrice soupire : {{0}} place adaptée en ce moment.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "{{Châteauroux}}, agence. M. [[PERSONNE:Hervé Lombard]], {{61 ans}}, veut savoir s'il peut partir à la retraite. La conseillère, [[PERSONNE:Sandra]], n'a pas la réponse : il faut voir la {{Carsat}}. Elle imprime quand même son relevé de situation, identifiant [[ID_FRANCE_TRAVAIL:8820416D]]. Il le range soigneusement dans une pochette {{Leclerc}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "La conseillère rappelle Mme [[PERSONNE:Aïcha Traoré]] au [[TELEPHONE:07 53 28 91 06]] pour un poste de femme de chambre au {{Martinez}}, à {{Cannes}}, début {{avril}}. Identifiant vérifié : [[ID_FRANCE_TRAVAIL:1274508N]]. [[PERSONNE:Aïcha]] accepte tout de suite. Elle demande si elle peut amener son CV demain matin. « Ils veulent juste votre mail, madame. »",
    ),
    (
        "caf",
        "controle_sur_place",
        "Le contrôleur m'explique sa tablette : questionnaire en {{14}} étapes, signature sur l'écran, photo des justificatifs. Avant, tout était sur papier. « C'est plus rapide, mais les gens regardent l'écran au lieu de me regarder moi. » On attend dans la voiture que l'allocataire rentre de l'école avec ses petits.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Quimper}}. Un père de famille, M. [[PERSONNE:Karim Mansouri]], veut comprendre pourquoi il n'a plus d'{{AF}}. Ses enfants sont nés en [[DATE_NAISSANCE:2003]] et [[DATE_NAISSANCE:2006]]. L'agente, [[PERSONNE:Agathe]], lui explique : le grand a plus de {{20 ans}}, il ne reste qu'un enfant à charge. « Donc j'ai un enfant de moins pour la Caf mais pas pour le frigo. »",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle de résidence avec [[PERSONNE:Maryse Giraud]], {{Cpam du Var}} : M. [[PERSONNE:Vasile Munteanu]], déclaré au [[ADRESSE:6 rue du Chevalier Paul, 83000 Toulon]]. Son nom n'est pas sur la boîte, la voisine dit qu'il est reparti en {{Roumanie}} en {{novembre}}. [[PERSONNE:Maryse]] laisse un avis de passage.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un appel sur deux ce matin : « vous avez les bons pour les colis de {{Noël}} ? ». Non, les inscriptions c'était en {{octobre}}. L'agente le dit {{14}} fois, je compte. Elle ne s'énerve jamais, elle dit « l'an prochain, pensez-y dès {{septembre}} ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, {{CCAS}} de {{Nice}}, demande d'aide ménagère. Mme [[PERSONNE:Angèle Baudoin]], {{85 ans}}, [[ADRESSE:22 avenue Borriglione, 06100 Nice]], {{4e}} étage sans ascenseur. Elle descend une fois par semaine, le {{samedi}}, aidée par l'épicier, M. [[PERSONNE:Tahar]]. L'agente, [[PERSONNE:Sylvie Castel]], évalue : {{6 heures}} d'aide par mois possibles.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences {{Vesoul}}, dim {{9h}}. 2 patients. L'agent fait des mots croisés. « après le match ça recommence » - quel match ? « n'importe lequel »",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite dans un appartement partagé du CHRS, {{Saint-Lazare}}. Deux femmes, [[PERSONNE:Fanta]] et [[PERSONNE:Grace]], cohabitent. [[PERSONNE:Grace Okafor]] montre sa nouvelle carte de résident, n° [[IDENTIFIANT:1309472651]], valable {{10 ans}}. Elle veut une photo avec nous. L'éducatrice, [[PERSONNE:Zoé]], la prend avec son téléphone à elle, pas le pro.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Un chauffeur VTC, [[PERSONNE:Samir Touati]], {{35 ans}}, a perdu sa carte {{VTC}} après un retrait de points. Il s'inscrit. Il doit fermer sa micro-entreprise, son SIRET perso : [[IDENTIFIANT:84129376500019]]. La conseillère, [[PERSONNE:Nadia Ferhat]], l'envoie sur le site de l'{{Urssaf}}. « Et ma {{Tesla}}, je la paie comment ? » Crédit en cours, plaque [[IMMATRICULATION:GK-608-VN]], il montre la photo.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{16h20}}, dernier appel : la dame a attendu {{34 min}} pour une question de {{40 s}}. « Tout ça pour ça » mais elle rit",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{3230}}. Un monsieur de {{Cherbourg}}, M. [[PERSONNE:Joseph Santucci]], {{82 ans}}, veut que sa fille gère son dossier d'{{APL}}. Il donne le mail de la fille : « [[EMAIL:sandra.santucci chez free point fr]] ». L'agent explique qu'il faut une procuration écrite. « Comme pour voter ? » Oui, un peu.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}}, {{Marseille}}. Mme [[PERSONNE:Echati Mmadi]] vient pour la {{C2S}}, elle vient d'avoir son titre de séjour. L'agente, [[PERSONNE:Nathalie Roche]], recopie le numéro {{AGDREF}} : [[IDENTIFIANT:1307845102]]. Il manque l'attestation {{Caf}} du dernier trimestre. Mme [[PERSONNE:Mmadi]] sort son téléphone, elle l'a en PDF. L'agente l'imprime direct, sourire.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un patient sorti la veille rappelle pour son compte rendu. Il donne son numéro de dossier : [[IDENTIFIANT:2024-0931857]]. La secrétaire, [[PERSONNE:Laurie]], ne peut pas l'envoyer par mail, seulement par courrier ou sur {{Mon espace santé}}. « C'est quoi, Mon espace santé ? » {{10 min}} d'explications.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Accueil du CHRS de {{Chambéry}}. Un couple avec un bébé, [[PERSONNE:Mihai]] et [[PERSONNE:Elena Rusu]]. Le bébé, [[PERSONNE:David]], né le [[DATE_NAISSANCE:23/01/2025]], dort dans la poussette. L'éducatrice, [[PERSONNE:Kenza]], prend un numéro de contact : [[TELEPHONE:07 44 19 62 38]], celui de [[PERSONNE:Mihai]], le seul téléphone qui marche.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Didier Maurin]] ne reçoit pas ses remboursements. Le conseiller lui relit le RIB enregistré : [[IBAN:FR76 3000 2056 2300 0007 8124 562]]. « C'est mon ancien compte {{LCL}} ! » Le nouveau n'a jamais été pris en compte. Il doit le renvoyer par la messagerie {{ameli}}. Il soupire fort.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Salle d'attente du {{CCAS}}. Une affiche « Ici on vous aide à faire vos démarches en ligne » au-dessus d'un ordinateur éteint, la souris a disparu. Un papy attend avec un dossier cartonné plein de papiers. {{45 min}} d'attente. Personne ne se plaint.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Cannes}}, quartier {{Ranguin}}. Mme [[PERSONNE:Leïla Amrouche]], déclarée seule avec {{3}} enfants, [[ADRESSE:8 allée des Pâquerettes, 06150 Cannes]]. Le contrôleur, [[PERSONNE:Marc Ottaviani]], voit des chaussures d'homme pointure {{44}}. Elle : « c'est mon fils, il a {{16 ans}} ». Le fils arrive. Du 44. Le contrôleur rit, s'excuse.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence d'{{Antibes}}. Job dating « saison » : {{40}} recruteurs, hôtels du {{Cap d'Antibes}}, plagistes de {{Juan-les-Pins}}. [[PERSONNE:Lenny]], {{22 ans}}, fait {{6}} stands en une heure. Au stand d'un yacht-club, le recruteur prend juste son mail : [[EMAIL:lenny.vasseur@proton.me]]. « On vous rappelle. » Il y croit.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Pellegrin}}, {{Bordeaux}}. Un sans-abri connu de l'équipe, [[PERSONNE:Gérard]], « [[PERSONNE:Gégé]] », ivre, tombé. L'infirmière l'appelle par son surnom. Il veut juste dormir au chaud. Elle lui trouve un brancard dans le couloir. « Jusqu'à {{6h}}, après tu pars. »",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Lucie Nguyen]] veut annuler un rdv, son fils est malade. La conseillère, [[PERSONNE:Amandine]], retrouve le dossier avec le nom et la date de naissance, affichée [[DATE_NAISSANCE:1991-06-28]] à l'écran, qu'elle relit à voix haute : « [[DATE_NAISSANCE:vingt-huit juin quatre-vingt-onze]] ? » Oui. Rdv décalé à {{jeudi}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{Var}}. Un maraudeur de la {{Croix-Rouge}} appelle depuis le port de {{Toulon}} : un homme dort sous un abribus, [[PERSONNE:Wojtek]], polonais, il refuse de bouger. Le régulateur, [[PERSONNE:Alain]], note et demande à la maraude de repasser à {{2h}}. Il fait {{3 °C}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle annulé : l'adresse n'existe plus, le bâtiment a été démoli avec la rénovation urbaine. L'agent me montre sur son téléphone les photos de l'ancienne tour. Il appelle le bailleur depuis la voiture, {{12 min}} d'attente. Pas de nouvelle adresse connue.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de la {{Drôme}}, {{Valence}}. Mme [[PERSONNE:Araxie Der Sarkissian]], {{58 ans}}, vient pour le {{RSA}}. Née à {{Erevan}}, française depuis {{2001}}. L'agente saisit le NIR : [[NIR:2 66 10 99 252 009 67]]. Elle a tenu une épicerie {{avenue Victor Hugo}} pendant {{20 ans}}. L'épicerie a fermé en {{juin}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Martigues}}. Mme [[PERSONNE:Fernande Castagna]] appelle pour son mari qui perd la tête, il est sorti en pyjama ce matin jusqu'au {{pont levant}}. Elle veut une place en accueil de jour. L'agente, [[PERSONNE:Émilie]], prend ses coordonnées : [[TELEPHONE:04.42.80.17.39]]. Rappel par l'assistante sociale sous {{48h}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de la {{Conception}}. Un passager du ferry d'{{Alger}}, M. [[PERSONNE:Sofiane Larbi]], malaise à la descente du bateau. Passeport algérien n° [[IDENTIFIANT:197452836]], visa touristique. L'agente demande l'assurance voyage, il sort un papier plié en huit. Elle appelle l'assisteur, {{20 min}} d'attente.",
    ),
]

# Notes 176-208.
NOTES_F = [
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de l'{{Hérault}}, accueil de {{Sète}}. Mme [[PERSONNE:Dolorès Martinez]], {{49 ans}}, aide-soignante de nuit, a fait sa demande de {{prime d'activité}} en ligne mais elle a mis le RIB de son fils. L'agent, [[PERSONNE:Cyril]], corrige avec le bon : [[IBAN:FR76 1333 5003 0108 0001 2887 404]]. Elle s'excuse trois fois. Il lui dit que c'est l'erreur la plus courante.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Tableau blanc : « {{ASF}} : nvelle procédure » — personne l'a lue. 1er appel à {{9h02}} : ASF 😬",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Grasse}}. M. [[PERSONNE:Abdoulaye Diop]], jardinier dans les villas de {{Mougins}}, accident du travail (tronçonneuse). L'employeuse, Mme [[PERSONNE:Van den Berg]], n'a pas fait la déclaration. L'agente lui explique qu'il peut déclarer lui-même. Elle vérifie son adresse : [[ADRESSE:17 chemin des Castors, 06130 Grasse]]. Il dit que c'est une chambre chez l'habitant.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Une assurée de {{Besançon}}, Mme [[PERSONNE:Claudine Perrin]], veut savoir si ses séances de kiné à {{Genève}} seront remboursées. L'agent, [[PERSONNE:Florent]], explique le formulaire {{S3125}}, soins à l'étranger, « remboursé sur la base française ». Elle note, elle répète chaque mot.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}}, domiciliation, {{Marseille}} {{1er}}. File de {{28}} personnes à {{8h30}}. M. [[PERSONNE:Kamal Hamdi]] récupère un courrier de la {{préfecture}} : rdv pour son titre. L'agent, [[PERSONNE:Ludovic]], lui lit le numéro de dossier écrit en haut : [[IDENTIFIANT:13-2025-004518]]. Il le recopie sur sa main au stylo.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite avec la secrétaire de mairie de {{Cotignac}}, qui fait aussi le {{CCAS}}. Une dame seule, une maison humide, le poêle à bois. La secrétaire connaît tout le monde, elle apporte des œufs de ses poules. Le dossier d'aide tient sur une page.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences pédiatriques de {{Lenval}}, {{Nice}}. Une maman avec son fils [[PERSONNE:Rayane]], {{5 ans}}, fièvre. L'agente demande la date de naissance, la maman hésite, regarde le carnet de santé : [[DATE_NAISSANCE:30 avril 2019]]. Puis un portable : [[TELEPHONE:06 25 71 84 30]]. L'écran affiche {{52}} patients en attente, dont {{19}} enfants.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard : un taxi, un labo, une famille, une famille, une famille. Changer de ton ttes les {{2 min}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS de {{Vannes}}. Entretien de suivi avec M. [[PERSONNE:Christophe Laurent]], {{47 ans}}, sorti de prison il y a {{3 mois}}. Il a trouvé du travail dans un camping, entretien des espaces verts. Son éducatrice, [[PERSONNE:Aurore]], l'aide à remplir le dossier {{SIAO}} pour un logement. Il lui faudrait une voiture pour aller bosser à {{Auray}}. Pour l'instant, vélo.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} des {{Hautes-Alpes}}. C'est la gendarmerie qui appelle : un couple vit dans sa voiture sur le parking du {{Super U}} d'{{Embrun}}, un {{Berlingo}} blanc, [[IMMATRICULATION:DM-552-HC]]. Ils ont un chien. L'écoutante, [[PERSONNE:Virginie]], cherche une place où les chiens sont acceptés, il n'y en a qu'une, à {{Gap}}. Complet.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{La Rose}}, {{13e}}. [[PERSONNE:Younès Chaouche]], {{26 ans}}, de {{Frais-Vallon}}, veut passer son permis poids lourd pour bosser chez un transporteur de {{Fos}}. Identifiant [[ID_FRANCE_TRAVAIL:9057134H]]. Le conseiller, [[PERSONNE:Thierry Bonnet]], monte le financement : {{CPF}} {{800 €}} + {{AIF}}. Le permis coûte {{3 500 €}}. Ça passe, juste.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel d'une saisonnière de l'hôtellerie à {{Nice}}, Mme [[PERSONNE:Svetlana Ivanova]], ukrainienne, sous {{protection temporaire}}. Elle a un CDD au {{Hyatt}} et son employeur demande une attestation. La conseillère, [[PERSONNE:Laure]], l'envoie par mail : [[EMAIL:svetlana.ivanova.nice@gmail.com]]. « [[PERSONNE:Ivanova]] avec deux a ? » Non, un seul à la fin.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle à {{Aubagne}}, quartier du {{Charrel}}. Mme [[PERSONNE:Sandrine Toscano]], dossier [[N_ALLOCATAIRE:3075241]], déclarée hébergée chez sa mère, [[ADRESSE:9 rue du Jeu de Ballon, 13400 Aubagne]]. La mère ouvre : « elle est au travail, elle dort ici, oui ». Le contrôleur, [[PERSONNE:Rémi]], voit la chambre : des posters de {{Jul}}, une valise ouverte. Rien à redire.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'un taxi conventionné, pas d'un assuré : l'agente vérifie que le véhicule correspond à la convention. Taxi de M. [[PERSONNE:Olivier Roubaud]], une {{Skoda}}, [[IMMATRICULATION:FP-730-XL]], stationnée devant la gare de {{Digne}}. Le compteur est conforme. Le chauffeur nous offre un café au bar d'en face.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame appelle le {{CCAS}} de {{Villeneuve-d'Ascq}} pour son dossier {{MDPH}}, bloqué depuis {{7 mois}}. Le CCAS n'y peut rien, mais l'agente, [[PERSONNE:Hafida]], appelle quand même la {{MDPH du Nord}} avec le numéro de dossier : [[IDENTIFIANT:MDPH59-2024-087215]]. {{25 min}} d'attente. Réponse : « en cours d'instruction ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{4h}}. Une infirmière mange un yaourt debout. Elle a commencé à {{19h}}. Sur l'écran, {{12}} patients restants. Elle jette le pot, se lave les mains, appelle le suivant. Je ne l'ai pas vue s'asseoir une seule fois.",
    ),
    (
        "caf",
        "accueil_physique",
        "{{Caf}} de {{Gap}}. Un jeune, [[PERSONNE:Mathis Reynier]], vient pour le {{RSA}} : il a {{25 ans}} depuis {{avril}}, né à {{Gap}}. L'agente saisit son NIR, [[NIR:1 99 04 05 061 174 08]], ouvre la demande. Il a fait la saison à {{Serre Chevalier}}, c'est fini. Elle lui dit que le RSA c'est avec un contrat d'engagement. Il connaît : « c'est comme le {{CEJ}} mais en moins bien ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} du {{1er}}. Un intermittent, M. [[PERSONNE:Yohann Fabiani]], technicien au {{Théâtre de la Criée}}, veut savoir pourquoi ses {{IJ}} maladie sont si basses. L'agente, [[PERSONNE:Rania]], lui montre le calcul. Il en profite pour changer de RIB : [[IBAN:FR76 1660 7001 1508 2193 4706 171]]. {{20 min}} en tout.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite du logement d'une résidente du CHRS, en « hors les murs » : [[ADRESSE:résidence Les Fauvettes, bât. 3, 11 avenue Gambetta, 83500 La Seyne-sur-Mer]]. Mme [[PERSONNE:Yamina Hadjadj]] a tout nettoyé avant notre venue, ça sent l'{{eau de Javel}}. Elle veut montrer qu'elle est prête pour un logement autonome. L'éducateur, [[PERSONNE:Franck Luciani]], coche sa grille et lui dit « vous êtes prête ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Metz}}-{{Borny}}. Un jeune Kurde, [[PERSONNE:Baran Demir]], réfugié, veut faire reconnaître son diplôme d'ingénieur. La conseillère, [[PERSONNE:Isabelle Muller]], l'oriente vers {{ENIC-NARIC}}. Délai : {{4 mois}}. En attendant il livre pour {{Uber Eats}}. « Ingénieur à vélo », il dit.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Journée avec la plateforme « employeurs ». Un restaurateur de {{Saint-Tropez}} cherche {{8}} serveurs pour dans {{10 jours}}. La conseillère publie l'offre en direct pendant l'appel. À la fin il dit « et s'ils parlent anglais c'est mieux ». Elle ajoute une ligne.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un assuré déménage de {{Lille}} à {{Marseille}}, M. [[PERSONNE:Julien Delattre]]. Le conseiller vérifie l'identité avec le numéro de sécu : [[NIR:1 84 06 59 350 521 97]], né à Lille en [[DATE_NAISSANCE:juin 84]]. Transfert de dossier lancé. « Vous allez voir, ici y a du soleil mais pas de médecins. »",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Rappel à la demande : Mme [[PERSONNE:Katia Benedetti]], à {{Arcachon}}, [[TELEPHONE:06 98 12 47 53]]. Elle veut savoir où en est son {{ARS}}. Numéro d'alloc [[N_ALLOCATAIRE:2468135]]. L'agent, [[PERSONNE:Nicolas]], voit que l'allocation de rentrée sera versée le {{20 août}}. Elle dit « ouf, les fournitures c'est {{180 €}} ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Menton}}. Un couple de retraités italiens installés à {{Garavan}}, M. et Mme [[PERSONNE:Bellini]], demandent le portage de repas pour monsieur, diabétique. L'agente, [[PERSONNE:Paola]], leur parle en italien. Elle recopie le n° de la carte d'identité italienne de M. [[PERSONNE:Bellini]] : [[IDENTIFIANT:CA81734RB]]. Repas à {{7,50 €}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un policier du commissariat d'{{Amiens}} appelle pour un blessé d'accident de scooter, M. [[PERSONNE:Loïc Teisseire]], scooter [[IMMATRICULATION:EL-118-BW]]. Il veut savoir s'il peut l'auditionner. La secrétaire, [[PERSONNE:Anne-Sophie]], passe l'appel au médecin. « Pas avant demain. »",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS à {{Paris}}, {{20e}}. Le soir, match sur la grande télé de la salle commune, {{PSG}}-{{OM}}. {{15}} résidents, {{2}} camps. L'éducateur de nuit, [[PERSONNE:Moussa Cissé]], arbitre les disputes. À la mi-temps, [[PERSONNE:Jean-Pierre]], {{70 ans}}, fait une partie de dames avec [[PERSONNE:Ilyes]], qui se fiche du foot.",
    ),
    (
        "caf",
        "accueil_physique",
        "COUPURE DE COURANT {{11h15}}-{{11h40}}, tout le monde continue sur papier. Un monsieur : « ça va plus vite sans ordi ! » 😅",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Trajet entre deux contrôles, arrêt à l'aire de {{Lançon}}. L'agent me parle de son métier : ancien gendarme, à la {{Cpam}} depuis {{9 ans}}. Il dit que les gens le reçoivent mieux qu'avant, quand il était en uniforme. Café {{2,80 €}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Toulon}}, matinée « seniors ». M. [[PERSONNE:Jean-Louis Garrigue]], {{59 ans}}, ancien sous-marinier, retraité de la {{Marine}} à {{45 ans}}, cherche un second emploi. Identifiant : [[ID_FRANCE_TRAVAIL:5502618P]]. La conseillère, [[PERSONNE:Mélanie]], lui propose agent de sûreté sur le {{port}}. Il rit : « je connais ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une jeune de {{19 ans}}, [[PERSONNE:Célia Martins]], appelle pour son {{CEJ}} : l'allocation n'est pas tombée. La conseillère lui demande son identifiant, elle le lit sur l'appli : [[ID_FRANCE_TRAVAIL:0183762 K]]. Date de naissance : [[DATE_NAISSANCE:5 novembre 2005]]. Problème : une absence à un atelier. « Mais j'avais un entretien d'embauche ! » Elle doit envoyer la preuve.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, {{CCAS}} d'{{Antibes}}, dossier d'aide au chauffage. Chez M. [[PERSONNE:Aurelio Costa]], [[ADRESSE:3 chemin des Âmes du Purgatoire, 06600 Antibes]] (oui, c'est vraiment le nom de la rue). Il rit quand je note. « Vous en faites pas, j'y suis pas encore. »",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle sur pièces à domicile à {{Martigues}}, {{Canto-Perdrix}}. Mme [[PERSONNE:Viviane Ruiz]] montre ses relevés de compte. Le contrôleur, [[PERSONNE:Damien Isoard]], note l'IBAN pour le rapport, [[IBAN:FR76 3000 4028 3700 0116 5209 187]], et repère un virement mensuel de {{400 €}} d'un certain [[PERSONNE:J. Ruiz]]. « C'est mon ex, la pension pour les petits. » Non déclarée. Il lui explique l'{{ASF}} et la pension, calmement.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Rennes}}. Une étudiante chinoise, [[PERSONNE:Wang Xiaoyu]], vient pour son immatriculation. Elle a un numéro provisoire. L'agent, [[PERSONNE:Erwan]], explique que le vrai numéro viendra après la vérification de l'état civil. « {{3 mois}}, peut-être {{6}}. » Elle note tout en chinois dans un petit carnet.",
    ),
]

# Notes 209-240.
NOTES_G = [
    (
        "ccas",
        "accueil_telephonique",
        "{{CCAS}} de {{Dunkerque}}. Mme [[PERSONNE:Nicole Barbier]] appelle : l'aide de {{200 €}} votée en commission n'est jamais arrivée. L'agent, [[PERSONNE:Jérémy]], vérifie, le virement est parti sur l'IBAN du dossier, [[IBAN:FR76 1830 6002 2792 5144 7803 124]]. Elle : « ah mais c'est le compte de mon mari, il est décédé, il est bloqué ». Silence. Il dit qu'il va voir avec la trésorerie.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Tel du {{CCAS}} sonne dans le vide de {{12h}} à {{13h30}}, pas de repondeur, demandé depuis {{2 ans}}. {{9}} appels manqués au retour de pause.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mme [[PERSONNE:Houria Mebarki]] appelle le {{CCAS}} d'{{Évreux}} pour l'aide aux vacances des enfants. L'agente, [[PERSONNE:Solène]], lui demande son numéro d'allocataire Caf pour le quotient : [[N_ALLOCATAIRE:4203918]]. QF {{612}}. « Vous avez droit au séjour à {{Étretat}}, {{80 €}} la semaine. » Cris de joie au bout du fil, les enfants ont entendu.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec l'assistante sociale du {{CCAS}}, {{Marseille}} {{14e}}, chez Mme [[PERSONNE:Rosa Iannone]], [[ADRESSE:bât. F, 62 chemin de Sainte-Marthe, 13014 Marseille]]. {{84 ans}}, tombée {{2}} fois ce mois. Son fils vit à {{Montréal}}. L'assistante sociale, [[PERSONNE:Myriam]], l'appelle en visio sur le téléphone de la dame. Il pleure un peu, elle aussi.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite d'un logement d'urgence de la ville avant une attribution. L'agente du {{CCAS}} vérifie le lit, la plaque de cuisson, l'eau chaude. Le robinet fuit. Elle prend une photo, l'envoie aux services techniques, « ça sera fait dans {{3 semaines}}, minimum ». La famille arrive ce soir.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile, {{CCAS}} de {{Lorient}}, chez M. [[PERSONNE:Yann Le Bihan]], ancien marin pêcheur, {{78 ans}}. Il montre son bateau en photo, l'{{Ar Mor}}. L'agente, [[PERSONNE:Gwen]], note son numéro pour la téléassistance : [[TELEPHONE:02 97 64 31 88]]. Il a un perroquet qui s'appelle {{Capitaine}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite avec l'agent du {{CCAS}} de {{Vitrolles}} chez un couple qui vit dans une caravane sur un terrain agricole : [[ADRESSE:chemin de la Tuilière, parcelle 48, Vitrolles]]. Devant, une {{Kangoo}} avec une vieille plaque, [[IMMATRICULATION:6742 XR 13]]. M. [[PERSONNE:Manuel Jimenez]] veut une domiciliation pour recevoir son courrier, le facteur ne passe pas.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{115}} du {{13}}, {{22h40}}. Un homme appelle pour la première fois, il ne connaît pas le fonctionnement. L'écoutante, [[PERSONNE:Sonia Maalem]], pose les questions : nom, [[PERSONNE:Bakary Sylla]] ; date de naissance, « [[DATE_NAISSANCE:1er janvier 1998]] ». Elle me dit après : « beaucoup de 1er janvier, quand on sait pas vraiment ». Place à l'{{UHU}}.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Formation express avec la cheffe de service du {{115}} : le tableau des places est un fichier partagé mis à jour à {{17h}}, {{20h}} et {{23h}}. Entre deux mises à jour, c'est au téléphone avec les foyers. « Le logiciel national est pas synchronisé, alors on a notre {{Excel}}. » Rires.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Un travailleur social du {{CCAS}} d'{{Hyères}}, [[PERSONNE:Luca Moretti]], appelle le {{SIAO}} pour une famille expulsée hier : Mme [[PERSONNE:Naïma Touré]] et {{4}} enfants. Il envoie la fiche par mail et donne son adresse pro pour la réponse : [[EMAIL:l.moretti@ccas-hyeres.fr]]. Le SIAO ne peut proposer que l'hôtel, à {{Toulon}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à domicile dans le diffus, {{Mulhouse}}. M. [[PERSONNE:Habib Jaziri]], {{56 ans}}, né en {{Tunisie}}, fait sa demande de {{C2S}} avec l'éducateur, [[PERSONNE:Vincent]], sur le portable de l'asso. Numéro de sécu : [[NIR:1 69 03 99 351 057 41]]. Le wifi coupe deux fois. Ils finissent en partage de connexion sur le téléphone de [[PERSONNE:Vincent]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite chez [[PERSONNE:Esther Mbemba]], résidente du CHRS en appartement au {{Mourillon}}, {{Toulon}}. Elle vient d'ouvrir un compte à la {{Banque Postale}} (droit au compte). L'éducatrice, [[PERSONNE:Céline Roux]], l'aide à envoyer son RIB à la {{Caf}} depuis l'appli : [[IBAN:FR5320041010081144207M02684]]. Il faut {{3}} essais pour la photo du RIB, la lumière est mauvaise.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude de jour avec l'équipe du CHRS sur l'aire de camping-cars de {{Fréjus}}. Une famille bulgare vit dans un vieux camping-car, plaque bulgare [[IMMATRICULATION:CB 4417 KM]]. Le père, [[PERSONNE:Georgi]], parle un peu anglais. Les enfants ne sont pas scolarisés. L'éducatrice, [[PERSONNE:Amélie]], prend rdv avec la mairie pour l'inscription à l'école.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS de {{Nevers}}. Un résident, M. [[PERSONNE:Laurent Giraudo]], a récupéré sa voiture à la fourrière : {{180 €}}, avancés par l'asso. Il montre le reçu, plaque [[IMMATRICULATION:CB-904-MJ]]. La directrice, Mme [[PERSONNE:Ghislaine Arnoux]], lui fait signer un échéancier, {{20 €}} par mois.",
    ),
    (
        "chrs",
        "accueil_physique",
        "CHRS, {{Grenoble}}. Atelier emploi du mercredi. [[PERSONNE:Abdou]] et [[PERSONNE:Nikola]] actualisent leur situation sur l'ordinateur de la salle. [[PERSONNE:Nikola Petrović]] ne retrouve pas son identifiant ; l'animatrice, [[PERSONNE:Sophie]], le retrouve dans son classeur : [[ID_FRANCE_TRAVAIL:7719025C]]. « Tu l'écris où, la prochaine fois ? » Il montre son bras, en riant.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{3230}}. M. [[PERSONNE:Rodolphe Silvestre]], de {{Forcalquier}}, appelle parce que sa {{prime d'activité}} est partie sur l'ancien compte. L'agent, [[PERSONNE:Julien]], lit le RIB enregistré : [[IBAN:FR76 1910 6006 1000 9238 1770 580]]. « Oui c'est l'ancien, au {{Crédit Agricole}}, il est fermé ! » Le virement va revenir, {{15 jours}} minimum. Il lâche un « putaing » bien du coin.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une allocataire, Mme [[PERSONNE:Oumou Bangoura]], demande un duplicata d'attestation de paiement pour son bailleur. L'agente l'envoie à l'adresse du dossier : « [[EMAIL:oumou.bangoura@yahoo.fr]], c'est bien ça ? » Oui. Numéro d'allocataire confirmé : [[N_ALLOCATAIRE:5019364]]. {{2 min}}. Les appels simples existent.",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Nice}}, quartier {{Pasteur}}. Un monsieur très âgé, M. [[PERSONNE:Elie Zerbib]], vient demander la carte {{Lignes d'Azur}} senior. Il a écrit son numéro sur un papier pour ne pas se tromper : [[TELEPHONE:04 93 55 20 16]]. L'agent, [[PERSONNE:Rémy]], fait la carte en {{10 min}}. Il repart en disant « bonne journée, jeune homme ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "{{CCAS}} de {{Saint-Denis}}, permanence énergie. Mme [[PERSONNE:Nourhane Youssouf]] a une facture {{Engie}} de {{1 046 €}}. L'agente, [[PERSONNE:Béatrice]], regarde les relevés : un radiateur électrique allumé tout l'hiver dans un appart mal isolé. Elle monte un dossier {{FSL}} énergie et un signalement pour logement indigne. « La facture, c'est le symptôme. »",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} de {{Poitiers}}. Mme [[PERSONNE:Évelyne Taddei]], {{61 ans}}, vient pour sa pension d'invalidité. Née le [[DATE_NAISSANCE:2 octobre 1963]], elle calcule avec l'agente quand elle passera à la retraite : « à {{62 ans}} et quelques mois », dit l'agente, qui vérifie sur le site de l'{{Assurance retraite}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{Cpam}} d'{{Aix}}. Un jeune papa, [[PERSONNE:Maxime Roubaud]], vient pour son congé paternité, {{28 jours}}. L'agente, [[PERSONNE:Isabelle]], vérifie que l'employeur, {{STMicroelectronics}} à {{Rousset}}, a bien transmis. Il donne son mail pour le suivi : [[EMAIL:max.roubaud@laposte.net]]. Il montre une photo du bébé à tout le monde.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "{{3h05}} faux numéro, qqn voulait une pizzeria 🍕",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Urgences de {{Martigues}}. Une femme appelle pour son mari, [[PERSONNE:Raymond Vidal]], amené par le {{SMUR}} depuis la raffinerie. Elle donne sa date de naissance, [[DATE_NAISSANCE:19 février 1967]], pour qu'on le trouve. L'agent d'accueil, [[PERSONNE:Steven]], note son numéro à elle : [[TELEPHONE:06 09 33 72 81]]. « Un médecin vous rappelle dès que possible, madame. »",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences de {{Menton}}. Un hôtel de {{Monaco}} appelle pour un employé, M. [[PERSONNE:Giacomo Ferrero]], blessé en cuisine. Le chef laisse un numéro monégasque : [[TELEPHONE:+377 93 25 61 40]]. La secrétaire n'a jamais vu un {{+377}}, elle me demande si c'est l'{{Italie}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Gardanne}}. M. [[PERSONNE:Sylvain Alessandri]], {{44 ans}}, ancien de la centrale, veut se reconvertir chauffeur de bus. La conseillère, [[PERSONNE:Ludivine]], lui parle du titre professionnel avec la {{RTM}}. Il a déjà le permis C. Identifiant : [[ID_FRANCE_TRAVAIL:2645801A]]. Entrée en formation en {{janvier}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Agence de {{Roubaix}}. Une dame, [[PERSONNE:Nadia Boussaha]], {{50 ans}}, vient avec sa fille pour traduire. La conseillère s'adresse à la fille. La mère dit, en français : « c'est à moi qu'il faut parler, je comprends ». Gêne. La conseillère s'excuse et se tourne vers elle.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Inscription par téléphone : une jeune femme de {{Nice}}, [[PERSONNE:Justine Pellegrini]], {{30 ans}}, née à {{Nice}}. La conseillère lui demande son numéro de sécurité sociale pour le dossier : « [[NIR:2 95 01 06 088 251 65]] ». Elle a démissionné de chez {{Carrefour}} pour suivre son compagnon ; la conseillère explique que sans motif légitime, pas d'{{ARE}} pour l'instant.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "M. [[PERSONNE:Thierno Baldé]] ne comprend pas pourquoi la pharmacie lui fait avancer les frais alors qu'il a la {{C2S}}. L'agent, [[PERSONNE:Quentin]], vérifie : la C2S a été clôturée le {{31 mars}}, pas renouvelée. Son ancienne mutuelle, n° adhérent [[IDENTIFIANT:MUT-0912-77341]], ne couvre plus rien non plus. Renouvellement en ligne, il le fait pendant l'appel.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle dans un village au-dessus de {{Digne}}, à {{Thoard}}. M. [[PERSONNE:Éric Brun]], au {{RSA}}, vit dans une maison en pierre qu'il retape, [[ADRESSE:hameau des Bons-Enfants, 04380 Thoard]]. Pas de numéro. Le contrôleur, [[PERSONNE:Jean-Marie Achard]], cherche {{20 min}}, demande à un berger, qui nous montre la route. M. [[PERSONNE:Brun]] vend des œufs et du miel, « mais pas plus de {{50 €}} par mois ». Le contrôleur note, sans trancher.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle à {{Tours}}, quartier des {{Fontaines}}. Une assurée en arrêt pour burn-out, Mme [[PERSONNE:Delphine Marchal]], [[ADRESSE:25 rue Édouard Vaillant, 37000 Tours]]. Elle ouvre, les yeux rouges. L'agent, [[PERSONNE:Arnaud Vial]], reste sur le pas de la porte, parle doucement, {{3 min}}. En repartant il me dit : « des fois je me dis que je sers à rien, dans ces cas-là ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Urgences de {{Draguignan}}. Un ouvrier agricole marocain, M. [[PERSONNE:Abdellah Ouazzani]], saisonnier sous contrat {{OFII}}, coupure au sécateur dans les vignes. Il présente son titre de séjour saisonnier n° [[IDENTIFIANT:8300461927]]. Son employeur, le {{Domaine de la Garrigue}}, n'a pas fait la déclaration d'{{AT}}. L'agente appelle le domaine.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Anthony Sanchez]] appelle pour l'aide à la mobilité : il a trouvé un poste à {{Lyon}}, il quitte {{Marseille}}. Identifiant [[ID_FRANCE_TRAVAIL:6038417G]]. Nouvelle adresse : [[ADRESSE:4 rue Paul Bert, 69003 Lyon]]. La conseillère, [[PERSONNE:Véro]], lui dit que ça dépend du salaire. Il dit « je pars quand même ».",
    ),
]

NOTES = NOTES_A + NOTES_B + NOTES_C + NOTES_D + NOTES_E + NOTES_F + NOTES_G

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}")


def parse(marked):
    """Strip the marks; return (text, entities, keep) with Python offsets, end exclusive."""
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
    for stray in ("[[", "]]", "{{", "}}"):
        if stray in text:
            raise ValueError(f"unparsed mark {stray!r} in: {text[:60]}")
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


def split(cells):
    """cells: {id: (site_kind, channel)}; returns (dev ids, holdout ids), each sorted."""
    rng = random.Random(SEED)
    dev, holdout, leftovers = [], [], []
    for cell in sorted(set(cells.values())):
        ids = sorted(i for i, c in cells.items() if c == cell)
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
    return sorted(dev), sorted(holdout)


def write(path, notes):
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for note in sorted(notes, key=lambda n: n["id"]):
            fh.write(json.dumps(note, ensure_ascii=False) + "\n")


def main():
    notes = build()
    by_id = {n["id"]: n for n in notes}
    dev, holdout = split({n["id"]: (n["site_kind"], n["channel"]) for n in notes})
    write(HERE / "dev.jsonl", [by_id[i] for i in dev])
    write(HERE / "holdout.jsonl", [by_id[i] for i in holdout])
    print(f"{len(notes)} notes: dev {len(dev)}, holdout {len(holdout)}")


if __name__ == "__main__":
    main()
