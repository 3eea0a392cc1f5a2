import subprocess
import sys


def test_kokugai_command_runs_django_management_commands():
    out = subprocess.run(
        [sys.executable, "-m", "kokugai", "help"], capture_output=True, text=True, check=True
    )
    assert "migrate" in out.stdout
