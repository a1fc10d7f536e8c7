"""What keeps the page safe on a shared office machine.

- It listens on 127.0.0.1 only (``drafter serve`` binds nothing else).
- Every request must carry this run's token: the printed address holds it once, and the
  page keeps it in a same-site, HTTP-only cookie from then on.
- The Host header must be 127.0.0.1:PORT or localhost:PORT (a DNS-rebinding site's name
  is refused), and a request that changes anything must come from the page itself
  (Origin, or else Referer, of this server; a cross-site form or fetch is refused).
- Paths in requests are resolved and must stay inside the served folder (``..``,
  absolute paths and symlinks that lead out are refused).
"""

from __future__ import annotations

import hmac
import secrets
from pathlib import Path
from urllib.parse import urlsplit

COOKIE = "drafter_token"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


def new_token() -> str:
    """A fresh secret for one run of the server."""
    return secrets.token_urlsafe(24)


def hosts(port: int) -> set[str]:
    """The Host headers this server answers to."""
    return {f"127.0.0.1:{port}", f"localhost:{port}"}


def refusal(method: str, host: str, origin: str | None, referer: str | None, fetch_site: str | None,
            token: str, sent: str | None, port: int) -> str | None:
    """Why a request is refused (in Chinese), or None when it may go on."""
    allowed = hosts(port)
    if host not in allowed:
        return "只接受本机地址（127.0.0.1 或 localhost）的访问。"
    if method not in SAFE_METHODS:
        source = origin or (f"{urlsplit(referer).scheme}://{urlsplit(referer).netloc}"
                            if referer else None)
        if source is None or urlsplit(source).netloc not in allowed or \
                urlsplit(source).scheme != "http":
            return "拒绝来自其他网页的请求。"
        if fetch_site not in (None, "same-origin", "none"):
            return "拒绝来自其他网页的请求。"
    if not sent or not hmac.compare_digest(sent.encode(), token.encode()):
        return "请用 drafter serve 启动时打印的地址打开（地址里带有本次的口令）。"
    return None


def inside(root: Path, relative: str, suffixes: tuple[str, ...]) -> Path | None:
    """The file ``relative`` names in ``root``, or None when it would lead outside it
    (or has another suffix). The path is resolved, so symlinks count where they lead."""
    if not relative or "\x00" in relative:
        return None
    candidate = Path(relative)
    if candidate.is_absolute() or candidate.drive:
        return None
    base = root.resolve()
    target = (base / candidate).resolve()
    if not target.is_relative_to(base) or target == base:
        return None
    if target.suffix.lower() not in suffixes:
        return None
    return target
