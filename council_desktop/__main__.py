"""``python -m council_desktop``: the same as the ``council-desktop`` command."""

from council_desktop.cli import main

if __name__ == "__main__":
    main()
