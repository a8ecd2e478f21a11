"""Allow `python -m bot …`."""

import os
import sys

from bot.cli import main

if __name__ == "__main__":  # not when a worker process imports it
    try:
        status = main()
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader stopped reading (`… | head`): no traceback. Python's documented recipe:
        # point stdout at devnull so the flush at exit does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        status = 1
    raise SystemExit(status)
