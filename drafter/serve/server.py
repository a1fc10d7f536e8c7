"""Running the page: a threaded WSGI server on 127.0.0.1 only, on a free port or the one asked."""

from __future__ import annotations

import threading
import webbrowser
from collections.abc import Callable
from pathlib import Path
from typing import Any

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from drafter.errors import DrafterError
from drafter.serve import security
from drafter.serve.app import create_app

HOST = "127.0.0.1"


class _Quiet(WSGIRequestHandler):
    """No line per request on the writer's terminal (errors are still shown)."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass


class Running:
    """A server listening on the loopback address, with the address a writer opens."""

    def __init__(self, folder: Path, *, port: int = 0, libraries: tuple[Path, ...] = (),
                 token: str | None = None) -> None:
        if not folder.is_dir():
            raise DrafterError(f"{folder} 不是文件夹：drafter serve 要给一个放事实文件的文件夹。")
        self.token = token or security.new_token()
        try:
            self.server: BaseWSGIServer = make_server(HOST, port, _placeholder, threaded=True,
                                                       request_handler=_Quiet)
        except OSError as e:
            raise DrafterError(f"无法在 {HOST}:{port} 上启动（{e.strerror}）；换一个 --port，"
                               "或不写 --port 让 drafter 自己找空闲端口。") from None
        self.port = self.server.server_port
        self.app = create_app(folder, token=self.token, port=self.port, libraries=libraries)
        self.server.app = self.app  # type: ignore[attr-defined]
        self.app.config["WARM"]()
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The printed address: it carries this run's token."""
        return f"http://{HOST}:{self.port}/?token={self.token}"

    def serve_forever(self) -> None:
        self.server.serve_forever()

    def start(self) -> Running:
        """Serve in a background thread (tests)."""
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        if self._thread is not None:
            self._thread.join(5)


def _placeholder(environ: dict[str, Any], start: Callable[..., Any]) -> list[bytes]:
    start("503 Service Unavailable", [("Content-Type", "text/plain")])
    return [b""]


def serve(folder: Path, *, port: int = 0, libraries: tuple[Path, ...] = (), browser: bool = True,
          say: Callable[[str], None] = print) -> None:
    """Serve ``folder`` until Ctrl+C."""
    running = Running(folder, port=port, libraries=libraries)
    say(f"drafter 已在本机启动：{running.url}")
    say("请用浏览器打开上面的地址（地址里带有本次的口令）；按 Ctrl+C 停止。")
    if browser:
        threading.Thread(target=webbrowser.open, args=(running.url,), daemon=True).start()
    try:
        running.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        running.server.server_close()
    say("drafter serve 已停止。")
