"""Authoring script for the independent3 held-out corpus (150 notes, all held out).

Every note below was typed by hand, one situation each. Inline marks:
  [[CODE:value]]  an entity (CODE: see LABELS below), the value stays in the text;
  {{value}}       a string to keep (it stays in the text and goes to `keep`).
Running the script strips the marks, computes the offsets and writes holdout.jsonl next to it.

    python holdout_author.py && python check.py
"""

import json
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
MARK_RE = re.compile(r"\[\[([A-Z]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)

# Short names for the site kinds and channels.
CAF, CPAM, CCAS, URG, CHRS, FT = "caf", "cpam", "ccas", "urgences", "chrs", "france_travail"
PHY, TEL, CSP = "accueil_physique", "accueil_telephonique", "controle_sur_place"

NOTES = []


def N(site_kind, channel, marked):
    NOTES.append((site_kind, channel, marked))


def parse(marked):
    text, entities, keep, pos = [], [], [], 0
    length = 0
    for m in MARK_RE.finditer(marked):
        chunk = marked[pos : m.start()]
        text.append(chunk)
        length += len(chunk)
        if m.group(1):
            value = m.group(2)
            entities.append(
                {"start": length, "end": length + len(value), "label": LABELS[m.group(1)]}
            )
        else:
            value = m.group(3)
            if value not in keep:
                keep.append(value)
        text.append(value)
        length += len(value)
        pos = m.end()
    text.append(marked[pos:])
    plain = "".join(text)
    assert "[[" not in plain and "]]" not in plain and "{{" not in plain and "}}" not in plain, (
        plain
    )
    return plain, entities, keep


# ---------------------------------------------------------------------------------------------
# Notes 001-030
# ---------------------------------------------------------------------------------------------
N(
    CAF,
    PHY,
    "{{9h12}} ouverture, deja 23 personnes dehors sous la pluie. Agent [[P:Nadège]] au {{guichet 4}}. 1ere dame : [[P:Fatima Zahra Benkirane]], vient pour {{APL}} suspendue depuis {{mars}}, elle a un courrier illisible. n° alloc [[ALLOC:2318745]]. [[P:Nadège]] explique que c'est le contrôle de ressources trimestriel ({{DTR}}) pas rempli. Elle pleure un peu. Réglé en {{12 min}}.",
)
N(
    CAF,
    PHY,
    "Ticket {{A047}}, attente affichée {{35 min}}, réelle {{52 min}}. Borne tactile en panne depuis {{lundi}} dixit l'agent. Beaucoup de gens viennent juste pour imprimer une {{attestation de paiement}}. Agent dit que {{60 %}} des visites pourraient se faire sur {{caf.fr}} mais les gens n'ont pas d'imprimante. Pas de wifi public dans la salle.",
)
N(
    CPAM,
    TEL,
    "plateforme {{3646}} - double ecoute avec [[P:Yannick]]. appel 1 : monsieur [[P:Nguyen Van Thanh]] (épelle [[P:N-G-U-Y-E-N]]) veut sa {{carte Vitale}} perdue. NIR lu à voix haute : [[NIR:1 78 11 99 134 052 47]] (ne en {{Vietnam}} donc 99). [[P:Yannick]] le renvoie vers {{compte ameli}}, monsieur n'a pas d'adresse mail → commande papier, délai {{3 semaines}}.",
)
N(
    URG,
    PHY,
    "URGENCES CHU 14H30. 41 PATIENTS EN ATTENTE. IOA (INFIRMIERE ORGANISATION ACCUEIL) [[P:SANDRINE]] TRIE EN {{2 MIN}} CHACUN. UNE MAMAN AVEC BEBE FIEVRE 39.5 → {{TRI 3}}. UN MONSIEUR ALCOOLISE DORT SUR LES CHAISES DEPUIS {{6H}}. AUCUN BOX LIBRE. {{BRANCARDS}} DANS LE COULOIR : 9.",
)
N(
    CHRS,
    PHY,
    "Arrivée au {{CHRS}} à {{19h}}. Travailleur social [[P:Karim]] fait l'entrée d'une femme orientée par le {{115}} : [[P:Aminata Koné]], 2 enfants (4 et 7 ans). Pas de papiers sur elle, récépissé resté chez l'ex-conjoint. Ils remplissent la fiche {{SIAO}}, réf [[ID:SIAO-35-2026-04417]]. Chambre {{n°12}}, {{2 lits superposés}} + 1 lit bébé.",
)
N(
    FT,
    PHY,
    "Conseillère Mme [[P:Le Bihan]] (« appelez-moi [[P:Gwenola]] »). Rdv {{10h}} avec jeune {{22 ans}}, [[P:Ryan]], identifiant [[FT:3317452H]], sorti d'un {{CAP}} boulangerie. Ironie : il veut pas être boulanger, il veut être cariste. Elle lui propose un {{CACES}} financé via {{AIF}}. Il a pas le permis.",
)
N(
    CCAS,
    PHY,
    "ccas accueil — une dame âgée vient pour l'{{aide alimentaire}}, l'agent consulte son dossier : Mme [[P:Marseille Josiane]], habite [[ADR:14 bis rue des Tanneurs]], née le [[DN:2 février 1941]]. Elle a un fils à {{Marseille}} qui ne l'aide pas (drôle de coincidence dit l'agent). Bon de {{30 €}} pour l'{{épicerie sociale}}.",
)
N(
    CAF,
    CSP,
    "Contrôle sur place avec le contrôleur [[P:Thierry Roussel]]. Logement {{T2}} [[ADR:résidence Les Églantiers, bât C, esc. 2, 3e étage, 21 allée Jean Moulin, 44300 Nantes]]. Allocataire Mme [[P:Ilunga]], déclarée isolée. [[P:Thierry]] regarde la boîte aux lettres : deux noms. Brosse à dents x2, rasoir. Il ne dit rien sur place, rapport sous {{15 jours}}. Soupçon de vie maritale → rappel {{RSA}} possible.",
)
N(
    CPAM,
    PHY,
    "agent d'accueil cpam, guichet {{3}}.\n- 10h02 couple âgé, {{complémentaire santé solidaire}} (C2S), manque avis d'imposition\n- 10h15 étudiant erasmus, carte européenne ({{CEAM}})\n- 10h31 dame pour {{indemnités journalières}} pas versées depuis {{6 semaines}} — arrêt envoyé par l'employeur en retard\n- 10h40 personne qui veut juste une enveloppe T\nrien que des demandes que l'appli pourrait traiter mais personne ne s'en sert.",
)
N(
    FT,
    TEL,
    "Appel sortant de la conseillère : « bonjour monsieur [[P:Oliveira]], c'est [[P:Claire]] de {{France Travail}}, vous n'êtes pas venu à votre rdv du {{12}}… » Lui : il travaillait en intérim. Elle vérifie : identifiant [[FT:4 0 9 1 8 2 7 M]]. Elle lui demande de déclarer ses heures lors de l'{{actualisation}} avant le {{15}}. Il donne un nouveau tél : [[TEL:07.81.42.09.66]].",
)
N(
    URG,
    PHY,
    "Observation box 7. Patient arrivé par {{SAMU}}, chute dans escalier. Interne : Dr [[P:Haddad]]. Le patient ne connaît pas sa date de naissance, sa fille au tel dit « [[DN:le 30 avril 1952]] ». IPP créé : [[ID:80045129]]. Scanner dans {{3h}} minimum. On me dit que c'est un bon jour.",
)
N(
    CCAS,
    PHY,
    "Aucune donnée perso ici, juste les chiffres donnés par la directrice : {{1 340}} ménages suivis en {{2025}}, {{420}} demandes d'{{aide facultative}}, délai moyen de réponse {{8 jours}}, {{3 travailleurs sociaux}} pour {{18 000 habitants}}. Permanence {{mardi et jeudi 14h-17h}}. Le {{CCAS}} de {{Lorient}} a rejoint un {{CIAS}} l'an dernier.",
)
N(
    CHRS,
    TEL,
    "Soirée au {{115}} avec l'écoutante [[P:Maëlle]]. Appels non décrochés : {{214}} sur la soirée. Un monsieur rappelle pour la {{5e fois}} : « c'est [[P:Dragomir]], j'ai appelé tout à l'heure ». Il dort dans sa voiture, plaque [[IMMAT:B-KL 4471]], immatriculée en Allemagne. Pas de place, orientation vers le {{gymnase}} ouvert pour le {{plan grand froid}}.",
)
N(
    CAF,
    TEL,
    "tél caf, la téléconseillère lit l'écran à voix haute : « alors… NOM : [[P:DIALLO]] … PRENOM : [[P:MAMADOU LAMINE]] … date naiss : [[DN:1987-06-14]] … matricule [[ALLOC:0981123]] … situation : marié, 4 enfants » puis elle dit que la {{prime d'activité}} a été recalculée. Il comprend pas pourquoi elle baisse. {{Trimestre de référence}} expliqué 2 fois.",
)
N(
    FT,
    PHY,
    "Atelier collectif {{CV}} à {{14h}}, 8 inscrits 5 présents. Animatrice projette un exemple de cv. Une participante, [[P:Élodie]], demande si on doit mettre sa photo. Réponse : non obligatoire. Un monsieur, [[P:Serkan]], a 25 ans d'expérience en maçonnerie mais ne sait pas utiliser une souris. {{Carte de compétences}} faite à la main.",
)
N(
    URG,
    PHY,
    "les urgences pédiatriques : attente {{4h10}} pour les {{tri 4}}. Pas de jouets dans la salle (retirés depuis covid). Une aide-soignante distribue des {{compotes}}. Écran d'affichage : temps d'attente non mis à jour depuis ce matin. Personne ne le regarde.",
)
N(
    CPAM,
    PHY,
    "Dame turque avec sa fille qui traduit. Mme [[P:Yılmaz Hatice]], demande de {{pension d'invalidité}}. La fille donne le numéro de sécu : [[NIR:2.64.03.99.217.115.82]]. L'agent dit que le dossier est chez le {{médecin-conseil}}. La fille : « ça fait 5 mois ». Agent impuissant, fait une {{fiche de signalement}} interne.",
)
N(
    CCAS,
    CSP,
    "Visite à domicile avec l'assistante sociale [[P:Corinne]] pour évaluation {{APA}}. Monsieur [[P:Pierre Le Floch]], {{89 ans}}, vit seul au lieu-dit [[ADR:Kerhoant, 29260 Ploudaniel]]. Maison en {{pierre}}, chauffage au bois, il coupe encore lui-même. {{GIR 4}} estimé. Son voisin passe tous les jours, pas de téléassistance.",
)
N(
    CAF,
    PHY,
    "Gros malaise : à l'accueil un homme crie parce que ses {{APL}} sont versées au bailleur et il pensait les recevoir. L'agent [[P:Sébastien]] reste calme, baisse la voix. Vigile approche, pas besoin. {{tiers payant}} expliqué. Durée {{17 min}}. [[P:Sébastien]] me dit après : 3 incidents comme ça par semaine.",
)
N(
    FT,
    PHY,
    "Inscription d'un réfugié afghan. Conseiller [[P:Jérôme]] scanne la carte de résident : n° [[ID:7502348611]]. Le monsieur, [[P:Ahmad Zia]], ancien professeur de maths à Hérat. Proposition : {{cours de FLE}} + {{Contrat d'engagement}}. Mail créé sur place : [[MAIL:ahmadzia.rahimi2026@gmail.com]]. Ses enfants l'aideront pour l'{{espace personnel}}.",
)
N(
    CHRS,
    PHY,
    "Réunion d'équipe du matin, {{8h45}}. 52 places, 49 occupées. Débat sur le règlement : interdiction des animaux. Un résident, « [[P:Tonton]] », a un chien, refuse de venir sans lui. Éduc [[P:Lucas]] propose de demander une dérogation à la direction.",
)
N(
    URG,
    TEL,
    "régulation {{15}} — assistante de régulation médicale [[P:Nathalie]]. Appel : une femme pour son mari qui a mal à la poitrine. Adresse donnée très vite : [[ADR:3 impasse des Glycines, Saint-Jacques-de-la-Lande]]. [[P:Nathalie]] fait répéter 2 fois. {{SMUR}} envoyé en {{4 min}}. Le médecin régulateur décroche pendant ce temps.",
)
N(
    CAF,
    PHY,
    "Rdv {{RSA}} d'une jeune mère. Elle donne son numero d alloc en le lisant sur son tel : « [[ALLOC:5 6 0 3 2 1 8]] ». Agent [[P:Abdelkader]] vérifie, fait la demande de {{majoration isolement}}. Elle avait pas coché « isolée » sur {{caf.fr}}. Perte estimée : {{230 €}} par mois depuis 4 mois.",
)
N(
    FT,
    TEL,
    "Plateforme {{3949}}. Attente moyenne {{11 min}} aujourd'hui. Je compte : sur 20 appels, 14 sont des questions sur l'{{actualisation}}, 3 sur les paiements {{ARE}}, 2 sur les rdv, 1 insulte. Aucune donnée nominative prise pour ces échanges. Le superviseur parle d'un pic le {{28 du mois}}.",
)
N(
    CCAS,
    PHY,
    "Accueil mairie-CCAS guichet unique. Monsieur [[P:Blanche]] (oui c'est son nom) vient pour une {{domiciliation}}. Il demande aussi une couverture, « pas une {{blanche}}, ça se salit ». Il est à la rue depuis {{octobre}}. Adresse de domiciliation = celle du {{CCAS}}, {{place de la Mairie}}. L'agent lui remet l'{{attestation d'élection de domicile}}.",
)
N(
    CPAM,
    CSP,
    "Accompagnement de l'agent de la {{CPAM}} pour un contrôle d'arrêt de travail. Pas de réponse chez l'assuré Mr [[P:Gomes Ferreira]] au [[ADR:8 rue du Vieux Moulin, 37000 Tours]]. Voisine : « il est parti au {{Portugal}} voir sa mère ». Agent note l'absence, {{courrier de convocation}} envoyé. Sortie autorisée de {{9h à 11h}} et {{14h à 16h}}.",
)
N(
    URG,
    PHY,
    "Salle d'attente. Une personne âgée seule, la dame dit s'appeler « Mme [[P:Bouvier]] » sans prénom, venue d'un {{EHPAD}} sans son dossier. L'ambulancier repart sans transmettre la fiche de liaison. Infirmière appelle l'EHPAD, ça sonne dans le vide. {{45 min}} pour obtenir la liste des traitements.",
)
N(
    CHRS,
    PHY,
    "Entretien d'accueil en {{CHRS}} femmes. Éducatrice [[P:Ophélie]]. La résidente donne son numéro de titre de séjour pour la demande de {{RSA}} : AGDREF [[ID:9912345678]], elle le connaît par coeur. Elle s'appelle [[P:Mariam Said Abdallah]], comorienne, arrivée de {{Mayotte}} en 2024.",
)
N(
    CAF,
    PHY,
    "Observation salle d'attente {{Caf de Rennes}}, site {{Cleunay}}. Écrans qui tournent en boucle sur la {{prime de Noël}}. 3 agents d'accueil, 1 en pause. Un papi attend avec son ticket {{B112}} depuis {{1h05}}. Les toilettes publiques fermées « pour raisons de sécurité ».",
)
N(
    FT,
    CSP,
    "Pas vraiment un contrôle sur place, mais on est allés avec le conseiller entreprise chez un employeur : {{boulangerie du Marché}} à {{Vitré}}. Le patron s'appelle M. [[P:Boulanger]] (!!) et cherche un {{boulanger}} depuis 6 mois. {{POEI}} proposée. Offre publiée sur {{francetravail.fr}}, réf offre {{178YTPL}}.",
)

# ---------------------------------------------------------------------------------------------
# Notes 031-060
# ---------------------------------------------------------------------------------------------
N(
    CAF,
    PHY,
    "Copie du formulaire que l'agent remplit devant moi (changement de situation) :\nNom : [[P:N'DIAYE]]   Prénom : [[P:Aïssatou]]\nDate de naissance : [[DN:09/12/1990]]\nAdresse : [[ADR:27 avenue de Bretagne, appt 14, 35200 Rennes]]\nTél : [[TEL:06 58 21 47 93]]\nN° allocataire : [[ALLOC:3104662]]\nMotif : séparation → passage en {{ASF}} + {{APL}} à recalculer.\nL'agent dit que le formulaire papier sera ressaisi par le {{back office}} sous {{21 jours}}.",
)
N(
    FT,
    PHY,
    "slt ! rdv avec conseillère [[P:Rose]] ce matin 🌹 ironie : le jeune qu'elle reçoit bosse chez un fleuriste et ne vend que de la {{rose}} rouge pour la {{St Valentin}}. Il s'appelle [[P:Kévin Marie-Sainte]], martiniquais, {{CDD}} fini. Id FT [[FT:5120394B]]. {{ARE}} ouverte ? oui, {{57 €}}/jour.",
)
N(
    CPAM,
    TEL,
    "ecoute 3646. appel d une dame qui veut changer son rib pour les remboursements. conseiller lui fait dicter : « [[IBAN:F R 7 6, 1 0 2 7, 8 3 6 0, 0 0 0 1, 2 3 4 5, 6 7 8 9, 0 1 2]] » — resultat a l ecran [[IBAN:FR76 1027 8360 0001 2345 6789 012]]. conseiller dit que normalement on ne prend pas le rib par tel, il faut passer par {{ameli}}. il le fait quand meme ?? a demander.",
)
N(
    URG,
    PHY,
    "Vu en zone d'accueil 👀 : un jeune homme arrive avec la main en sang (verre cassé). La secrétaire lui demande sa carte vitale, il l'a pas. Elle tape le nom : « [[P:Wiśniewski]], [[P:Wiśniewski]]… comment ça s'écrit ? » Il épelle : [[P:W-I-S-N-I-E-W-S-K-I]]. Né le [[DN:17.03.2001]]. {{AME}} ? Non, il est européen, {{CEAM}} polonaise à la maison. Facture envoyée plus tard.",
)
N(
    CHRS,
    CSP,
    "Maraude de nuit avec l'{{équipe mobile}} du {{SIAO}}. 23h10 sous le pont de la {{gare}} : 4 personnes. Un homme qu'ils appellent « [[P:Petit Louis]] » refuse l'hébergement. Thé, soupe, sacs de couchage. Tout est noté dans le logiciel sans nom, juste « homme 50 ans env. ».",
)
N(
    CCAS,
    PHY,
    "Demande de {{secours d'urgence}} : Mme [[P:Marie-Hélène de Saint-Aubin]], ancienne cadre, surendettée. Facture EDF, réf client [[ID:6012 448 903]], {{1 180 €}} d'impayés. {{FSL énergie}} sollicité. Elle a honte, elle parle tout bas.",
)
N(
    CAF,
    TEL,
    "Téléconseillère [[P:Inès]] : un allocataire qui appelle pour la {{5e fois}} cette semaine. Elle lit la fiche : « dernière demande le 2 … rappel le 4… ». Il veut juste savoir quand son {{AAH}} sera versée. Date de versement : {{le 5}}. Elle me dit que la moitié des appels sont des questions de date de paiement.",
)
N(
    FT,
    PHY,
    "Dialogue noté tel quel :\n— Vous avez fait votre actualisation ?\n— Non, j'ai pas réussi, le site me dit mot de passe incorrect.\n— Votre identifiant c'est bien [[FT:2208113F]] ?\n— Je crois, c'est ma fille qui a tout fait.\n— Bon, on réinitialise. Vous avez un mail ?\n— [[MAIL:mcosta.lisboa (at) sapo.pt]], c'est un portugais.\nConseiller [[P:Hugo]] rit, l'aide. {{8 min}}.",
)
N(
    CPAM,
    PHY,
    "Agent cpam [[P:Sylvie]] reçoit un couple vietnamien. M. [[P:Trần]] et Mme [[P:Phạm Thị Lan]]. Demande {{C2S}}. Ils ont ramené tous les bulletins de salaire depuis {{2019}}, classés dans un classeur rose. [[P:Sylvie]] : « il m'en faut que 12 mois ». Dossier complet en {{20 min}}, ça va trop vite pour eux dit-elle.",
)
N(
    URG,
    PHY,
    "tout est saturé. Cadre de santé annonce {{plan blanc}} à {{16h}}. 12 patients en attente de lit d'hospitalisation, dont 5 depuis plus de {{24h}} sur brancard. Personne n'a le temps de me parler. Note pour moi : demander le taux d'occupation du {{SAU}}.",
)
N(
    CHRS,
    PHY,
    "résidente dit qu'elle s'appelle « [[P:pierrette]] » tout court, en minuscules sur sa fiche. Elle a {{63 ans}}, 20 ans de rue. Elle cache des cailloux dans ses poches, des petites {{pierres}} qu'elle ramasse au parc {{Oberthur}}. L'éduc dit qu'elle a peur qu'on la vole. Elle doit passer devant la {{commission MDPH}} pour l'{{AAH}}.",
)
N(
    CAF,
    PHY,
    "Accueil sur rdv uniquement le mercredi. Agent me montre le planning : {{24 créneaux}} de {{20 min}}, tous pris jusqu'à {{mi-janvier}}. Les gens sans rdv sont réorientés vers la {{borne}} ou le {{point numérique}} du {{France services}} de {{Maurepas}}. Pas de personne nommée aujourd'hui, je note juste le flux : 61 passages en {{3h}}.",
)
N(
    FT,
    TEL,
    "Appel entrant d'un employeur qui veut signaler qu'un candidat n'est pas venu. Il donne le nom du candidat, [[P:Bogdan Ionescu]], et le numéro de l'offre {{182KQRW}}. Conseillère note, mais précise qu'il n'y a pas de sanction automatique. L'employeur raccroche énervé. Son garage : {{Garage du Lac}} à {{Cesson}}.",
)
N(
    CCAS,
    CSP,
    "Visite à domicile pour un dossier d'{{aide ménagère}} : Monsieur [[P:Yves-Marie Le Goff]], appartement [[ADR:résidence Kerangoff, bâtiment B, porte 31, 29200 Brest]]. Sa fille ([[P:Soizic]]) est là. Elle donne son portable pour être contactée : [[TEL:zéro six, quarante-deux, dix-huit, soixante-sept, zéro trois]]. Évaluation {{GIR 3}}.",
)
N(
    URG,
    TEL,
    "Appel d'une pharmacie de garde aux urgences pour vérifier une ordonnance d'un patient sorti cette nuit : le patient [[P:Jules Antoine-Rosier]], ordonnance de {{morphine}}. L'interne confirme. La pharmacienne demande l'IPP : [[ID:2026-114587]], l'interne le lit sur l'écran.",
)
N(
    CPAM,
    PHY,
    "un monsieur comorien, m. [[P:Mohamed Soilihi]], veut faire rattacher ses 3 enfants à sa carte vitale. Les actes de naissance sont de {{Moroni}}, il faut une traduction ? Non, en français. L'agent scanne. NIR du monsieur à l'écran [[NIR:185 12 99 401 218 06]]. Délai : {{15 jours}}.",
)
N(
    CAF,
    CSP,
    "Contrôle : logement déclaré {{T3}} à [[ADR:12 lotissement Les Hortensias, 97139 Les Abymes]] (dossier d'un allocataire parti en métropole), contrôleuse [[P:Léa Jean-Baptiste]] travaille à distance avec la {{Caf de la Guadeloupe}}. Locataire actuel : pas l'allocataire ! Le bailleur ne savait pas. {{Indu}} d'{{APL}} : {{4 200 €}}.",
)
N(
    FT,
    PHY,
    "Chiffres de l'agence, notés pendant la pause : {{3 800}} demandeurs inscrits, {{42}} conseillers, portefeuille moyen {{190}} en suivi guidé, {{70}} en suivi intensif. {{Contrat d'engagement jeune}} : {{115}} en cours. {{15 heures d'activité}} hebdomadaires pour les allocataires du {{RSA}} depuis {{janvier 2025}}. Aucune info nominative.",
)
N(
    CHRS,
    TEL,
    "115 — appel d'une dame qui donne le nom de son fils à la rue : « il s'appelle [[P:Jean-Claude]] mais tout le monde l'appelle [[P:Jeannot]] ». Elle ne sait pas où il est. L'écoutante note dans le signalement : homme {{45 ans}}, vu à {{Villejean}}. L'{{équipe mobile}} passera. Pas de numéro de tel du fils.",
)
N(
    CCAS,
    PHY,
    "France services dans les locaux du CCAS : une dame vient pour la {{préfecture}} (renouvellement {{titre de séjour}}). Le conseiller [[P:Abdou]] l'aide sur l'{{ANEF}}. Numéro étranger à saisir : [[ID:1201948733]]. Le site plante au moment de payer le {{timbre fiscal}} de {{225 €}}. Deuxième essai ok. 40 min.",
)
N(
    URG,
    PHY,
    "3 pompiers arrivent avec une dame trouvée par terre chez elle : Mme [[P:Rousseau Odette]], {{92 ans}}. Le chef d'agrès lit sa fiche : « domicile [[ADR:5 chemin de la Croix Verte, 35510 Cesson-Sévigné]], née le [[DN:11/08/1934]] ». Elle répète qu'elle veut rentrer nourrir son chat.",
)
N(
    CAF,
    PHY,
    "j'ai vu un agent refuser poliment de donner le montant des aides d'un monsieur à sa sœur venue sans procuration. Secret pro. La sœur s'énerve. Agent calme : « revenez avec lui ou avec une {{procuration}} ». Aucun nom donné. {{RGPD}} en vrai, très concret.",
)
N(
    FT,
    PHY,
    "RDV diagnostic. Le conseiller demande « votre adresse a changé ? » → Le jeune, [[P:Dylan]] : « oui j'suis chez ma copine maintenant, [[ADR:4 rue Pierre Brossolette, 56100 Lorient]] ». Le conseiller corrige dans le dossier, {{5 min}}, puis {{offre raisonnable d'emploi}} rappelée.",
)
N(
    CPAM,
    TEL,
    "Appel à la plateforme PS (professionnels de santé) : un kiné demande où en est un remboursement de sa patiente, Mme [[P:Kowalczyk]]. Conseiller refuse d'en dire plus sans le NIR. Le kiné lit : « [[NIR:2 70 05 59 350 006 14]] ». Délai de traitement {{28 jours}} au lieu de {{7}}.",
)
N(
    CCAS,
    PHY,
    "📌 Permanence {{CCAS}} du {{jeudi}}\n📌 14 personnes reçues\n📌 {{9 bons alimentaires}}, {{3 aides au transport}} ({{carte KorriGo}} solidaire), {{2 orientations}} vers les {{Restos du Cœur}}\n📌 aucune donnée perso notée, l'agent me dit de ne rien écrire de nominatif 👍",
)
N(
    CHRS,
    PHY,
    "Repas du soir. Un résident, [[P:Vasile]], roumain, fait la cuisine pour tout le monde. L'éduc dit qu'il attend une place en {{pension de famille}}. Un autre, [[P:Momo]], joue aux dames avec moi. Perdu 3 fois.",
)
N(
    URG,
    PHY,
    "Box de pédiatrie, un petit garçon {{6 ans}} avec une perle dans le nez. Maman lui dit « [[P:Noé]], tu arrêtes de bouger ». Tout le monde rit quand l'interne sort la perle avec une pince. 12 minutes. Plus long : le papier de sortie.",
)
N(
    CAF,
    TEL,
    "Double écoute. Allocataire : M. [[P:Hamidou]]… l'écran affiche [[P:HAMIDOU Moussa]], alloc [[ALLOC:1920738]], il appelle de [[TEL:+33 7 69 12 55 04]]. Question : son fils de {{20 ans}} travaille, est-ce que ça change les {{APL}} ? Oui, au-delà de {{55 % du SMIC}}. Conseillère [[P:Aurore]] envoie un mail de synthèse.",
)
N(
    FT,
    PHY,
    "Le conseiller a un post-it sur l'écran avec des mots de passe, je le note comme point de vigilance, pas de nom. File d'attente à l'accueil : 9 personnes à {{13h35}}, ouverture {{13h30}}. Accueil sans rdv le matin seulement. {{Borne}} pour s'inscrire. 2 {{services civiques}} aident.",
)
N(
    CHRS,
    TEL,
    "sms de l'educ de nuit a la cheffe (elle me le montre) : « slt, [[P:Sofiane]] pas rentre, son snap c [[ID:sofiane.du.35]], il poste depuis une soiree a {{Cesson}} lol. jlui ai laisse 1 msg. ptetre a rayer de la liste si pas la demain {{10h}}. bisous » — la cheffe dit qu'on ne raye personne au bout d'une nuit, regle = {{72h}}.",
)

# ---------------------------------------------------------------------------------------------
# Notes 061-090
# ---------------------------------------------------------------------------------------------
N(
    CAF,
    PHY,
    "rdv 14h agt [[P:Florence]] ds bureau 2. alloc : jeune couple, lui [[P:Mehdi Ben Youssef]] elle [[P:Clara]]. pb : {{PAJE}} pas versee, bb né en aout. manque l'acte de naissance. [[P:Florence]] tlm gentille. [[P:Clara]] raconte leur voyage de noces à {{Florence}} en {{Italie}} 😂. regle en {{9 min}}, versement sous {{10 j}}.",
)
N(
    FT,
    TEL,
    "Appel d'un monsieur qui a perdu son identifiant. Conseillère lui demande son NIR pour le retrouver. Il dicte : « [[NIR:un, quatre-vingt-deux, zéro neuf, trente-cinq, deux cent trente-huit, zéro quarante et un, cinquante-trois]] ». Identifiant retrouvé : [[FT:6643021R]]. Il s'appelle [[P:Loïc Kerhervé]].",
)
N(
    CPAM,
    PHY,
    "Sans nom, juste le process : {{accueil sur rendez-vous}} depuis {{2023}}, {{borne multiservice}} pour l'attestation de droits, {{point d'accueil numérique}} avec 1 {{service civique}}. {{Délai moyen}} de rdv : {{6 jours}}. {{Taux de décroché}} du {{3646}} annoncé : {{87 %}}.",
)
N(
    URG,
    PHY,
    "Patient SDF connu du service, les soignants l'appellent « [[P:Gégé]] ». Il vient {{3 fois par semaine}}. Aujourd'hui : plaie infectée au pied. L'assistante sociale des urgences (Mme [[P:Traoré]]) essaie de lui trouver un lit {{LHSS}}. Pas de place avant {{lundi}}.",
)
N(
    CHRS,
    PHY,
    "Entretien d'accueil : jeune femme ukrainienne, [[P:Oksana Kovalenko]], avec {{protection temporaire}}. L'éduc photocopie son {{APS}} n° [[ID:UKR-0098134]] et son passeport [[ID:FX458812]]. Elle a travaillé comme comptable à {{Kharkiv}}. Cours de français au {{GRETA}} prévu.",
)
N(
    CCAS,
    PHY,
    "Accueil CCAS — dialogue :\n« Vous êtes Mme… ?\n— [[P:Lapierre]]. Comme la {{pierre}}, en un mot.\n— Prénom ?\n— [[P:Ginette]].\n— Vous venez pour ?\n— Le {{colis de Noël}} des aînés. »\nInscription sur liste, distribution le {{18 décembre}} à la {{salle des fêtes}}.",
)
N(
    FT,
    PHY,
    "CONSEILLER [[P:MOUSSA]] REÇOIT MME [[P:ÖZTÜRK]], {{48 ANS}}, EX-OUVRIÈRE CHEZ {{CITROËN}} À {{LA JANAIS}}. LICENCIEMENT ÉCONOMIQUE. {{CSP}} (CONTRAT DE SÉCURISATION PROFESSIONNELLE) PROPOSÉ. ELLE VEUT DEVENIR AIDE-SOIGNANTE. IDENTIFIANT [[FT:7731209 K]]. ENTRETIEN {{45 MIN}}.",
)
N(
    CAF,
    TEL,
    "Caf, plateforme tél. Attente max affichée au tableau : {{38 min}}. {{17 appels}} en file. Les téléconseillers ont {{4 min 30}} de temps moyen cible. Pause imposée toutes les {{90 min}}. Je n'ai rien noté de nominatif sur ce créneau.",
)
N(
    URG,
    PHY,
    "Accueil administratif : la secrétaire relance une famille pour la mutuelle. Carte mutuelle {{MGEN}} n° [[ID:0012 8875 441]], titulaire [[P:Stéphane Morvan]]. Patient = son fils [[P:Titouan]], né le [[DN:03/05/2014]], fracture du poignet au {{skate park}}.",
)
N(
    CHRS,
    TEL,
    "SIAO, ligne partenaires. Une assistante sociale d'hôpital appelle pour un patient sortant : « M. [[P:Abdoulaye Ouédraogo]], sortie prévue {{vendredi}}, pas de domicile ». Numéro de demande SIAO : [[ID:2026-0037788]]. Réponse : liste d'attente, {{83 demandes}} avant lui.",
)
N(
    CAF,
    PHY,
    "mr [[P:dasilva]] (ecrit en minuscules sur le ticket) vient pr l'{{ALS}}. demenagement. nouvelle adr : [[ADR:9 bis rue de la Gare, 22000 St-Brieuc]]. Proprietaire = sa tante, l'agent dit attention, {{lien de parenté}} ascendant = pas d'aide au logement. Il repart déçu.",
)
N(
    FT,
    PHY,
    "Comité de suivi des {{PMSMP}} (immersions en entreprise) : 14 conventions signées ce mois, 3 en {{EHPAD}}, 4 dans le {{BTP}}, 2 à la {{SNCF}}. Conseillère référente entreprise présente les chiffres. Objectif {{2026}} : {{250}}. Pas de nom cité.",
)
N(
    CPAM,
    TEL,
    "appel d'un assuré furieux, il s'appelle [[P:Jacques Fontaine]]. Il attend le remboursement de ses lunettes depuis 2 mois. Conseillère [[P:Hélène]] boit à la {{fontaine à eau}} entre deux appels, me dit « lui il appelle tous les jours ». Dossier {{100 % santé}}, pas de reste à charge normalement.",
)
N(
    CCAS,
    CSP,
    "Enquête logement insalubre avec l'agent du {{SCHS}} (hygiène) et la travailleuse sociale. Locataire : Mme [[P:Ahamada]], 4 enfants, moisissures partout. Bailleur privé, M. [[P:Grandin]], joignable au [[TEL:02 99 63 18 40]]. Logement : [[ADR:17 rue Saint-Hélier, 2e étage gauche, 35000 Rennes]]. {{Arrêté d'insalubrité}} probable. {{Relogement}} via le {{contingent préfectoral}}.",
)
N(
    URG,
    PHY,
    "{{Urgences}} {{Pontchaillou}}, {{19h}}. Relève médicale. Passage de témoin entre équipes en {{15 min}} pour {{37 patients}}. Ça va très vite. Le « tableau » de suivi est projeté. Je détourne les yeux des noms, je ne note rien. Impression : chacun connaît son secteur.",
)
N(
    FT,
    TEL,
    "Appel sortant : relance des inscrits qui n'ont pas actualisé. La conseillère appelle [[TEL:06-11-29-84-07]], répondeur : « Bonjour vous êtes bien chez [[P:Kader]] et [[P:Samia]], laissez un message ». Elle raccroche sans laisser de message (règle interne).",
)
N(
    CAF,
    CSP,
    "Contrôle {{RSA}}. Allocataire [[P:Cédric Le Gall]], déclare {{0 revenu}}. Le contrôleur trouve sur {{Leboncoin}} des annonces de vente de meubles : pseudo [[ID:@cedric_brocante56]]. « c'est juste pour vider le grenier ». Le contrôleur note, mais c'est pas de l'activité professionnelle a priori.",
)
N(
    CHRS,
    PHY,
    "Fin de journée au CHRS. Réunion des résidents ({{CVS}}). Sujets : horaires de la laverie ({{8h-20h}}), wifi trop lent, menu du {{vendredi}}. Présidente du CVS : une résidente qui parle fort, Mme [[P:B.]]. Tout le monde rit. Compte-rendu affiché dans le hall.",
)
N(
    CPAM,
    PHY,
    "Mission accompagnement santé ({{PFIDASS}}) : la conseillère aide une personne qui renonce aux soins dentaires. Devis de {{2 300 €}}. Aide possible : {{C2S}} + {{fonds d'action sanitaire et sociale}}. Pas de nom noté. La personne a {{58 ans}} et n'a pas vu de dentiste depuis {{12 ans}}.",
)
N(
    URG,
    TEL,
    "L'infirmière appelle la famille d'une patiente : « Bonjour, je suis bien chez Mme [[P:Olive]]… » la fille : « c'est sa fille [[P:Carla]] ». L'infirmière demande si sa mère prend des anticoagulants. Dans la salle de pause un pot d'{{olives}} sur la table, [[P:Carla]] rappelle en {{10 min}} avec la liste.",
)
N(
    CCAS,
    PHY,
    "Permanence logement. Monsieur [[P:Ilyès El Amrani]] vient car il a reçu un {{commandement de quitter les lieux}}. Dette : {{3 400 €}}. L'agent appelle l'huissier. Le dossier bailleur social porte la réf [[ID:LOC-558120]]. {{Commission de coordination des actions de prévention des expulsions}} ({{CCAPEX}}) saisie.",
)
N(
    FT,
    PHY,
    "Salle d'attente agence {{Rennes Bourg-l'Évêque}}. Affiche : « {{France Travail}} ne vous demandera jamais vos coordonnées bancaires par SMS ». 6 personnes. Ordinateurs en libre accès : 4, dont 1 hors service. Agent d'accueil fait tout debout.",
)
N(
    CAF,
    PHY,
    "Pour ma note : la dame reçue avant, [[P:Awa]], 3 enfants, ne parle que peu français, c'est l'agent [[P:Fatou]] qui traduit en {{wolof}}. Avec elle c'est plus rapide. Elle donne son n° alloc : [[ALLOC:4429171]], l'agent le relit chiffre par chiffre « [[ALLOC:quatre, quatre, deux, neuf, un, sept, un]] » et elle confirme.",
)
N(
    CHRS,
    CSP,
    "Visite de logement diffus (appartement relais) avec l'éduc [[P:Anthony]]. Logement : [[ADR:résidence Les Mouettes, bât. D, esc. 1, appt 112, 56000 Vannes]]. Résidents : une mère, [[P:Shqipe]], et sa fille. La mère montre la moisissure sous l'évier. Bon de travaux.",
)
N(
    URG,
    PHY,
    "Nuit. {{2h15}}. 17 personnes en salle. Un vigile, un interne, 2 IDE, 1 AS. Une patiente ivre insulte la secrétaire. Personne ne réagit, c'est normal ici. Premier patient vu par un médecin à {{2h40}} alors qu'arrivé à {{22h50}}. Je ne note aucune identité.",
)
N(
    CPAM,
    TEL,
    "Conseiller [[P:Bruno]] au {{3646}}, un appel d'un monsieur qui donne son adresse mail pour recevoir son attestation : « [[MAIL:jb point delaporte arobase orange point fr]] ». [[P:Bruno]] répète et tape [[MAIL:jb.delaporte@orange.fr]]. Attestation envoyée en {{30 secondes}}.",
)
N(
    CCAS,
    PHY,
    "Le {{CCAS}} de {{Saint-Malo}} n'a pas de guichet le {{lundi matin}}. Aujourd'hui l'agent fait le tri du courrier : {{54 demandes}} de {{RSA}} à instruire, {{12 domiciliations}} à renouveler. Le logiciel s'appelle « {{Millésime}} ». Aucun nom noté.",
)
N(
    FT,
    PHY,
    "Inscription : passeport roumain de [[P:Ionela Popescu]], n° [[ID:058213347]]. Conseiller dit que pour un ressortissant {{UE}} pas besoin de titre de séjour. Elle a travaillé en {{Espagne}} dans les fraises. {{Formulaire U1}} demandé pour les droits.",
)
N(
    CAF,
    TEL,
    "Mail lu à l'écran par la téléconseillère (courriel reçu) : « Bonjour je suis [[P:Rachida B.]], mon numero caf c [[ALLOC:2003418]], je n'ai pas reçu la {{prime de Noël}}. cordialement ». Réponse : versée le {{16 décembre}}. Pas encore.",
)
N(
    CCAS,
    PHY,
    "Madame [[P:Paris]] (si si) est venue avec son avocate, Me [[P:Queffélec]], pour contester un refus d'{{aide facultative}}. Elle habite {{Paris}}… non, elle habite à {{Betton}} mais elle est née à {{Paris}}. Le recours gracieux est reçu par la directrice. Versement des {{240 €}} pour les frais de cantine accordé sur place. Le RIB donné : [[IBAN:FR76 1558 9351 2200 0412 7788 265]].",
)

# ---------------------------------------------------------------------------------------------
# Notes 091-120
# ---------------------------------------------------------------------------------------------
N(
    CAF,
    CSP,
    "Long récit, je l'écris dans le train du retour. Le contrôleur, [[P:Patrice]], m'a emmené chez une allocataire de {{Fougères}} qui touche l'{{AAH}} et l'{{APL}}. Elle s'appelle [[P:Nadia Belkacem]], elle vit [[ADR:lieu-dit La Basse Lande, 35133 Lécousse]], dans une longère qu'elle loue à un agriculteur. Le dossier signalait une voiture immatriculée à son nom alors qu'elle déclare ne pas conduire : [[IMMAT:GH-512-KM]]. En fait c'est la voiture de son frère, [[P:Rachid]], qui l'emmène à ses rdv à l'hôpital. [[P:Patrice]] a vérifié la carte grise, le frère est cotitulaire. Rien à redire. Il m'a dit que {{80 %}} de ses contrôles ne donnent rien, et que ce n'est pas grave : « on est là pour que les droits soient justes, pas pour trouver des fraudeurs ». Durée totale : {{1h40}} avec la route.",
)
N(
    CPAM,
    PHY,
    "Mise à jour carte vitale à la borne : 4 personnes sur 6 n'y arrivent pas seules. L'agent passe son temps à aider à la borne. {{Appli carte Vitale}} : personne ne connaît. {{France Connect}} : 1 sur 6. Pas de données perso.",
)
N(
    FT,
    PHY,
    "rdv suivi : [[P:Thi Hoa Lê]] (Mme [[P:Lê]], {{41 ans}}) + son mari [[P:Minh]] qui attend dehors. Elle fait une formation {{auxiliaire de vie}} financée {{CPF}}. Problème : garde des enfants le mercredi. Conseillère cherche une {{aide à la garde d'enfants}} ({{AGEPI}}), elle y a droit. {{170 €}}.",
)
N(
    URG,
    PHY,
    "Un patient arrive en fauteuil, accompagné par un éducateur du {{foyer}} {{ESAT}}. Le patient ne parle pas, l'éducateur donne l'identité : [[P:Benjamin Coat]], né le [[DN:1996-10-22]]. Dossier MDPH n° [[ID:035-2019-08841]] pour le taux d'incapacité. Le médecin aimerait un accompagnant en permanence. L'éducateur doit repartir à {{17h}}.",
)
N(
    CHRS,
    PHY,
    "Petite scène : une résidente, [[P:Mireille]], offre à l'éducatrice une {{rose}} en papier qu'elle a pliée. L'éducatrice s'appelle [[P:Rose]] ! Elle a les larmes aux yeux. 12 ans que [[P:Mireille]] vit en structure.",
)
N(
    CCAS,
    TEL,
    "Ligne du {{CCAS}} (standard public, {{02 99 86 60 00}}). Appel : une dame veut s'inscrire au {{plan canicule}}… en décembre. L'agent lui explique que le registre est ouvert toute l'année et prend juste un rappel en {{juin}}. Elle donne son nom et son tél mais je ne les ai pas notés.",
)
N(
    CAF,
    PHY,
    "accueil. 11h. un gars en survet me montre fièrement son insta : « [[ID:@lamine.officiel_35]] » il fait du rap. il est venu pour la {{prime d'activité}} (il bosse en {{intérim}}). agent [[P:Vanessa]] le reçoit, 10 min. insta pas pertinent mais il voulait que je le note lol.",
)
N(
    FT,
    TEL,
    "{{3949}} — un appel en anglais d'un homme nigérian. Conseiller ne parle pas bien anglais, demande de rappeler avec un interprète. Pas d'identité prise. Le conseiller me dit qu'il n'y a pas de service d'{{interprétariat}} à la plateforme. {{ISM Interprétariat}} seulement en agence sur rdv.",
)
N(
    CPAM,
    TEL,
    "Échange avec une assurée au sujet de son arrêt maladie. Elle donne son identité : « [[P:Gwendoline Le Moal]], née le [[DN:vingt-huit janvier mille neuf cent quatre-vingt-cinq]] ». Son employeur, {{Lactalis}}, n'a pas envoyé l'{{attestation de salaire}}. Conseiller envoie une relance employeur. {{IJ}} en attente.",
)
N(
    URG,
    PHY,
    "{{Tri 1}} ! Arrêt cardiaque dans la salle d'attente. Tout le monde court, salle de déchocage. Je suis sorti. Après : l'IOA me dit que ça arrive 2 ou 3 fois par an en salle. Pas de nom, je ne veux pas savoir.",
)
N(
    CHRS,
    TEL,
    "Coordination 115 avec les hôtels. Une famille placée à l'hôtel {{Ibis Budget}} de {{Chantepie}} : famille [[P:Sow]], 5 personnes, chambre pour 3. Le gérant appelle pour se plaindre. Écoutant : « on a rien d'autre ce soir ». Coût hôtel {{68 €}} la nuit.",
)
N(
    CCAS,
    PHY,
    "Dossier d'{{aide sociale à l'hébergement}} ({{ASH}}) pour {{EHPAD}} : la fille de la résidente remplit avec l'agent. Mère : [[P:Simone Le Dantec]], née [[P:Guillou]], le [[DN:4 mars 1932]]. {{Obligation alimentaire}} des enfants : 3 enfants, dont un aux {{Antilles}}. Fille donne son mail : [[MAIL:anne.ledantec29[at]laposte[dot]net]].",
)
N(
    FT,
    CSP,
    "Visite en entreprise dans le cadre d'une {{PMSMP}}. Le stagiaire, [[P:Yacine]], est en {{immersion}} à la {{boulangerie Ange}} de {{Pacé}} (oui l'enseigne). Tuteur : M. [[P:Chauvin]]. Ça se passe très bien, {{promesse d'embauche}} en {{CDI}}.",
)
N(
    CAF,
    TEL,
    "pas de noms : explication au tél d'une {{régularisation}} de {{prime d'activité}}, {{indu}} de {{312 €}} retenu sur {{12 mois}}. la personne accepte un {{échéancier}} de {{26 €}}. 7 min.",
)
N(
    URG,
    PHY,
    "Patient étranger, passeport brésilien : [[P:Thiago Ribeiro da Silva]], passeport n° [[ID:FZ776612]]. Touriste, pas d'{{assurance voyage}}. Le bureau des entrées demande un paiement avant les examens ? Non : les urgences soignent, facture après. Coût estimé {{400 €}}. Il est venu en voiture de location, immat [[IMMAT:fp-223-ab]] notée pour le parking du {{CHU}}.",
)
N(
    CPAM,
    CSP,
    "Avec le délégué de l'{{Assurance Maladie}} ({{DAM}}) en visite chez un médecin généraliste (cabinet à {{Bruz}}). Sujet : prescription d'arrêts de travail. Le médecin est au-dessus de la moyenne régionale. Pas de nom de patient évoqué, le médecin lui-même = Dr [[P:Massé]]. Discussion tendue, {{MSO}} ({{mise sous objectif}}) évoquée.",
)
N(
    CHRS,
    PHY,
    "Entretien : jeune majeur sortant de l'{{ASE}}, [[P:Ibrahima Camara]], {{18 ans}} et 2 mois, {{contrat jeune majeur}} refusé par le département. Arrivé seul de {{Conakry}} à 15 ans. En {{CAP}} plomberie. L'éduc l'aide à faire sa demande de titre de séjour. Récépissé n° [[ID:3500123456789]].",
)
N(
    CCAS,
    PHY,
    "« {{Bonjour Madame}} » dit l'agent à chaque personne. J'ai compté : {{33 fois}} en 2h. Aucun nom noté. Demandes : {{aide alimentaire}} (12), {{domiciliation}} (9), info {{RSA}} (7), autres (5). {{Délai d'instruction}} des aides facultatives : commission tous les {{15 jours}}.",
)
N(
    FT,
    PHY,
    "Double rdv. D'abord [[P:Sandra Pereira]], identifiant [[FT:3080772 L]], qui cherche dans la vente. Puis son cousin [[P:Nuno]], même nom, identifiant [[FT:3080773M]] — le conseiller rigole, les deux identifiants se suivent. Ils sont venus ensemble en voiture, une 206 immat [[IMMAT:4471 TX 29]] (ancienne plaque !).",
)
N(
    URG,
    TEL,
    "Appel d'une maman paniquée au SAU pédiatrique : son bébé [[P:Lyam]] a {{40 de fièvre}}. L'infirmière lui demande de venir. « On habite [[ADR:2 place de la République, Montfort-sur-Meu]], c'est loin ». {{Conseils}} : paracétamol, déshabiller. Elle arrive dans {{40 min}}.",
)
N(
    CAF,
    PHY,
    "Ce qui m'a frappé : la file prioritaire ({{femmes enceintes}}, {{personnes handicapées}}) existe mais l'agent d'accueil n'a pas le temps de repérer les gens. Un monsieur en béquilles a attendu {{50 min}} debout. Pas de nom.",
)
N(
    CHRS,
    PHY,
    "Note rapide — [[P:Zohra]] (résidente) m'explique que son fils [[P:Anis]] a {{12 ans}} et va au collège {{Échange}} à {{Rennes}}, à {{45 min}} de bus du CHRS. Elle n'a pas de {{carte de transport}}. L'éduc fait une demande de {{tarification solidaire}}.",
)
N(
    CPAM,
    PHY,
    "Accueil cpam : une dame [[P:Marie-Josée]] se plaint qu'on lui a donné un {{médecin traitant}} qui part à la retraite. Pas de médecin dispo sur {{Vitré}}. L'agent la met sur la liste {{patients sans médecin traitant}}. Elle donne son tel : [[TEL:06.72.38.15.90]].",
)
N(
    FT,
    PHY,
    "Atelier {{Valoriser son image}}. 7 participants. Je ne note pas de noms. La conseillère demande à chacun de dire une qualité. « La patience », « le calme », « je suis à l'heure ». Un participant pleure. Beaucoup de bienveillance.",
)
N(
    CCAS,
    CSP,
    "Visite de l'{{épicerie sociale}} avec la responsable. {{180 familles}} inscrites. Approvisionnement par la {{Banque Alimentaire}}. {{10 %}} du prix. Pas de nom de bénéficiaire noté. Une bénévole, [[P:Jeannine]], 78 ans, tient la caisse depuis {{2009}}.",
)
N(
    CAF,
    TEL,
    "— Allô, c'est Mme [[P:Diop Fatou]], j'appelle pour la {{prime de naissance}}.\n— Votre numéro d'allocataire madame ?\n— [[ALLOC:7 38 19 02]].\n— Je vois, la naissance n'est pas encore déclarée par la {{CPAM}}.\n— Mais il est né il y a {{un mois}} !\nLa téléconseillère [[P:Julie]] explique qu'on ne peut pas verser avant. {{6 min}}.",
)
N(
    URG,
    PHY,
    "Le médecin urgentiste me dit qu'un patient sur 3 aurait pu aller chez un généraliste ou au {{SOS Médecins}}. Mais « le soir, à {{Rennes}}, y'a rien d'autre ». {{Maison médicale de garde}} ouverte seulement le week-end. Aucune identité.",
)
N(
    CHRS,
    CSP,
    "Visite d'un squat avec l'{{équipe mobile}}. 11 personnes, dont 2 enfants. Les travailleurs sociaux notent seulement les prénoms pour le SIAO : [[P:Ardit]], [[P:Besa]], [[P:Luan]]… Électricité bricolée. Le propriétaire ({{SNCF}}) a lancé une procédure d'expulsion.",
)
N(
    FT,
    TEL,
    "Appel d'un conseiller à un employeur de la {{restauration}} : « bonjour, je vous appelle pour Mme [[P:Goulven]] qui a postulé ». L'employeur : « ah oui, [[P:Katell]], elle vient demain ». [[P:Katell Goulven]] = candidate. Conseiller raccroche ravi.",
)
N(
    CPAM,
    TEL,
    "{{3646}}, échange en {{arabe}} (la conseillère parle arabe). Un monsieur veut savoir pourquoi il n'a pas la {{C2S}}. Dossier : ressources au-dessus du plafond de {{12 €}}. Aucun nom noté par moi.",
)

# ---------------------------------------------------------------------------------------------
# Notes 121-150
# ---------------------------------------------------------------------------------------------
N(
    CAF,
    PHY,
    "Allocataire agricole réorientée : elle est à la {{MSA}}, pas à la {{Caf}} ! N° MSA [[ALLOC:0 458 221]]. Mme [[P:Hoareau]] (l'agent écrit d'abord « [[P:Oaro]] » sur son post-it puis corrige en [[P:Hoareau]], nom réunionnais). Elle est venue de {{Montauban-de-Bretagne}} en bus pour rien. {{1h30}} aller.",
)
N(
    FT,
    PHY,
    "Séance d'information collective {{Contrat d'engagement jeune}}, {{9h30}}. 12 jeunes. L'animatrice présente : {{allocation}} jusqu'à {{528 €}}, {{15 à 20 heures}} d'activité par semaine. Questions sur le permis de conduire : {{aide au permis}} de {{500 €}}. Pas de nom.",
)
N(
    URG,
    PHY,
    "SMS que l'interne montre à sa collègue (je lis par-dessus) : « le patient du box 4 c'est [[P:Dimitri Petrov]], pas [[P:Petrof]], refais l'étiquette ». Erreur d'identité évitée. Les étiquettes mentionnent aussi la date de naissance : [[DN:01/04/1979]].",
)
N(
    CHRS,
    PHY,
    "L'éduc [[P:Yohann]] aide un résident à ouvrir un compte bancaire ({{droit au compte}}, {{Banque de France}}). Le résident, M. [[P:D'Almeida]], a un ancien compte au {{Portugal}} : [[IBAN:PT50 0035 0123 0004 5678 9101 2]]. La banque française demande un justificatif de domicile : attestation d'hébergement du CHRS.",
)
N(
    CCAS,
    PHY,
    "AIDE AU CHAUFFAGE. MONSIEUR [[P:JEAN-PIERRE LE CORRE]] {{72 ANS}}. FIOUL {{1 200 LITRES}} = {{1 450 €}}. PENSION {{980 €}}. AIDE DU CCAS : {{300 €}} + ORIENTATION {{CHÈQUE ÉNERGIE}}. IL REVIENDRA AVEC LA FACTURE.",
)
N(
    CPAM,
    TEL,
    "appel: une dame demande si sa mutuelle a bien reçu le flux {{NOEMIE}}. Sa mutuelle : {{Harmonie Mutuelle}}, n° adhérent [[ID:HM 77 410 592]]. Conseiller vérifie, télétransmission active. Elle s'appelle [[P:Nathalie]] dit-elle, rien de plus.",
)
N(
    FT,
    PHY,
    "Je note les chiffres du tableau de bord affiché au mur : {{taux de retour à l'emploi à 6 mois}} : {{48 %}}. {{Satisfaction}} : {{82 %}}. {{Délai d'inscription}} : {{J+3}}. Le directeur d'agence commente. Pas de personne nommée.",
)
N(
    URG,
    PHY,
    "La secrétaire relit l'identité au patient : « Alors monsieur [[P:KOUASSI Yao]] ? » — « Non, [[P:YAO]] c'est le nom, [[P:Kouassi]] le prénom. » Inversion nom/prénom très fréquente d'après elle, surtout avec les papiers ivoiriens. Correction en {{2 min}}, nouvelles étiquettes.",
)
N(
    CAF,
    CSP,
    "Contrôle ressources d'un travailleur indépendant {{micro-entrepreneur}}. Il fait du VTC. Contrôleuse [[P:Mélanie]] demande les relevés {{Uber}}. Il s'appelle [[P:Samir]], plaque de sa berline [[IMMAT:FR-887-LB]]. {{Chiffre d'affaires}} non déclaré sur {{2 trimestres}}. Rappel estimé {{1 900 €}} de {{prime d'activité}}.",
)
N(
    CHRS,
    TEL,
    "Standard du CHRS, {{21h}}. Un voisin appelle pour se plaindre du bruit. L'éduc de nuit répond poliment. Aucun nom. Ensuite un résident appelle de l'extérieur, il a raté le {{couvre-feu}} de {{23h}}. Dérogation accordée.",
)
N(
    CCAS,
    PHY,
    "Une dame vient pour le {{portage de repas}} de sa voisine, Mme [[P:Rosette Fournier]], {{91 ans}}, qui habite [[ADR:3 allée des Rosiers, 35740 Pacé]]. {{Tarif}} selon ressources : {{6,20 €}} le repas. L'agent demande l'accord de la personne elle-même, appelle son tél fixe [[TEL:02 99 60 47 12]].",
)
N(
    URG,
    PHY,
    "Urgences psy (CAP 48), aucune identité notée (sujet sensible). 6 patients, dont 2 mineurs en attente de lit en {{pédopsychiatrie}} depuis {{3 jours}}. Une infirmière : « on garde des ados ici parce qu'il n'y a rien ailleurs ». Effectif : {{1 psychiatre}} de garde pour tout le {{GHT}}.",
)
N(
    FT,
    TEL,
    "conseillere [[P:Bérénice]] appelle un demandeur pour une offre. Il ne décroche pas, elle envoie un SMS depuis l'outil. Le jeune rappelle : « c'est [[P:Enzo]], vous m'avez appelé ? ». Offre : {{préparateur de commandes}} chez {{Lidl}} à {{Liffré}}, {{CDD 3 mois}}.",
)
N(
    CPAM,
    PHY,
    "Aucune donnée perso : l'agent m'explique le {{reste à charge zéro}} ({{100 % santé}}) sur les lunettes, les prothèses dentaires, les audioprothèses. Les gens ne connaissent pas. Affiche dans la salle. {{Date limite}} : aucune.",
)
N(
    CAF,
    PHY,
    "Tension. Une femme vient avec son ex-mari, ils se disputent au guichet sur la résidence alternée. Elle : [[P:Priscilla Nicolas-Zénon]]. Lui : [[P:Rudy]]. Agent sépare les dossiers. {{Partage des allocations familiales}} possible en {{résidence alternée}}. {{25 min}}.",
)
N(
    CHRS,
    PHY,
    "À l'atelier cuisine, [[P:Laurent]] (animateur) et 4 résidents font une tarte. Un résident me dit s'appeler « [[P:Pierre]], comme la {{pierre}} de l'abbé », on ne comprend pas la blague. Il rit beaucoup.",
)
N(
    CCAS,
    TEL,
    "Le CCAS appelle un bailleur : « je vous appelle pour la famille [[P:Horváth]], au [[ADR:6 rue Jules Verne, appt 23, 35300 Fougères]] ». Dette : {{870 €}}. Le bailleur accepte un plan d'apurement. La travailleuse sociale [[P:Delphine]] raccroche soulagée.",
)
N(
    URG,
    PHY,
    "Brancardier me parle de son métier : {{12 km}} par jour à pied dans l'hôpital, {{podomètre}} à l'appui. Pas de patient nommé. Il attend un {{ascenseur}} pendant {{8 min}}. Il dit que le {{CHU}} est « un labyrinthe ».",
)
N(
    FT,
    PHY,
    "Conseillère [[P:Naïma]] + demandeur [[P:Killian Tanguy]], 26 ans, {{travailleur handicapé}} ({{RQTH}}). Orientation vers {{Cap emploi}}. Il donne son mail : [[MAIL:k.tanguy35 at hotmail dot fr]]. Il veut travailler dans les espaces verts, il parle 5 min de l'{{olivier}} qu'il aimerait planter chez lui.",
)
N(
    CPAM,
    PHY,
    "Un homme veut déclarer un accident du travail. Son employeur refuse. Agent explique la {{déclaration par la victime}} dans les {{2 ans}}. Identité du monsieur : [[P:Abdelhak Zerrouki]]. Numéro de sécu [[NIR:1 69 07 13 055 312 18]]. Il a le doigt écrasé.",
)
N(
    CAF,
    PHY,
    "Lu sur l'écran de l'agent (fiche) :\nNOM DE NAISSANCE : [[P:KEITA]]\nNOM D'USAGE : [[P:LE BRIS]]\nPRENOM : [[P:AWA]]\nNE(E) LE : [[DN:15081989]]\nADRESSE : [[ADR:11 RUE DE LA MOTTE BROONS 22250 BROONS]]\nENFANTS : 2\nPRESTATIONS : {{AF}} {{CF}} {{APL}}",
)
N(
    CHRS,
    PHY,
    "Pas de nom dans cette note. Au CHRS : {{52 places}}, {{14 salariés}}, budget {{1,2 M€}} ({{DDETS}}). Durée moyenne de séjour {{11 mois}}. Taux de sortie vers logement : {{38 %}}. Le directeur voudrait plus de {{logements d'insertion}}.",
)
N(
    URG,
    TEL,
    "Le {{15}} transfère un appel au SAU : une pharmacienne de {{Bréal}} signale une patiente diabétique en malaise dans l'officine. Identité : Mme [[P:Gaëlle Kergoat]], {{67 ans}}. {{SMUR}} déclenché. Pas d'autre info.",
)
N(
    CCAS,
    PHY,
    "Noël solidaire du CCAS 🎄 : {{spectacle}} pour {{350 enfants}} au {{Triangle}}, {{colis}} pour {{480 aînés}}. Les agents emballent pendant la pause. Aucune donnée perso. {{Père Noël}} = un agent en costume, ambiance top.",
)
N(
    FT,
    PHY,
    "Rendez-vous avec Mme [[P:Soares Maria do Carmo]]… l'écran affiche « [[P:SOARES DOS SANTOS]] », son nom complet. Elle a travaillé {{20 ans}} comme femme de ménage, jamais déclarée les 5 premières. {{Trimestres de retraite}} manquants. Orientée vers la {{Carsat}}.",
)
N(
    CPAM,
    TEL,
    "Pas de nom, appel court : le monsieur voulait le numéro de fax de la CPAM. Il n'y a plus de fax. Conseiller donne l'adresse postale de la caisse : {{CPAM d'Ille-et-Vilaine}}, {{35024 Rennes Cedex 9}}. Fin.",
)
N(
    CAF,
    PHY,
    "📋 bilan matinée accueil Caf {{Redon}} :\n- {{47 tickets}}\n- attente moy {{22 min}}\n- {{3 rdv}} non honorés\n- {{0 incident}}\n- l'agent le + rapide : {{6 min}} en moyenne par personne\nrien de nominatif",
)
N(
    CHRS,
    CSP,
    "Accompagnement en visite d'appartement ({{bail glissant}}) pour une famille du CHRS. M. et Mme [[P:Bangoura]] + 3 enfants. Appartement [[ADR:résidence Le Clos Fleuri, bâtiment A, 2e étage, 4 rue Émile Zola, 35700 Rennes]]. Loyer {{540 €}}, APL estimée {{390 €}}. La maman pleure de joie.",
)
N(
    URG,
    PHY,
    "17h. {{Heure de pointe}}. 58 passages depuis minuit. {{Durée moyenne de passage}} : {{6h20}}. Les {{UHCD}} sont pleines. {{Hôpital en tension}} déclaré à l'{{ARS}}. Aucun nom.",
)
N(
    FT,
    PHY,
    "Dernière note de la journée : conseiller [[P:Gaël]] me dit qu'il a {{210 dossiers}}. Il connaît par cœur les gens qu'il suit. Exemple : « Mme [[P:Sarr]], elle, je sais qu'elle n'ira jamais sur internet ». Il lui envoie ses offres par courrier.",
)


def main():
    here = Path(__file__).resolve().parent
    assert len(NOTES) == 150, len(NOTES)
    lines = []
    for number, (site_kind, channel, marked) in enumerate(NOTES, start=1):
        text, entities, keep = parse(marked)
        note = {
            "id": f"ind3-{number:03d}",
            "site_kind": site_kind,
            "channel": channel,
            "text": text,
            "entities": entities,
            "keep": keep,
        }
        lines.append(json.dumps(note, ensure_ascii=False))
    (here / "holdout.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} notes to holdout.jsonl")


if __name__ == "__main__":
    main()
