#!/usr/bin/env bash
port="${1:-8000}"
cat <<TXT

  Vivez ma vie d'usager — http://127.0.0.1:${port}/

  Comptes de démonstration (adresse e-mail / mot de passe) :
    organisatrice   organisateur@demo.vivez-ma-vie-usager.fr   demo-organisateur
    expert          expert@demo.vivez-ma-vie-usager.fr         demo-expert
    référente Caf   referent.caf@demo.vivez-ma-vie-usager.fr   demo-referent
    administrateur  admin@demo.vivez-ma-vie-usager.fr          demo-admin
  puis le code de double authentification affiché en bas de la page de connexion (démo).

  Participants, tuteurs et référents se connectent par un lien reçu par e-mail (en
  développement, les e-mails s'affichent ici, dans ce terminal) ; pour un lien tout de suite :
    make demo-link EMAIL=helene.marchand@demo.vivez-ma-vie-usager.fr   (une participante)
    make demo-link EMAIL=sandrine.lebihan@demo.vivez-ma-vie-usager.fr  (une tutrice de la Caf)

TXT
