"""`python -m drafter` runs the command line."""

if __name__ == "__main__":  # not when a batch worker process re-imports this module (Windows)
    import gc

    gc.disable()  # while the modules load; drafter.cli.run turns it back on (see _collect_later)

from drafter.cli import run

if __name__ == "__main__":
    run()
