"""The real server in a subprocess on a free loopback port, for end-to-end tests and the benchmark."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType


def free_port() -> int:
    """A TCP port that was free on 127.0.0.1 a moment ago."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class ServerProcess:
    """``python -m simcheck serve`` on 127.0.0.1 and a free port, until the ``with`` block ends.

    The server's ``SIMCHECK_*`` settings come only from ``env`` (the caller's are dropped), and its
    output (the server's and its workers') goes to a file, readable with :meth:`output`.

    Example:
        >>> with ServerProcess({"SIMCHECK_WORKERS": "2"}) as server:  # doctest: +SKIP
        ...     urllib.request.urlopen(server.url + "/healthz").read()

    Args:
        env: ``SIMCHECK_*`` variables for the server.
        startup_timeout: Seconds to wait for ``/healthz``.
    """

    def __init__(self, env: Mapping[str, str] | None = None, *, startup_timeout: float = 90.0) -> None:
        self.env = dict(env or {})
        self.startup_timeout = startup_timeout
        self.port = 0
        self.url = ""
        self._process: subprocess.Popen[bytes] | None = None
        self._log = tempfile.NamedTemporaryFile(prefix="simcheck-server-", suffix=".log", delete=False)  # noqa: SIM115

    @property
    def pid(self) -> int:
        """The server's process id."""
        assert self._process is not None, "not started"
        return self._process.pid

    def output(self) -> str:
        """Everything the server and its workers printed so far."""
        return Path(self._log.name).read_text("utf-8", errors="replace")

    def __enter__(self) -> ServerProcess:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {k: v for k, v in os.environ.items() if not k.startswith("SIMCHECK_")} | self.env
        command = [sys.executable, "-m", "simcheck", "serve", "--host", "127.0.0.1", "--port", str(self.port)]
        self._process = subprocess.Popen(command, stdout=self._log, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"the server exited with {self._process.returncode}:\n{self.output()[-3000:]}")
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=2) as response:
                    if response.status == 200:
                        return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"the server did not start in {self.startup_timeout} s:\n{self.output()[-3000:]}")

    def stop(self) -> int | None:
        """Stop the server as Ctrl-C would (it shuts its workers down); kill it after 30 s."""
        if self._process is None or self._process.poll() is not None:
            return None if self._process is None else self._process.returncode
        self._process.send_signal(signal.SIGINT)
        try:
            return self._process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._process.kill()
            return self._process.wait()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
        self._log.close()
        Path(self._log.name).unlink(missing_ok=True)
