#!/usr/bin/env bash
port="${1:-8000}"
cat <<TXT

  Vivez ma vie d'usager — http://127.0.0.1:${port}/

  Comptes de démonstration (adresse e-mail / mot de passe) :
    organisatrice   organisateur@demo.vivez-ma-vie-usager.fr   demo-organisateur
    expert          expert@demo.vivez-ma-vie-usager.fr         demo-expert
    référente Caf   referent.caf@demo.vivez-ma-vie-usager.fr   demo-referent
    administrateur  admin@demo.vivez-ma-vie-usager.fr          demo-admin

TXT
