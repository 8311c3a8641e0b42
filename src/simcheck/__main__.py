"""``python -m simcheck`` runs the command line."""

from simcheck.cli import main

main()
