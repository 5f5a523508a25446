"""Running ``facilitator`` as a user does, in a child process, for the command-line tests: never a traceback."""

import subprocess
import sys


def run_cli(*args, timeout: int = 300) -> subprocess.CompletedProcess:
    """``python -m facilitator ARGS`` with its output captured; fails the test if a traceback shows."""
    result = subprocess.run([sys.executable, "-m", "facilitator", *map(str, args)],
                            capture_output=True, text=True, timeout=timeout)
    assert "Traceback" not in result.stdout + result.stderr
    return result
