"""`python -m drafter` runs the command line."""

if __name__ == "__main__":  # not when a batch worker process re-imports this module (Windows)
    import gc

    gc.disable()  # while the modules load; the command turns it back on (drafter.command)

from drafter.launch import run

if __name__ == "__main__":
    run()
