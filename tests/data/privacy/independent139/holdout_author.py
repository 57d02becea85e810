"""Independent evaluation corpus n° 139: 240 hand-written observation notes, labelled inline.

Marks: ``[[LABEL:value]]`` is a value to mask, ``{{value}}`` a string to keep. Running this
script strips the marks, computes offsets (Python string indices, end exclusive), numbers the
notes ind139-001 … ind139-240 in writing order, splits them into dev / holdout and writes
``dev.jsonl`` and ``holdout.jsonl`` next to it. Standard library only, deterministic.
"""

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "ind139"
SEED = 139

# Caf: counter, phone platform, home inspections (Seine-Saint-Denis, Val-de-Marne, Paris).
NOTES_CAF = [
    (
        "caf",
        "accueil_physique",
        "{{9h12}}, deja {{14}} personnes devant la porte de la {{Caf}} de {{Bobigny}}. L'agente d'accueil, [[PERSONNE:Nadège]], distribue les tickets a la main : {{B027}} pour moi.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mr [[PERSONNE:Ouattara]] vient pour un changement de situation. Pas de n° alloc sur lui, il tend son titre de sejour : l'agent tape le n° étranger [[IDENTIFIANT:9301457822]] et retrouve le dossier -> [[N_ALLOCATAIRE:2874513]]. « ah voilà c'est bon ». {{4 min}} en tout.",
    ),
    (
        "caf",
        "accueil_physique",
        "File d'attente ++. Borne en panne depuis {{8h30}}, une feuille A4 scotchée dessus : HORS SERVICE. les gens font la queue pour faire la queue 😅",
    ),
    (
        "caf",
        "accueil_physique",
        "Jeune femme ([[PERSONNE:Sabrina Haddad]]) avec bébé dans la poussette, vient pour la {{PAJE}}. l'agent lui demande son RIB, elle montre l'appli de sa banque sur son tel : [[IBAN:FR76 3000 4018 2300 0102 8374 566]]. Agent recopie en lisant a voix haute 4 par 4. Elle est née le [[DATE_NAISSANCE:14/06/1995]]... ça me fait bizarre, {{29 ans}} et déjà {{3 enfants}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Dialogue au {{guichet 2}} :\n- vous avez votre numéro de récépissé madame ?\n- c'est lequel\n- celui en haut à droite\n- [[IDENTIFIANT:9302 1177 40]]... non attendez c'est [[IDENTIFIANT:9302 1177 04]]\nL'agent ([[PERSONNE:Kévin]]) ne s'énerve pas, il retape.",
    ),
    (
        "caf",
        "accueil_physique",
        "Affiche au mur : « Prenez RDV sur {{caf.fr}} ». Personne ne la lit. Sur {{40 min}} j'ai vu {{2}} personnes avec un RDV.",
    ),
    (
        "caf",
        "accueil_physique",
        "M. et Mme [[PERSONNE:Nguyen]] viennent pour l'{{APL}}, bail signé avec {{Seine-Saint-Denis Habitat}}. Le conseiller demande la référence locataire : [[IDENTIFIANT:0452317/02]]. Adresse [[ADRESSE:17 allée Romain Rolland, 93390 Clichy-sous-Bois]]. Il tape tout, ça prend {{12 min}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "ENORME QUEUE. {{52}} tickets distribués avant {{10h}}. l'agent de secu ([[PERSONNE:Moussa]]) filtre : 'vous avez rdv ? non ? borne à gauche'",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Dos Santos]], {{78 ans}}, veut comprendre un courrier de la {{Caf}} sur un indu de {{312 €}}. Elle n'a pas de mail. L'agente ([[PERSONNE:Fatou]]) lui crée une adresse sur place : [[EMAIL:mariadossantos1946@gmail.com]]. Je me demande qui va la consulter.",
    ),
    (
        "caf",
        "accueil_physique",
        "n° alloc dicté par un monsieur en deux fois : « [[N_ALLOCATAIRE:31]]… euh… [[N_ALLOCATAIRE:08452]] ». l'agent : « [[N_ALLOCATAIRE:trois un zéro huit quatre cinq deux]] ? » « oui oui ».",
    ),
    (
        "caf",
        "accueil_physique",
        "M. [[PERSONNE:Abdirahman Warsame]] montre son titre de voyage pour réfugié, numéro [[IDENTIFIANT:RF0093471]]. L'agent ne sait pas dans quel champ le mettre, appelle [[PERSONNE:Christelle]] en back office. {{OFPRA}} mentionné 3 fois.",
    ),
    (
        "caf",
        "accueil_physique",
        "Panneau numérique : attente estimée {{45 min}}. Réelle : {{1h20}}. Personne à l'accueil ne semble au courant du chiffre affiché.",
    ),
    (
        "caf",
        "accueil_physique",
        "Une femme vient avec la notif {{MDPH}} de son fils pour l'{{AEEH}}. Dossier MDPH n° [[IDENTIFIANT:093-2023-018744]]. Le fils, [[PERSONNE:Ilyes]], né en [[DATE_NAISSANCE:2016]], attend sur une chaise avec une tablette.",
    ),
    (
        "caf",
        "accueil_physique",
        "[[PERSONNE:Grégoire]] (l'agent) me montre l'écran : 'NIR NON CERTIFIE'. Le numéro saisi : [[NIR:2 82 05 99 352 118 71]]. La dame, née en [[DATE_NAISSANCE:mai 1982]] à {{Oran}}, attend la certification depuis {{8 mois}}, pendant ce temps pas de {{RSA}}.",
    ),
    (
        "caf",
        "accueil_physique",
        "Mme [[PERSONNE:Traoré]] (ou [[PERSONNE:Traore]] sans accent sur le courrier, ou [[PERSONNE:Taore]] sur l'attestation employeur) : trois orthographes, trois dossiers ? L'agent fusionne pas, il fait une fiche pour le back office.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Plateforme tél {{Caf}} {{93}}, casque partagé avec [[PERSONNE:Yasmine]]. Appel 1 : monsieur donne son n° alloc [[N_ALLOCATAIRE:1947 302]] puis sa date de naissance « le [[DATE_NAISSANCE:3 février 74]] ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "{{11h}}, {{23}} appels en attente sur le bandeau. Temps moyen {{6 min 40}}. Les conseillères se lèvent pas entre deux appels.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appelante : « ça fait trois fois que j'appelle le {{3230}}, TROIS FOIS ». Elle s'appelle [[PERSONNE:Jessica Lemaire]], rappel demandé au [[TELEPHONE:06 41 27 88 03]]. [[PERSONNE:Yasmine]] note sur un post-it jaune avant de saisir.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Un monsieur appelle pour la {{prime d'activité}}, il est chauffeur VTC auto-entrepreneur. Il donne son SIRET perso : [[IDENTIFIANT:879 451 226 00018]]. Son chiffre d'affaires {{Uber}} varie de {{900}} à {{2 100 €}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Femme au tel qui parle anglais seulement. [[PERSONNE:Yasmine]] passe en anglais 👍. Le n° de titre de séjour est donné en chiffres FR par une voisine qui prend le combiné : « [[IDENTIFIANT:neuf trois zéro deux, quatre quatre un, huit zéro six]] ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Script d'accueil affiché à côté de l'écran : « Bonjour, {{Caf de la Seine-Saint-Denis}}, [prénom] à votre écoute ». Chacune dit son prénom, sauf une qui dit juste « Caf bonjour ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "appel : monsieur [[PERSONNE:Ferhat Belkacem]], ne retrouve pas son n° alloc. Il lit sa carte vitale à la place : [[NIR:1 74 11 99 350 042 66]]. Conseillère : « non monsieur ça c'est la sécu, ça m'aide pas ». Elle retrouve quand même le dossier avec : n° alloc [[N_ALLOCATAIRE:8702 214]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Appel d'une travailleuse sociale du {{CCAS}} d'{{Aubervilliers}}, Mme [[PERSONNE:Pereira]], pour Mme [[PERSONNE:Lina Meziane]] : dossier FSL [[IDENTIFIANT:FSL93-24-06123]] bloqué, il manque l'attestation Caf. Envoi demandé sur [[EMAIL:c.pereira@ccas-auber.fr]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Rappel sortant. Numéro dans la fiche : [[TELEPHONE:+33 7 58 14 62 90]]. Messagerie. « Vous êtes bien sur le répondeur de [[PERSONNE:Rokia]] »… la conseillère raccroche sans laisser de message (consigne).",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Le monsieur épelle son nom : [[PERSONNE:K-A-N-A-G-A-R-A-T-N-A-M]]. La conseillère tape '[[PERSONNE:Kanagaratnam]]' et trouve direct, n° alloc [[N_ALLOCATAIRE:0563129]]. Lui : « d'habitude on m'écrit [[PERSONNE:Kanagaratman]] ».",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Bcp d'appels sur la {{prime de Noël}} aujourd'hui. « elle tombe quand ? » x 10. Réponse type : {{mi-décembre}}.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Une dame donne sa référence client {{EDF}} au lieu du n° alloc 😂 : « [[IDENTIFIANT:6004 512 387]] »... Non. Puis le bon : [[N_ALLOCATAIRE:4408917]].",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Conseillère [[PERSONNE:Aurélie]]. Appel : jeune de {{19 ans}} en rupture familiale, hébergé chez un pote à {{Stains}}. Pas de compte bancaire. [[PERSONNE:Aurélie]] lui parle du compte {{Nickel}} chez le buraliste.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "Monsieur donne son numéro fiscal pour l'avis d'impo : « [[IDENTIFIANT:30 12 456 789 012]] ». Conseillère : « j'en ai pas besoin, on récupère directement avec les impôts ». Il insiste pour le redonner.",
    ),
    (
        "caf",
        "accueil_telephonique",
        "'Bonjour c'est Mme [[PERSONNE:Okafor]]', elle veut qu'on envoie les courriers à sa nouvelle adresse : [[ADRESSE:5 rue Jean Jaurès, appt 34, 94200 Ivry-sur-Seine]]. Conseillère lui dit de le faire en ligne, elle dit qu'elle a pas internet. Elle laisse son fixe : [[TELEPHONE:01 48 70 22 95]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Départ {{8h45}} avec [[PERSONNE:Thierry]], contrôleur depuis {{22 ans}}. Premier contrôle : [[ADRESSE:12 bis rue de la Convention, 93120 La Courneuve]], {{4e étage}} sans ascenseur. Allocataire : Mme [[PERSONNE:Benali]], {{2 enfants}}, dossier [[N_ALLOCATAIRE:1380566]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "[[PERSONNE:Thierry]] note la plaque de la voiture garée devant le pavillon : [[IMMATRICULATION:GH-417-KP]]. « On verra au fichier si c'est celle du concubin ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle annulé : personne. Avis de passage glissé sous la porte. Le contrôleur : « une fois sur trois c'est comme ça ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Chez M. [[PERSONNE:Diarra]] : contrôle ressources. Il sort une pochette avec tout : avis d'impo, bulletins, titre de séjour n° [[IDENTIFIANT:7503 9012 64]], et même l'attestation {{Complémentaire santé solidaire}} réf [[IDENTIFIANT:C2S-2024-0871342]]. Impressionnant.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Contrôle isolement, allocataire [[PERSONNE:Sandrine Morel]], {{RSA}} majoré. Le contrôleur regarde les brosses à dents, les chaussures. Deux paires d'hommes. Elle : « c'est à mon frère, [[PERSONNE:Loïc]], il passe le week-end ».",
    ),
    (
        "caf",
        "controle_sur_place",
        "Logement {{Paris Habitat}}, [[ADRESSE:48 rue des Orteaux, 75020 Paris]]. Réf. locataire sur l'avis d'échéance : [[IDENTIFIANT:2038841/01]]. Loyer {{612,40 €}}, APL {{287 €}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Famille [[PERSONNE:Demeter]] vit en caravane, [[ADRESSE:aire d'accueil des gens du voyage de Bondy, emplacement 6]]. Voiture tractrice : [[IMMATRICULATION:DL 512 TX]]. [[PERSONNE:Thierry]] vérifie la scolarisation des {{4 enfants}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "On m'explique la grille : logement, ressources, composition familiale. Tout se coche sur une tablette qui rame. {{3}} contrôles prévus, {{1}} fait à {{11h}}.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Mme [[PERSONNE:Lefèvre]] a changé de banque, elle tend son RIB imprimé : [[IBAN:FR76 1027 8060 4100 0214 5680 109]]. Le contrôleur le prend en photo avec la tablette.",
    ),
    (
        "caf",
        "controle_sur_place",
        "Le contrôleur me dit de ne pas noter les noms. Trop tard : [[PERSONNE:Ahmed]] et [[PERSONNE:Yamina Cherif]], [[ADRESSE:3 place Marcel Cachin, Saint-Ouen]]. 😬",
    ),
    (
        "caf",
        "controle_sur_place",
        "Sur la table de Mme [[PERSONNE:Kouyaté]], un récépissé de demande de titre : n° [[IDENTIFIANT:9304128871]], valable jusqu'au {{12/09}}. Et la facture {{Engie}} en dessous, réf client [[IDENTIFIANT:1 402 778 315]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "M. [[PERSONNE:Petit]], {{67 ans}}, {{ASPA}} + APL. Vit seul avec un {{petit}} chien qui s'appelle {{Filou}}. Il nous offre un café, le contrôleur refuse poliment.",
    ),
    (
        "caf",
        "controle_sur_place",
        "{{14h}} : contrôle à {{Villejuif}}. Porte ouverte par un ado, [[PERSONNE:Rayan]]. Sa mère arrive. [[PERSONNE:Thierry]] lui demande son numéro d'allocataire pour vérifier : [[N_ALLOCATAIRE:5123 480]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "Chez M. [[PERSONNE:Chen]] ([[PERSONNE:Chen Wei]] sur la boîte aux lettres). Camionnette devant : [[IMMATRICULATION:EX-031-ZN]]. Il livre pour {{Deliveroo}} mais le compte de l'appli est au nom de sa femme, [[PERSONNE:Jiahui]].",
    ),
    (
        "caf",
        "controle_sur_place",
        "[[PERSONNE:Thierry]] lit à voix haute la fiche : « dossier [[N_ALLOCATAIRE:2216084]], NIR [[NIR:2 77 10 93 001 452 84]], née à {{Aubervilliers}} le [[DATE_NAISSANCE:19 octobre 1977]] ». La dame confirme d'un signe de tête.",
    ),
]

# Cpam: counter, 3646 platform, sick-leave and fraud inspections.
NOTES_CPAM = [
    (
        "cpam",
        "accueil_physique",
        "Accueil {{Cpam}} {{Bobigny}}, {{9h}}. L'agente, [[PERSONNE:Samia]], me dit que la moitié des gens viennent pour une carte vitale perdue ou volée.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Rakotomalala]] vient pour sa {{C2S}}. Elle a le numéro de la demande sur un papier plié en 4 : [[IDENTIFIANT:C2S 94 2024 558 107]]. [[PERSONNE:Samia]] trouve la demande, il manque juste l'avis d'imposition.",
    ),
    (
        "cpam",
        "accueil_physique",
        "La borne {{ameli}} imprime les attestations, mais plus de papier depuis ce matin. {{3}} personnes repartent sans rien.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Un homme tend sa carte vitale cassée en deux. [[PERSONNE:Samia]] lit le numéro en recollant les morceaux : « [[NIR:1 68 02 75 118]]… et la fin… [[NIR:305 92]] ». Il est né dans le {{18e}}, il le dit fièrement.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Demande d'{{AME}}. M. [[PERSONNE:Sivakumar]] montre son passeport sri-lankais : [[IDENTIFIANT:N8824517]]. L'agent vérifie la date d'entrée en France ({{plus de 3 mois}}) sur un tampon à moitié effacé.",
    ),
    (
        "cpam",
        "accueil_physique",
        "- Votre date de naissance ?\n- [[DATE_NAISSANCE:12 12 99]]\n- Vous êtes née où ?\n- {{Bobigny}}\nL'agent tape, le NIR qui sort : [[NIR:2 99 12 93 008 291 56]]. Ça colle.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Files séparées par des potelets : 'carte vitale' / 'remboursements' / 'autres demandes'. Quasi tout le monde va dans 'autres demandes'.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Gonçalves]] veut changer son RIB pour les IJ : [[IBAN:FR76 3000 3036 2000 0509 8123 738]]. L'agent : « faut le faire sur {{ameli}} » ; elle : « mon fils a le mot de passe, il est à {{Lisbonne}} ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Étudiant, mutuelle {{HEYME}}, n° adhérent [[IDENTIFIANT:HY 0471 2236]]. Il comprend pas pourquoi il a pas été remboursé chez le dentiste. [[PERSONNE:Samia]] explique le tiers payant en {{2 min}} chrono.",
    ),
    (
        "cpam",
        "accueil_physique",
        "[[PERSONNE:Oumar]], agent d'accueil, {{58 ans}}, {{31 ans}} de maison : « avant on avait {{12 guichets}}, maintenant {{4}} ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "Attestation AME à retirer. La fille de la dame donne le n° de dossier, d'abord « [[IDENTIFIANT:AME-75-2024-01338]] », puis se reprend : « non, [[IDENTIFIANT:013388]] à la fin ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "{{10h40}}. Un vigile, deux agents, {{27}} personnes assises. Une télé muette passe des spots {{M'T dents}}.",
    ),
    (
        "cpam",
        "accueil_physique",
        "Mme [[PERSONNE:Barry]] (Mme [[PERSONNE:Aissatou Barry]] sur le titre) vient rattacher son bébé. Acte de naissance : [[PERSONNE:Mariama]], née le [[DATE_NAISSANCE:2 mars]]. Agent : « on va l'ajouter sur votre carte, elle aura pas la sienne avant {{16 ans}} ».",
    ),
    (
        "cpam",
        "accueil_physique",
        "La dame ne connaît pas son code postal. Elle dit « chez ma soeur à {{Pierrefitte}} » et finit par sortir une enveloppe : [[ADRESSE:21 avenue Gabriel Péri, 93380 Pierrefitte-sur-Seine]].",
    ),
    (
        "cpam",
        "accueil_physique",
        "Carte européenne demandée par M. [[PERSONNE:Ionescu]] pour aller en {{Roumanie}} en juillet. Agent : [[PERSONNE:Oumar]]. Délai annoncé {{3 semaines}}, le monsieur part dans 10 jours.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Plateau {{3646}} à {{Créteil}}. [[PERSONNE:Laetitia]] décroche : « {{Assurance Maladie}}, bonjour ». Premier appel : un jeune lit son NIR trop vite, elle le fait répéter : [[NIR:1 03 04 94 028 019 59]].",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Écran mural : {{41}} appels en file, attente {{17 min}}, taux de décroché {{71 %}}. Personne ne regarde l'écran sauf moi.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appelant : « j'appelle pour ma mère, [[PERSONNE:Odette Marchal]], elle est née le [[DATE_NAISSANCE:5 août 1964]], j'ai son numéro : [[NIR:2 64 08 75 120 377 08]] ». [[PERSONNE:Laetitia]] refuse de donner quoi que ce soit sans la mère au bout du fil.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Dame qui donne son n° {{Harmonie Mutuelle}} pour la télétransmission : [[IDENTIFIANT:412 887 3361 02]] ; [[PERSONNE:Laetitia]] rajoute le code organisme à la main.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Un appel en arabe. [[PERSONNE:Laetitia]] transfère à [[PERSONNE:Nabil]], deux bureaux plus loin. Pas prévu dans les process, « on se débrouille ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Monsieur qui veut que le courrier parte chez sa fille : [[ADRESSE:9 allée des Tilleuls, 91000 Évry-Courcouronnes]]. Il donne aussi son portable : « [[TELEPHONE:zéro six, soixante-dix-huit, douze, quarante, zéro cinq]] ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Pause de {{10 min}} toutes les {{2h}}. Les casques sont perso, chacune a le sien dans un tiroir fermé à clé.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appelante qui cherche le service des IJ. Elle donne son n° de sécu d'abord sans la clé : [[NIR:2 93 02 91 174 066]]… puis « ah la clé c'est [[NIR:48]] ». Elle habite {{Corbeil}} « depuis toujours ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Arrêt maladie pas reçu par l'employeur ({{Carrefour}} {{Athis-Mons}}). Salariée : Mme [[PERSONNE:Elif Kaya]], matricule salarié [[IDENTIFIANT:004517823]]. La conseillère fait une attestation de réception.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Mail donné pour recevoir le lien de reinitialisation : « [[EMAIL:djibril.sow93 arobase hotmail point fr]] ». La conseillère le relit deux fois lettre par lettre.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appel d'une pharmacienne de {{Vitry}} pour une patiente sans droits ouverts : Mme [[PERSONNE:Bouzid]], NIR [[NIR:295069408113337]]. Droits fermés depuis le {{31/03}}, la conseillère les rouvre.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Dame qui a reçu un SMS 'ameli' frauduleux avec un lien. Elle lit le numéro d'où ça vient : [[TELEPHONE:07 57 90 13 44]]. Conseillère : « ne cliquez pas, supprimez ».",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Après chaque appel, {{7}} motifs à cocher. Le motif 'autre' est le plus coché, de loin.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "Appelant en fauteuil, dossier {{MDPH}} [[IDENTIFIANT:MDPH 94 / 2022 / 117 640]], veut savoir si sa PCH compte dans ses ressources pour la {{C2S}}. Réponse : oui/non, ça dépend, la conseillère vérifie avec sa n+1.",
    ),
    (
        "cpam",
        "accueil_telephonique",
        "[[PERSONNE:Laetitia]] rappelle une dame : « Mme [[PERSONNE:Marie-Flore]] ? » — la dame corrige : « non, [[PERSONNE:Jean-Baptiste]] c'est le nom, [[PERSONNE:Marie-Flore]] le prénom ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Avec [[PERSONNE:Franck]], agent de contrôle assermenté : vérifier la présence d'un assuré en arrêt maladie. Adresse : [[ADRESSE:27 rue Gabriel Péri, 94500 Champigny-sur-Marne]]. Sorties autorisées {{9h-11h}} et {{14h-16h}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Pas de réponse à l'interphone. [[PERSONNE:Franck]] sonne chez la voisine. Rien. « on repassera demain ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "La voiture de service est une {{Clio}} grise sans logo. « pour la discrétion ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "M. [[PERSONNE:Lopes]] ouvre en pyjama, arrêt pour lombalgie. [[PERSONNE:Franck]] vérifie l'identité : carte d'identité n° [[IDENTIFIANT:940592301477]], et le NIR sur l'arrêt : [[NIR:1 80 09 99 139 051 47]]. Né au {{Portugal}}, arrivé à {{6 ans}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Enquête fraude, soupçon de double affiliation. [[PERSONNE:Franck]] montre sur la tablette deux fiches : [[PERSONNE:Koffi Yao]] et [[PERSONNE:Yao Koffi]], même NIR [[NIR:1 86 01 99 326 027 53]], né à {{Abidjan}} en [[DATE_NAISSANCE:janvier 86]]. Nom et prénom inversés à la saisie, pas de fraude.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle chez une infirmière libérale (facturation bizarre), cabinet à {{Sevran}}. Mme [[PERSONNE:Morin]], RPPS [[IDENTIFIANT:10101234567]]. Elle sort ses tournées sur un cahier {{Clairefontaine}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Deux contrôles sur trois : personne à la maison, mais on est dans les horaires de sortie. Rien à dire.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "[[PERSONNE:Franck]] me montre le compte rendu : cases 'présent / absent / refus'. Prochaine : Mme [[PERSONNE:Ba]], [[ADRESSE:6 rue Henri Barbusse, Bagnolet]].",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Voiture de l'assuré garée devant chez lui alors qu'il est arrêté pour une fracture du pied droit : [[IMMATRICULATION:FB-734-RC]]. Capot froid.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "{{Évry}}, résidence {{Les Pyramides}}. M. [[PERSONNE:Da Costa]] nous reçoit. Sa femme : « il ne sort pas, il a trop mal ». Le médecin traitant, Dr [[PERSONNE:Benhamou]], a prescrit {{3 semaines}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Contrôle d'un taxi conventionné. Chauffeur : M. [[PERSONNE:Rahmani]], licence [[IDENTIFIANT:ADS 91-0417]], plaque [[IMMATRICULATION:GK 209 PL]]. Conventionnement vérifié sur la tablette.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Dans l'escalier, [[PERSONNE:Franck]] m'explique que {{40 %}} des arrêts contrôlés sont « justifiés médicalement », le reste se joue sur l'administratif.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Mme [[PERSONNE:Lemoine]] est hospitalisée : bulletin de situation du {{CHI de Créteil}}, n° de séjour [[IDENTIFIANT:2024 0031 7745]], IPP [[IDENTIFIANT:00938125]]. [[PERSONNE:Franck]] classe « justifié ».",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Retour au bureau {{12h15}}. Saisie des comptes rendus : {{25 min}}.",
    ),
    (
        "cpam",
        "controle_sur_place",
        "Chez M. [[PERSONNE:Santini]], né à {{Bastia}}. Il tend sa carte vitale : [[NIR:1 71 05 2B 033 108 11]]. {{53 ans}}, arrêt pour dépression. Appartement impeccable, odeur de café.",
    ),
]

# CCAS: counter, switchboard, home visits (Montreuil, Ivry, Clichy-sous-Bois, Vitry).
NOTES_CCAS = [
    (
        "ccas",
        "accueil_physique",
        "CCAS de {{Montreuil}}, {{9h05}}. [[PERSONNE:Céline]] à l'accueil, [[PERSONNE:Hervé]] au téléphone derrière. Le premier monsieur vient pour une domiciliation.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Domiciliation : attestation n° [[IDENTIFIANT:DOM-93048-2024-0457]] au nom de [[PERSONNE:Mihai Lupu]]. Son courrier du jour : {{3}} lettres, dont une de la {{préfecture}}. Il l'ouvre tout de suite, devant nous.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Le distributeur de tickets affiche {{A12}}, {{A13}}… Chaque numéro dure entre {{7}} et {{15 min}}.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Aït Ouarab]] demande une aide pour sa facture {{EDF}} de {{486 €}}. Réf client [[IDENTIFIANT:6 071 844 290]], point de livraison [[IDENTIFIANT:14223655198804]]. L'agente recopie tout sur le formulaire d'aide facultative.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Dame âgée, {{83 ans}}, vient pour la carte {{Améthyste}}. Elle épelle son nom : « [[PERSONNE:B, O, U, R, G, E, O, I, S]] », « comme la classe sociale » dit-elle en riant.",
    ),
    (
        "ccas",
        "accueil_physique",
        "« Vous avez un numéro DALO ? » « oui c'est [[IDENTIFIANT:093042311187]] » « ça c'est le numéro de demande de logement social, madame » « ah »… elle fouille, le bon est [[IDENTIFIANT:DALO 093 2023 1187]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "Carte épicerie sociale n° [[IDENTIFIANT:ES-0312]] pour la famille [[PERSONNE:Soumaré]], valable {{3 mois}}. Reste {{12 €}} de crédit.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Le CCAS partage le hall avec la {{Maison des solidarités}}. Les gens se trompent de porte, tout le temps. Une flèche en scotch rouge au sol.",
    ),
    (
        "ccas",
        "accueil_physique",
        "M. [[PERSONNE:Rousseau]] vient pour une aide aux obsèques de sa femme. Pas de question au guichet, [[PERSONNE:Céline]] lui donne un verre d'eau et le reçoit dans le petit bureau.",
    ),
    (
        "ccas",
        "accueil_physique",
        "Jeune couple, lui [[PERSONNE:Bilal]], elle [[PERSONNE:Océane]]. Expulsion prévue le {{15 avril}}. Réf locataire {{I3F}} : [[IDENTIFIANT:L 0078 455 12]]. Jugement RG [[IDENTIFIANT:23/04127]]. APL sur le n° alloc [[N_ALLOCATAIRE:7730519]].",
    ),
    (
        "ccas",
        "accueil_physique",
        "M. [[PERSONNE:Fofana]] montre sur son tel sa page de vente de beignets, [[IDENTIFIANT:@fofana_beignets93]], {{1 200}} abonnés. Question : ça compte dans les ressources ? [[PERSONNE:Céline]] : « bonne question ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "CNI nouveau format, n° [[IDENTIFIANT:X4RTBPFW4]]. [[PERSONNE:Hervé]] photocopie recto verso. La dame : « je suis de [[DATE_NAISSANCE:91]], c'est écrit tout petit ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Affiches : {{chèque énergie}}, {{Restos du Cœur}}, {{plan canicule}}. Une affiche de {{2019}} sur la {{grippe}}, jaunie.",
    ),
    (
        "ccas",
        "accueil_physique",
        "[[PERSONNE:Céline]] compte les demandes d'aide facultative du mois : {{214}}. « on est à {{+30 %}} ». Une dame lui coupe la parole : « Mme [[PERSONNE:Ndiaye]], j'ai rendez-vous à {{10h}} ».",
    ),
    (
        "ccas",
        "accueil_physique",
        "Mme [[PERSONNE:Hoang]] demande une aide cantine pour [[PERSONNE:Minh]] et [[PERSONNE:Lan]], nés en [[DATE_NAISSANCE:2014]] et [[DATE_NAISSANCE:2017]]. Quotient familial {{438}}, tranche {{B}}. RIB pour le remboursement : [[IBAN:FR76 3005 6001 4801 4823 3659 040]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Standard du CCAS d'{{Ivry}} : [[PERSONNE:Hervé]] décroche toutes les {{3 min}} en moyenne. Un fils inquiet pour sa mère, Mme [[PERSONNE:Lambert]], {{91 ans}}, qui ne répond plus sur son fixe : [[TELEPHONE:01 46 72 35 18]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un monsieur demande l'adresse du CCAS et les horaires. Réponse : {{24 rue de la République}}, {{8h30-12h}}. Il raccroche sans dire au revoir.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une aidante appelle pour sa tante, Mme [[PERSONNE:Ferreira]], qui a besoin d'une aide ménagère. Numéro de mutuelle {{MGEN}} donné « au cas où » : [[IDENTIFIANT:0093 4412 87]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "« bonjour je voudrais le chèque énergie » — [[PERSONNE:Hervé]] : « c'est l'État madame, pas nous ». {{4e}} fois ce matin.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Assistante sociale de l'{{hôpital Delafontaine}} pour un patient sans domicile : IPP [[IDENTIFIANT:93 0012 4578]], sortie prévue {{vendredi}}. Elle veut une domiciliation en urgence. Le patient : [[PERSONNE:Brahim]], « pas de nom de famille dans notre logiciel ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Téléphone sans arrêt. {{12}} appels en {{30 min}}, dont trois pour le {{plan canicule}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Inscription plan canicule par tel : Mme [[PERSONNE:Gauthier]], née le [[DATE_NAISSANCE:8 novembre 1940]], [[ADRESSE:14 rue Marat, 94200 Ivry-sur-Seine]], {{rez-de-chaussée}}, tél [[TELEPHONE:01.45.21.67.09]]. Contact : sa nièce [[PERSONNE:Valérie]] au [[TELEPHONE:0611238457]].",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Un conseiller solidarité {{EDF}} demande si le CCAS prend en charge la facture de M. [[PERSONNE:Ould Ahmed]], réf. client [[IDENTIFIANT:6005 117 943]]. [[PERSONNE:Hervé]] : « envoyez à {{social@ccas-ivry.fr}}, on regarde ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une dame pleure au téléphone. [[PERSONNE:Hervé]] baisse la voix, prend son numéro : « [[TELEPHONE:sept, cinquante-deux, trente et un, zéro zéro, quatre-vingt-dix-neuf]] », c'est un {{07}} précise-t-il. Rappel promis avant {{midi}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Appelant : « c'est pour mon dossier FSL, le numéro c'est [[IDENTIFIANT:FSL 94 - 2024 - 3317]] ». [[PERSONNE:Hervé]] : « on le traite pas ici, c'est le {{Département}} ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Une TS du {{115}} appelle pour Mme [[PERSONNE:Sylla]], demande {{SIAO}} n° [[IDENTIFIANT:SI-2024-093-118742]] : ils cherchent une place d'hôtel pour elle et {{2 enfants}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Le logiciel d'agenda plante à {{10h52}}. RDV notés sur un cahier en attendant. Retour à {{11h20}}.",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Monsieur qui veut parler à « [[PERSONNE:Isabelle]] de l'épicerie solidaire ». Pas d'[[PERSONNE:Isabelle]] ici. Il insiste : « [[PERSONNE:Isabelle]], la blonde, avec les lunettes ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Mme [[PERSONNE:Nora Benyahia]] dicte son mail pour recevoir le formulaire : « [[EMAIL:n.benyahia(at)laposte.net]], at comme arobase hein ».",
    ),
    (
        "ccas",
        "accueil_telephonique",
        "Gardienne d'immeuble {{Valophis}} : un locataire âgé ne sort plus, M. [[PERSONNE:Wiśniewski]], [[ADRESSE:bâtiment C, 3 avenue Maurice Thorez, Ivry-sur-Seine]], réf. locataire [[IDENTIFIANT:VAL-00218834]]. Visite programmée demain.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite à domicile avec [[PERSONNE:Nathalie]], CESF. {{Clichy-sous-Bois}}, tour de {{14 étages}}, ascenseur en panne depuis {{3 semaines}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Chez Mme [[PERSONNE:Mendy]] : dette de loyer {{2 340 €}}, bailleur {{Seine-Saint-Denis Habitat}}, contrat n° [[IDENTIFIANT:SSDH 0192 4471]]. [[PERSONNE:Nathalie]] monte un FSL et recopie le RIB : [[IBAN:FR76 1751 5900 0008 4312 7650 402]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Frigo presque vide. Une brique de lait, du pain. Personne ne commente.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "M. [[PERSONNE:Ben Salah]], {{74 ans}}, veut le portage des repas. Résidence {{Les Marronniers}}, [[ADRESSE:11 rue Danton, 93100 Montreuil]], {{3e}} sans ascenseur.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite pour vérifier une domiciliation chez le cousin, [[PERSONNE:Ismaël]]. Sur la boîte aux lettres, 3 noms scotchés : [[PERSONNE:CAMARA]], [[PERSONNE:KEITA]], [[PERSONNE:DIALLO]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Compteur {{Linky}} dans l'entrée : [[PERSONNE:Nathalie]] photographie le numéro PRM pour le dossier énergie : [[IDENTIFIANT:2143 6655 0128 74]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Mme [[PERSONNE:Vasquez]] montre son APS : [[IDENTIFIANT:7502 331 904]] ; il expire dans {{5 jours}}. [[PERSONNE:Nathalie]] appelle la {{préfecture}}, {{20 min}} de musique d'attente.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Dans la voiture : « on n'a pas le droit de porter les courses des gens », dit la CESF. Règle de l'assurance.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "{{Vitry}}, pavillon insalubre au [[ADRESSE:58 rue Charles Fourier, 94400 Vitry-sur-Seine]]. Le propriétaire, M. [[PERSONNE:Garnier]], loue à {{3}} familles. [[PERSONNE:Nathalie]] fera un signalement à l'{{ARS}}.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Visite chez [[PERSONNE:Jacqueline]], {{88 ans}}, aidée par sa voisine [[PERSONNE:Zohra]] qui fait ses courses. [[PERSONNE:Zohra]] : « je fais ça depuis {{10 ans}}, personne me paie ».",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Dossier MDPH de la fille : n° [[IDENTIFIANT:93/24/006712]], taux {{80 %}}. La mère, Mme [[PERSONNE:Toure]], n'a jamais reçu la notif.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Retour au CCAS {{16h10}}. {{2}} visites, {{1}} dossier FSL, {{40 min}} de trajet.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Cité des {{Musiciens}}, tour {{Ravel}}. M. [[PERSONNE:Bakayoko]] veut vendre sa voiture pour payer la dette, elle est au parking : [[IMMATRICULATION:CY-558-HT]], pare-brise fendu.",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Mme [[PERSONNE:Petrović]] donne son numéro de passeport serbe pour le dossier : [[IDENTIFIANT:012458773]], et celui de son mari [[PERSONNE:Dragan]] : [[IDENTIFIANT:011907215]].",
    ),
    (
        "ccas",
        "controle_sur_place",
        "Famille [[PERSONNE:Mabiala]] : bébé né le [[DATE_NAISSANCE:27/09/2023]], pas encore déclaré à la {{Caf}}. [[PERSONNE:Nathalie]] fait la démarche en ligne avec le tel de la maman, mail [[EMAIL:grace.mabiala@yahoo.fr]].",
    ),
]

# CHRS and 115: shelter desk, 115 platform at night, street outreach and hotel visits.
NOTES_CHRS = [
    (
        "chrs",
        "accueil_physique",
        "CHRS à {{Saint-Denis}}, {{60 places}}. [[PERSONNE:Mehdi]], veilleur de nuit qui finit son service, me fait le tour avec [[PERSONNE:Denis]], le chef de service. Les portes ont des numéros, pas de noms.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Arrivée d'une femme orientée par le {{SIAO}}, dossier [[IDENTIFIANT:SIAO93-2024-07715]]. Elle s'appelle [[PERSONNE:Awa]], un sac {{Tati}} et une valise à roulettes cassée.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Règlement intérieur affiché : pas d'alcool, pas de visites après {{20h}}, repas à {{19h}}. Une ligne rayée au stylo bille.",
    ),
    (
        "chrs",
        "accueil_physique",
        "L'éducatrice, [[PERSONNE:Sophie]], aide M. [[PERSONNE:Kowalczyk]] à remplir sa demande de logement social. Il écrit l'année en cours à la place de sa date de naissance. La vraie : [[DATE_NAISSANCE:17/12/1959]], à {{Ajaccio}}. NIR recopié de l'attestation : [[NIR:1 59 12 2A 004 061 49]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Chambre {{12}}, c'est « [[PERSONNE:Momo]] », il est là depuis {{3 ans}}. Normalement c'est {{6 mois}} renouvelable.",
    ),
    (
        "chrs",
        "accueil_physique",
        "[[PERSONNE:Sophie]] scanne les papiers de [[PERSONNE:Tesfaye]] (Érythrée) : attestation de demande d'asile n° [[IDENTIFIANT:7504 1988 21]], convocation {{OFPRA}}, et le numéro de sa carte {{ADA}} : [[IDENTIFIANT:5339 0142 7781 6605]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Atelier CV dans la salle commune. Le CV modèle au mur est au nom de « [[PERSONNE:Jean Dupont]] », [[ADRESSE:1 rue de la Paix, 75002 Paris]]. Un résident : « c'est qui lui ? »",
    ),
    (
        "chrs",
        "accueil_physique",
        "Repas : lentilles, yaourt. {{42}} couverts. La cuisinière bénévole vient depuis {{2008}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "M. [[PERSONNE:Guerrero]] range son vélo dans le couloir, c'est interdit. [[PERSONNE:Mehdi]] laisse faire : « sinon il dort dehors avec ».",
    ),
    (
        "chrs",
        "accueil_physique",
        "Bureau de l'éduc, sur l'écran la fiche de Mme [[PERSONNE:Aydin]] : n° SI-SIAO [[IDENTIFIANT:U-93-0048812]], et son numéro unique de demande de logement [[IDENTIFIANT:093052312004718]]. Ancienneté : {{4 ans}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Le résident [[PERSONNE:Nikola]] demande à [[PERSONNE:Sophie]] de l'aider pour son espace en ligne. Inscrit à {{France Travail}} depuis hier, identifiant sur le papier : [[ID_FRANCE_TRAVAIL:5187204L]]. RIB tout neuf : [[IBAN:FR76 4255 9100 0008 0035 1867 230]].",
    ),
    (
        "chrs",
        "accueil_physique",
        "Salle télé : {{BFM}} en boucle. Trois résidents, personne ne regarde.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Famille en chambre {{4}} : M. et Mme [[PERSONNE:Haxhiu]], {{3 enfants}}. La petite, [[PERSONNE:Elira]], est née ici en [[DATE_NAISSANCE:octobre 22]]. N° alloc [[N_ALLOCATAIRE:6014273]] enfin ouvert après {{14 mois}}.",
    ),
    (
        "chrs",
        "accueil_physique",
        "[[PERSONNE:Sophie]] me montre le cahier de liaison : « RAS », « [[PERSONNE:Mamadou S.]] rentré à {{23h15}} », « embrouille ch. {{7}} ». On n'écrit plus les noms en entier depuis le RGPD, dit-elle.",
    ),
    (
        "chrs",
        "accueil_physique",
        "Un résident, [[PERSONNE:Yannick]], compte {{TikTok}} [[IDENTIFIANT:@yannick.ladalle]], filme sa chambre pour « montrer la vérité ». L'équipe discute du droit à l'image des autres.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Plateforme {{115}} du {{93}}, {{21h}}. [[PERSONNE:Julie]] et [[PERSONNE:Karim]] au casque. {{180}} appels en attente. Ce soir, environ {{1 sur 5}} décroché.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Femme avec 2 enfants à la {{gare du Nord}}. Nom : [[PERSONNE:Fatoumata Keïta]], née le [[DATE_NAISSANCE:01/09/2001]] à {{Saint-Denis}}. [[PERSONNE:Julie]] trouve une fiche existante, NIR [[NIR:2 01 09 93 066 084 76]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "« 115 bonjour ». Silence. On raccroche. [[PERSONNE:Karim]] : « ça arrive {{30}} fois par soir ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Pas de place ce soir. Tableau : {{0}} place hommes seuls, {{0}} femmes, {{2}} familles ({{hôtel}}). Les écoutants le répètent {{40}} fois.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "L'appelant dort dans sa voiture sur le parking de {{Rosny 2}}. Plaque donnée pour la maraude : [[IMMATRICULATION:BT-906-WQ]]. Prénom : [[PERSONNE:Thomas]], pas de nom donné. Il rappelle d'un autre portable, le [[TELEPHONE:06.03.55.71.28]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "[[PERSONNE:Karim]] : « votre numéro de portable ? » « [[TELEPHONE:06 2]]… attendez, c'est un nouveau… [[TELEPHONE:06 29 71 80 14]] ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Dame hébergée à l'hôtel {{Formule 1}} de {{Bobigny}}, chambre {{208}} : plus de prise en charge depuis ce matin. [[PERSONNE:Julie]] vérifie : n° de prise en charge [[IDENTIFIANT:PEC-2411-08832]], expiré hier.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "{{23h40}}, un homme alcoolisé, « [[PERSONNE:Dédé]] », il connaît [[PERSONNE:Karim]] par son prénom, il appelle chaque nuit.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Jeune femme dont le titre a expiré. Elle lit sa carte de séjour chiffre par chiffre : « [[IDENTIFIANT:7 5 0 3 2 8 4 1 9 6]] ». [[PERSONNE:Julie]] note, mais « ça ne change rien pour le 115 ».",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Les écoutants se relaient toutes les {{2h}}. Café froid, radiateur qui cogne.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Travailleur social du {{Samu social}} : M. [[PERSONNE:Le Bihan]], {{62 ans}}, sous la passerelle de {{Saint-Ouen}}, diabétique. [[PERSONNE:Karim]] trouve une place en halte de nuit.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Femme victime de violences. [[PERSONNE:Julie]] prend l'appel, voix très douce. Adresse du conjoint notée pour la police : [[ADRESSE:33 rue de Stalingrad, 93000 Bobigny]]. Prénom de l'appelante : [[PERSONNE:Leïla]]. Numéro sûr pour la rappeler, celui de sa soeur : [[TELEPHONE:07 69 33 05 12]].",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Numéro affiché sur le softphone : [[TELEPHONE:+33 6 44 18 90 27]]. [[PERSONNE:Karim]] rappelle, ça sonne dans le vide.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "[[PERSONNE:Karim]] envoie un récap de la nuit à sa cheffe, [[EMAIL:v.roussel@siao93.fr]], avec copie à la maraude.",
    ),
    (
        "chrs",
        "accueil_telephonique",
        "Fin de ma présence à {{1h}}. {{212}} appels reçus, {{46}} décrochés, {{9}} mises à l'abri.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Maraude avec [[PERSONNE:Samir]] et [[PERSONNE:Claire]], camion {{Croix-Rouge}}. Premier arrêt : porte de la {{Villette}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Sous le {{périph}}, un homme, [[PERSONNE:Piotr]], parle polonais. [[PERSONNE:Claire]] sort la fiche traduite. Il montre sa carte d'identité polonaise : [[IDENTIFIANT:AYK 508214]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Distribution : café, soupe, {{12}} couvertures. Il fait {{2°C}}.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Visite à l'hôtel social {{Hôtel Étoile}}, chambre {{14}}, famille [[PERSONNE:Mukendi]]. {{5}} personnes dans {{9 m²}}. Un réchaud sous le lit, interdit.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Un couple vit dans un camion aménagé sur le parking du {{Leclerc}}, [[IMMATRICULATION:8745 TZ 93]] (vieille plaque). Lui, [[PERSONNE:Gérard]], touche le {{RSA}}, n° alloc [[N_ALLOCATAIRE:3390218]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Campement sous le viaduc de l'{{A86}}. Une femme, [[PERSONNE:Gabriela]], {{34 ans}}, donne le numéro de son fils à {{Bucarest}} pour qu'on le prévienne : [[TELEPHONE:+40 721 488 302]].",
    ),
    (
        "chrs",
        "controle_sur_place",
        "[[PERSONNE:Samir]] connaît tout le monde. « Lui c'est [[PERSONNE:Hassan]], ancien cuistot, il a perdu son boulot en {{2019}} ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Hôtel {{Ibis Budget}} {{Aubervilliers}}, chambre {{311}} : Mme [[PERSONNE:Camara]] + {{4 enfants}}. Dossier SIAO [[IDENTIFIANT:SIAO 93/2023/44581]]. « {{2 ans}} ici », dit-elle.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Le camion tombe en panne rue de {{Flandre}}. On finit à pied. {{Minuit}} passé.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Passage en logement diffus (appart du CHRS en ville) : [[ADRESSE:19 rue Paul Éluard, 93200 Saint-Denis]], {{2e}} gauche. Occupant : M. [[PERSONNE:Doumbia]]. Personne.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "M. [[PERSONNE:Rivière]], {{56 ans}}, dort dans sa {{Twingo}} (plaque [[IMMATRICULATION:DZ-310-AA]]). Il bosse chez {{Amazon}} à {{Sénart}}. Il refuse le 115.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "[[PERSONNE:Claire]] donne son numéro pro à un jeune : [[TELEPHONE:07 81 40 26 33]] — « appelle si tu veux qu'on fasse ta {{C2S}} ».",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Un jeune, [[PERSONNE:Ousmane]], dit avoir {{16 ans}}, né le [[DATE_NAISSANCE:4 avril 2008]] selon lui. Mineur non accompagné -> {{ASE}}. [[PERSONNE:Samir]] appelle la permanence.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Fin de la maraude {{2h10}}. Bilan : {{23}} rencontres, {{4}} orientations, {{0}} place.",
    ),
    (
        "chrs",
        "controle_sur_place",
        "Tente au bord du canal {{Saint-Martin}}. M. [[PERSONNE:Martin]] (oui, [[PERSONNE:Martin]] au canal Saint-Martin, il en rigole) est inscrit à {{France Travail}} : [[ID_FRANCE_TRAVAIL:4462 391 B]].",
    ),
]

# Emergency departments: reception / triage desk and the families' switchboard.
NOTES_URGENCES = [
    (
        "urgences",
        "accueil_physique",
        "Urgences d'{{Avicenne}}, {{14h}}. L'IOA, [[PERSONNE:Stéphanie]], trie : {{38}} patients en salle, attente annoncée {{5h}}.",
    ),
    (
        "urgences",
        "accueil_physique",
        "M. [[PERSONNE:Benchekroun]], douleur thoracique, passe devant tout le monde. Étiquette imprimée : IPP [[IDENTIFIANT:800451227]], séjour [[IDENTIFIANT:24118603]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Écran d'accueil : 'Temps d'attente moyen : {{4h12}}'. Un patient le prend en photo.",
    ),
    (
        "urgences",
        "accueil_physique",
        "L'agent des admissions, [[PERSONNE:Jonathan]], demande la carte vitale. La dame n'en a pas, elle donne son passeport : [[IDENTIFIANT:21FR83016]], et sa carte de mutuelle {{Malakoff Humanis}}, n° [[IDENTIFIANT:MH 77 208 415 3]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Patient à l'{{AME}} : attestation n° [[IDENTIFIANT:AME 93 24 0027815]]. [[PERSONNE:Jonathan]] : « c'est périmé de {{3 jours}} ». Soigné quand même, la facture partira à part.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Enfant de {{4 ans}}, [[PERSONNE:Lucas]], fièvre. La mère dicte sa date de naissance : « le [[DATE_NAISSANCE:vingt-deux juin deux mille vingt]] ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "Brancards dans le couloir : {{11}}. Un monsieur âgé dort sur l'un depuis la veille, dit l'aide-soignante.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Homme à la rue, [[PERSONNE:Rachid]], connu du service, « il vient tous les jeudis ». Dossier retrouvé avec le nom et l'année, né en [[DATE_NAISSANCE:70]] : IPP [[IDENTIFIANT:P 0019 4478]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Agression : la police amène M. [[PERSONNE:Da Silva]]. Le policier donne le numéro de procédure pour le certificat : [[IDENTIFIANT:2024/018744]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "Une jeune femme tend son téléphone : photo de sa carte de résident, n° [[IDENTIFIANT:9300 8714 52]], « j'ai pas l'original sur moi ». [[PERSONNE:Jonathan]] accepte.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Mme [[PERSONNE:Roux]], {{92 ans}}, chute, arrive de l'{{EHPAD Les Jardins de Cybèle}}. Fiche de liaison : née le [[DATE_NAISSANCE:03/03/1932]], mutuelle {{MGEN}} n° [[IDENTIFIANT:0412 88 301]].",
    ),
    (
        "urgences",
        "accueil_physique",
        "{{17h}}, changement d'équipe. Transmissions debout devant le tableau blanc. Une infirmière efface les noms quand je m'approche.",
    ),
    (
        "urgences",
        "accueil_physique",
        "Tableau blanc : box {{3}} [[PERSONNE:KONE]] / box {{5}} Mme [[PERSONNE:LY]] / box {{6}} ?? (inconnu, « le monsieur au bonnet »).",
    ),
    (
        "urgences",
        "accueil_physique",
        "[[PERSONNE:Stéphanie]] m'explique la cotation {{CIMU}} de {{1}} à {{5}}. Un monsieur coté 5 attend depuis {{6h}}, « c'est normal ».",
    ),
    (
        "urgences",
        "accueil_physique",
        "L'accompagnant laisse son numéro, [[TELEPHONE:07.66.02.19.85]], et l'adresse du patient, son père : [[ADRESSE:8 résidence du Parc, 91100 Corbeil-Essonnes]]. Le père, [[PERSONNE:Jean-Pierre Lacroix]], ne parle plus depuis ce matin.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Standard des urgences d'{{Henri-Mondor}}. [[PERSONNE:Murielle]] répond aux familles. « Je ne peux rien vous dire au téléphone, madame ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "« mon fils est chez vous, [[PERSONNE:Kylian Moreau]], né le [[DATE_NAISSANCE:9 janvier 2006]] ». [[PERSONNE:Murielle]] vérifie : oui, présent. Elle ne dit rien d'autre.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "{{9}} appels en {{20 min}}, tous pour « savoir s'il est là ». Une seule réponse possible : oui ou non.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un médecin de ville annonce une patiente : Mme [[PERSONNE:Cissé]], IPP déjà connu [[IDENTIFIANT:00 71 44 902]]. Il laisse son portable, [[TELEPHONE:06 84 22 17 53]], « demandez Dr [[PERSONNE:Lévy]] ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La mutuelle {{Alan}} appelle pour le numéro de séjour (prise en charge). [[PERSONNE:Murielle]] lit : « [[IDENTIFIANT:2 4 1 0 0 5 5 8 1]]… pardon, [[IDENTIFIANT:241005518]] ».",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Famille qui cherche sa grand-mère, Mme [[PERSONNE:Zerrouki]]. Pas chez nous. [[PERSONNE:Murielle]] donne le numéro d'{{Avicenne}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Le standard a {{4}} lignes. Quand elles sont toutes prises, un répondeur dit d'appeler le {{15}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Un homme en colère : sa femme attend depuis {{7h}}. Il donne son nom, [[PERSONNE:Saïd Amrani]], et menace d'appeler {{BFM}}.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Commissariat de {{Créteil}} : garde à vue, examen médical pour M. [[PERSONNE:Dubois]], procédure [[IDENTIFIANT:PV 2024/004471]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Une dame veut récupérer le sac de son mari décédé. [[PERSONNE:Murielle]] lui donne RDV au bureau des entrées. Elle demande où envoyer son RIB pour la provision à rembourser, elle le lit quand même : [[IBAN:FR76 1627 5004 0008 1023 3567 609]].",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Appel de l'{{EHPAD Korian Les Amandiers}} : résidente transférée, Mme [[PERSONNE:Fontaine]]. Au passage, la {{fontaine}} à eau du standard fuit.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Touriste anglaise : son mari, [[PERSONNE:Tom Fletcher]], passeport britannique [[IDENTIFIANT:533180472]]. [[PERSONNE:Murielle]] passe en anglais sans problème.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "Post-its sur l'écran : {{poste 42107}}, {{poste 42110}}, « SMUR », « bloc ». Rien d'autre.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "La fille d'un patient veut envoyer les ordonnances. [[PERSONNE:Murielle]] lui donne le mail du secrétariat, la fille laisse le sien : [[EMAIL:ines.boukhari@orange.fr]]. Et une voiture bloque l'entrée des ambulances : [[IMMATRICULATION:ab-482-gm]], annonce au micro.",
    ),
    (
        "urgences",
        "accueil_telephonique",
        "« c'est [[PERSONNE:Ginette]] de la pharmacie », erreur de dosage. [[PERSONNE:Murielle]] transfère au médecin de garde, Dr [[PERSONNE:Nakamura]].",
    ),
]

# France Travail: agency counter and the 3949 platform.
NOTES_FRANCE_TRAVAIL = [
    (
        "france_travail",
        "accueil_physique",
        "{{France Travail}} {{Aubervilliers}}, {{8h30}}. Accueil : [[PERSONNE:Olivier]] et une service civique, [[PERSONNE:Naomi]]. Première question à chacun : « vous avez votre identifiant ? »",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Identifiant donné par un monsieur : « [[ID_FRANCE_TRAVAIL:3098412]]… euh… [[ID_FRANCE_TRAVAIL:M]] comme {{Marcel}} ». [[PERSONNE:Naomi]] tape, ça marche.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Bornes : {{6}}, dont {{2}} en panne. Un service civique aide les gens à taper leur mot de passe, en le lisant tout haut. Confidentialité ?",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Okonkwo]] vient déclarer une reprise d'emploi chez {{Samsic}}. Identifiant [[ID_FRANCE_TRAVAIL:7745103K]]. Il veut aussi changer de RIB : [[IBAN:FR76 3006 6100 2100 0105 2843 338]]. [[PERSONNE:Olivier]] l'envoie à la borne.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Mme [[PERSONNE:Morel-Aubry]], {{66 ans}}, veut savoir pourquoi l'ARE s'arrête. Réponse : retraite à taux plein. NIR sur son courrier : [[NIR:2 58 03 95 018 240 66]], née à {{Argenteuil}}.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Enzo]], {{19 ans}}, vient pour le {{CEJ}}. Il donne son mail : [[EMAIL:enzo.lfc91@gmail.com]]. [[PERSONNE:Naomi]] : « lfc c'est en minuscule ? »",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Sur l'écran d'[[PERSONNE:Olivier]] : 'DE cat. A — [[PERSONNE:TRAN Van Duc]] — ID [[ID_FRANCE_TRAVAIL:2240 871 T]] — inscrit le {{03/01}}'.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Ambiance calme, musique d'ascenseur. Un {{olivier}} en plastique près de l'entrée, plein de poussière.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "M. [[PERSONNE:Mbemba]] veut changer de compte pour l'ARE. Nouveau RIB : [[IBAN:FR76 1820 6000 6065 0123 9874 457]]. « l'ancienne banque m'a fermé le compte ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Naomi]] aide une dame à retrouver son identifiant, elle a un vieux courrier {{Pôle emploi}} : « c'est [[ID_FRANCE_TRAVAIL:0612 458 R]] ». Toujours valable.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Demandeur d'asile avec autorisation de travail : récépissé [[IDENTIFIANT:9303 556 218]], mention « autorise son titulaire à travailler ». [[PERSONNE:Olivier]] vérifie deux fois.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Atelier CV : le modèle projeté est au nom de « [[PERSONNE:Marie Martin]] », mail [[EMAIL:marie.martin@exemple.fr]]. Trois personnes recopient le mail tel quel sur leur CV 🙃",
    ),
    (
        "france_travail",
        "accueil_physique",
        "- Vous êtes né quand ?\n- Le [[DATE_NAISSANCE:vingt-trois juillet quatre-vingt-dix]].\n- Et votre numéro de sécu ?\n- [[NIR:1 90 07 91 228 096 33]]\nIl connaît tout par cœur. Né à {{Évry}}, il y vit toujours.",
    ),
    (
        "france_travail",
        "accueil_physique",
        "Une dame a besoin de sa voiture pour un poste d'aide à domicile à {{Draveil}} : [[IMMATRICULATION:EM-611-FD]], « elle roule, mais l'assurance… ».",
    ),
    (
        "france_travail",
        "accueil_physique",
        "[[PERSONNE:Olivier]] : « les gens confondent le numéro France Travail et le numéro de sécu à longueur de journée ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Plateforme {{3949}}, [[PERSONNE:Valentin]] au casque. Appel 1 : monsieur dicte son identifiant en mots : « [[ID_FRANCE_TRAVAIL:quatre-vingt-un, quarante-deux, trois cent six, H]] ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Attente moyenne au 3949 ce matin : {{12 min}}. Supervision : {{62}} appels en file.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Mme [[PERSONNE:Gaspard]] dit que son conseiller, M. [[PERSONNE:Lebrun]], ne répond pas aux mails. Elle redonne le sien : [[EMAIL:gaspard.nadia93@outlook.fr]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Un monsieur veut ses attestations par courrier : [[ADRESSE:104 avenue Paul Vaillant-Couturier, 93120 La Courneuve]]. [[PERSONNE:Valentin]] : « vous les avez dans votre espace ». Il veut aussi vérifier le RIB : [[IBAN:FR76 3002 7175 2000 0206 1438 876]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une dame donne son identifiant, « [[ID_FRANCE_TRAVAIL:5502918P]] ou B, je sais plus ». [[PERSONNE:Valentin]] retrouve via le NIR : [[NIR:2 87 03 93 048 217 53]], née à {{Montreuil}}.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appel de la {{Boulangerie Ferreira}} à {{Vincennes}} : le patron, M. [[PERSONNE:Ferreira]], veut déposer une offre de vendeuse. {{SIRET}} de la boulangerie donné, [[PERSONNE:Valentin]] le colle dans le formulaire.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "{{11h30}}, la plateforme bascule en « appels prioritaires uniquement ». Pourquoi ? Personne ne sait.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "« [[PERSONNE:Mamadou Diallo]], identifiant [[ID_FRANCE_TRAVAIL:4018 273 N]], j'ai été radié ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Radiation pour absence à un RDV du {{12 mars}}. Le monsieur était hospitalisé, il lit son bulletin : séjour [[IDENTIFIANT:2403 118 267]], {{hôpital Robert-Ballanger}}. [[PERSONNE:Valentin]] annule la radiation.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Une appelante commence à lire son RIB, [[PERSONNE:Valentin]] l'arrête : « pas par téléphone, madame ». Trop tard : « [[IBAN:FR76 1450 5000 0108 0094 5127 330]] ».",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Conseillère de la {{Mission locale}} de {{Corbeil}} pour un jeune, [[PERSONNE:Théo Marchand]], identifiant [[ID_FRANCE_TRAVAIL:6620174D]]. Elle laisse son mail : [[EMAIL:s.haddou@ml-corbeil.org]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Script : « Avez-vous consulté votre espace personnel ? » Posée à chaque appel, même quand l'appelant dit qu'il n'a pas d'ordinateur.",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "M. [[PERSONNE:Sanchez]], intérimaire {{Adecco}} à {{Massy}}, {{151 h}} en mars, identifiant [[ID_FRANCE_TRAVAIL:8801432F]]. Il dicte son RIB par morceaux : banque [[IBAN:10096]], guichet [[IBAN:18090]], compte [[IBAN:00036672101]], clé [[IBAN:53]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Appelant malentendant, sa fille traduit. Tel de la fille : [[TELEPHONE:06 12 48 93 70]]. Le père : M. [[PERSONNE:Vo Thanh]]. Frontalier avant, voiture encore en plaque belge : [[IMMATRICULATION:1-KLM-482]].",
    ),
    (
        "france_travail",
        "accueil_telephonique",
        "Dame à l'{{AAH}} + ARE, dossier {{MDPH}} [[IDENTIFIANT:091-2021-030554]], n° Caf [[N_ALLOCATAIRE:2095 813]]. [[PERSONNE:Valentin]] passe {{14 min}} dessus.",
    ),
]

NOTES = NOTES_CAF + NOTES_CPAM + NOTES_CCAS + NOTES_CHRS + NOTES_URGENCES + NOTES_FRANCE_TRAVAIL

MARK_RE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)


def parse(marked):
    """Strip the marks of one note; return (text, entities, keep)."""
    parts, entities, keep = [], [], []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        plain = marked[pos : m.start()]
        parts.append(plain)
        length += len(plain)
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
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
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
    """Return (dev ids, holdout ids); depends only on the ids and their cells."""
    rng = random.Random(SEED)
    cells = {}
    for note in notes:
        cells.setdefault((note["site_kind"], note["channel"]), []).append(note["id"])
    dev, holdout, leftovers = set(), set(), []
    for cell in sorted(cells):
        ids = sorted(cells[cell])
        rng.shuffle(ids)
        half = len(ids) // 2
        dev.update(ids[:half])
        holdout.update(ids[half : 2 * half])
        leftovers.extend(ids[2 * half :])
    rng.shuffle(leftovers)
    half = len(leftovers) // 2
    dev.update(leftovers[:half])
    holdout.update(leftovers[half:])
    return dev, holdout


def write(path, notes):
    lines = [json.dumps(note, ensure_ascii=False) for note in sorted(notes, key=lambda n: n["id"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    notes = build()
    dev, holdout = split(notes)
    write(HERE / "dev.jsonl", [n for n in notes if n["id"] in dev])
    write(HERE / "holdout.jsonl", [n for n in notes if n["id"] in holdout])
    print(f"{len(notes)} notes: {len(dev)} dev, {len(holdout)} holdout")


if __name__ == "__main__":
    main()
