"""The HTTP session every download uses: OS certificate store, proxies, a clear User-Agent.

Why truststore: corporate networks and many Chinese networks re-sign TLS with their own CA,
which lives in the operating system's store, not in certifi. Verification is never disabled.
"""

from __future__ import annotations

import ssl
from typing import Any

import requests
from requests.adapters import HTTPAdapter

from app import __version__
from app.fetch.guard import MAX_REDIRECTS, check_redirect
from app.fetch.mirrors import check_proxy


class _TrustStoreAdapter(HTTPAdapter):
    """An adapter whose TLS context verifies against the OS certificate store."""

    def __init__(self, ssl_context: ssl.SSLContext, **kwargs: Any) -> None:
        self._ssl_context = ssl_context
        super().__init__(**kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["ssl_context"] = self._ssl_context
        return super().init_poolmanager(*args, **kwargs)

    def proxy_manager_for(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["ssl_context"] = self._ssl_context
        return super().proxy_manager_for(*args, **kwargs)


class _Session(requests.Session):
    """Checks where each redirect leads before following it (guard.check_redirect)."""

    def get_redirect_target(self, resp: requests.Response) -> str | None:
        target = super().get_redirect_target(resp)
        if target:
            from urllib.parse import urljoin

            check_redirect(resp.url, urljoin(resp.url, target))
        return target


def os_trust_context() -> ssl.SSLContext:
    import truststore

    ctx = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    return ctx


def make_session(proxy: str | None = None) -> requests.Session:
    """A session that takes proxies from the environment (HTTP(S)_PROXY, NO_PROXY) unless
    `proxy` is given, which then wins for both http and https."""
    session = _Session()
    session.headers["User-Agent"] = f"ipex-aot-installer/{__version__}"
    adapter = _TrustStoreAdapter(os_trust_context(), pool_connections=4, pool_maxsize=4)
    session.mount("https://", adapter)
    session.trust_env = True  # environment proxies and NO_PROXY
    session.max_redirects = MAX_REDIRECTS
    if proxy:
        check_proxy(proxy)
        session.proxies = {"http": proxy, "https": proxy}
    return session
