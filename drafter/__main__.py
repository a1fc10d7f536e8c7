"""`python -m drafter` runs the command line."""

from drafter.cli import run

if __name__ == "__main__":  # not when a batch worker process re-imports this module (Windows)
    run()
