"""A loopback HTTP server that looks like the places the installer downloads from.

Layouts served (all on http://127.0.0.1:<port>):
  Intel's index     /release-whl/stable/<platform>/<region>/<project>/   (links relative, #sha256=)
  PyTorch's index   /whl/xpu/<project>/   (links absolute, to /whl/<file>, like download-r2)
  PyPI-like index   /simple/<project>/    (files under /packages/<file>)
  GitHub releases   /<owner>/<repo>/releases/download/<tag>/<file>
  GitHub REST API   /repos/<owner>/<repo>/releases[/tags/<tag>]   (as api.github.com answers;
                    `hide_from_list` keeps a release out of the list, as an old one beyond its first page)
  Index pages are PEP 503 HTML; under a prefix given to serve_json() they answer PEP 691 JSON
  to a client that asks for it (Accept), as PyPI does. add_document() serves any bytes as is.
  Each wheel's METADATA is served beside it (<file>.metadata); with `serve_metadata = True`
  the pages say so (PEP 714 data-core-metadata / "core-metadata"), as PyPI's do.
  Generated blobs   any path given to add_generated(): bytes made on the fly, never stored

Every file answers Range requests (206), suffix ranges (`bytes=-N`) included. Faults are
set per file path with `fault(...)`:
drop the connection at byte offsets, answer 500s before succeeding, serve wrong bytes,
serve slowly, ignore Range (all for GET: a HEAD meets only head_status and head_length, a
server without HEAD or one that lies about the size); and the hostile ones: stream forever (no Content-Length), drip
one byte at a time, accept and never answer, redirect (to itself: a loop; or to another
server). `stats(path)` tells what was served to GET (requests, bytes, ranges, Authorization).
`requests` lists every request (method, path) in order. `require_auth(user, password)` makes
every path answer 401 without those basic-auth credentials.
Only ever binds 127.0.0.1.
"""

from __future__ import annotations

import hashlib
import random
import socket
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from packaging.utils import canonicalize_name, parse_wheel_filename

BLOCK = 1 << 20


class Generated:
    """Deterministic bytes of any size without storing them: a 1 MiB random block, each
    repetition xor-ed with its index so no two MiB are alike."""

    def __init__(self, size: int, seed: int = 0):
        self.size = size
        self._block = random.Random(seed).randbytes(BLOCK)

    def read(self, offset: int, n: int) -> bytes:
        n = min(n, self.size - offset)
        out = bytearray()
        while n > 0:
            index, within = divmod(offset, BLOCK)
            take = min(n, BLOCK - within)
            chunk = self._block[within:within + take]
            if within == 0:  # the first byte of each MiB carries its index, so no two MiB are alike
                chunk = bytes([chunk[0] ^ (index & 0xFF)]) + chunk[1:]
            out += chunk
            offset += take
            n -= take
        return bytes(out)

    def sha256(self) -> str:
        h = hashlib.sha256()
        for off in range(0, self.size, BLOCK):
            h.update(self.read(off, BLOCK))
        return h.hexdigest()


class Stored:
    def __init__(self, data: bytes):
        self.data = data
        self.size = len(data)

    def read(self, offset: int, n: int) -> bytes:
        return self.data[offset:offset + n]


@dataclass
class Fault:
    drop_at: list[int] = field(default_factory=list)  # per request, in order: close after this byte offset
    statuses: list[int] = field(default_factory=list)  # per request, in order: answer this status instead
    corrupt: bool = False  # flip one byte in the middle
    rate: float | None = None  # bytes per second
    ignore_range: bool = False
    forever: bool = False  # 200 without Content-Length, then bytes until the client hangs up
    drip: float | None = None  # one byte every this many seconds (the headers are honest)
    silent: bool = False  # read the request, never answer
    redirect: str | None = None  # answer 302 to this URL (the same path: a redirect loop)
    # The faults above are the download's (GET); a HEAD request meets only these two:
    head_status: int | None = None  # answer HEAD with this status (405: a server without HEAD)
    head_length: str | None = None  # the Content-Length a HEAD answer claims (a lie, or no number)


@dataclass
class Stats:
    requests: int = 0
    bytes_sent: int = 0
    ranges: list[str] = field(default_factory=list)
    authorization: list[str | None] = field(default_factory=list)  # per request, as received


class _HTTPServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        """A client that hangs up (a reader that stopped early, a refused download) is normal here."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class MirrorServer:
    def __init__(self, tls=None):
        self._tls = tls  # an ssl.SSLContext with the server's certificate: serve https
        self._blobs: dict[str, Stored | Generated] = {}
        self._pages: dict[str, list[tuple[str, str]]] = {}  # page path -> [(href, text)]
        self._faults: dict[str, Fault] = {}
        self._stats: dict[str, Stats] = {}
        self.requests: list[tuple[str, str]] = []  # (method, path) of every request, in order
        self._auth: str | None = None  # the Authorization header every request must carry
        self._json_prefixes: list[str] = []  # page paths that answer PEP 691 JSON when asked
        self._documents: dict[str, tuple[bytes, str]] = {}  # path -> (body, content type), served as is
        self.sizes: dict[str, int] = {}  # published file name -> bytes (a JSON page's PEP 700 "size")
        self.metadata: dict[str, str] = {}  # published wheel name -> sha256 of its METADATA (PEP 658)
        self.serve_metadata = False  # pages declare each wheel's METADATA file (PEP 714), as PyPI does
        self.releases: dict[tuple[str, str], dict[str, dict[str, tuple[int, str]]]] = {}  # GitHub assets
        self.hide_from_list: set[str] = set()  # release tags the list leaves out (found by tag only)
        self.refused_auth = 0  # requests answered 401
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.stopping = threading.Event()  # ends the endless faults' loops

    # ---- life cycle -------------------------------------------------------------------
    def start(self) -> MirrorServer:
        handler = _make_handler(self)
        self._httpd = _HTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        if self._tls is not None:
            self._httpd.socket = self._tls.wrap_socket(self._httpd.socket, server_side=True)
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        if self._httpd:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"{'https' if self._tls else 'http'}://{host}:{port}"

    # ---- content ----------------------------------------------------------------------
    def intel_index(self, platform: str = "xpu", region: str = "us") -> str:
        return f"{self.url}/release-whl/stable/{platform}/{region}/"

    def pytorch_index(self) -> str:
        return f"{self.url}/whl/xpu"

    def pypi_index(self) -> str:
        return f"{self.url}/simple"

    def add_file(self, path: str, data: bytes) -> str:
        self._blobs[path] = Stored(data)
        return self.url + quote(path)

    def serve_json(self, prefix: str) -> None:
        """Pages under `prefix` (e.g. "/simple/") answer PEP 691 JSON to clients that ask for it."""
        self._json_prefixes.append(prefix)

    def add_document(self, path: str, body: bytes, content_type: str) -> str:
        """Serve `body` at `path` as it is (a recorded page, a hostile one); wins over every layout."""
        self._documents[path] = (body, content_type)
        return self.url + quote(path)

    def add_generated(self, path: str, size: int, seed: int = 0) -> Generated:
        blob = Generated(size, seed)
        self._blobs[path] = blob
        return blob

    def publish(self, wheel: Path, where: str) -> str:
        """Put a wheel on an index. where: "intel:<platform>/<region>", "pytorch", "pypi" or
        "github:<owner>/<repo>/<tag>". Returns the file's URL with #sha256=. Publishing a file
        of the same name again replaces it (content and hash)."""
        return self.publish_bytes(wheel.name, wheel.read_bytes(), where)

    def publish_bytes(self, name: str, data: bytes, where: str) -> str:
        """publish() for a file given by name and content (a stand-in under a real file name)."""
        digest = hashlib.sha256(data).hexdigest()
        project = canonicalize_name(parse_wheel_filename(name)[0])
        self.sizes[name] = len(data)
        if where.startswith("intel:"):
            page = f"/release-whl/stable/{where[6:]}/{project}/"
            file_path = page + name
            href = quote(name) + f"#sha256={digest}"
        elif where == "pytorch":
            page = f"/whl/xpu/{project}/"
            file_path = f"/whl/{name}"
            href = None  # absolute, filled below
        elif where == "pypi":
            page = f"/simple/{project}/"
            file_path = f"/packages/{name}"
            href = quote(file_path) + f"#sha256={digest}"
        elif where.startswith("github:"):
            owner_repo_tag = where[7:]
            owner, repo, tag = owner_repo_tag.split("/", 2)
            file_path = f"/{owner}/{repo}/releases/download/{tag}/{name}"
            self._blobs[file_path] = Stored(data)
            self.releases.setdefault((owner, repo), {}).setdefault(tag, {})[name] = (len(data), digest)
            return self.url + quote(file_path) + f"#sha256={digest}"
        else:
            raise ValueError(where)
        self._blobs[file_path] = Stored(data)
        metadata = _wheel_metadata(data)
        if metadata is not None:  # served beside the wheel; pages name it when serve_metadata is on
            self._blobs[file_path + ".metadata"] = Stored(metadata)
            self.metadata[name] = hashlib.sha256(metadata).hexdigest()
        if href is None:
            href = self.url + quote(file_path) + f"#sha256={digest}"
        links = [link for link in self._pages.get(page, []) if link[1] != name]  # publishing again replaces
        self._pages[page] = [*links, (href, name)]
        return self.url + quote(file_path) + f"#sha256={digest}"

    # ---- faults and figures -----------------------------------------------------------
    def fault(self, path: str, **kwargs) -> Fault:
        f = Fault(**kwargs)
        self._faults[path] = f
        return f

    def require_auth(self, user: str, password: str) -> None:
        """From now on every request needs HTTP basic auth with these credentials (401 otherwise),
        like a private company index."""
        import base64

        self._auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()

    def clear_faults(self) -> None:
        self._faults.clear()

    def stats(self, path: str) -> Stats:
        with self._lock:
            return self._stats.setdefault(path, Stats())

    def _count(self, path: str, sent: int = 0, rng: str | None = None, request: bool = False,
               auth: str | None = None) -> None:
        with self._lock:
            s = self._stats.setdefault(path, Stats())
            s.bytes_sent += sent
            if request:
                s.requests += 1
                s.authorization.append(auth)
                if rng:
                    s.ranges.append(rng)


def _make_handler(server: MirrorServer):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):  # quiet: tests read stats instead
            pass

        def do_HEAD(self):
            self._serve(head=True)

        def do_GET(self):
            self._serve(head=False)

        def _serve(self, head: bool):
            path = unquote(urlsplit(self.path).path)
            with server._lock:
                server.requests.append((self.command, path))
            if server._auth is not None and self.headers.get("Authorization") != server._auth:
                with server._lock:
                    server.refused_auth += 1
                self.send_response(401)
                self.send_header("WWW-Authenticate", 'Basic realm="mirror"')
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            rng = self.headers.get("Range")
            if not head:  # stats count the downloads; `requests` lists HEADs too
                server._count(path, rng=rng, request=True, auth=self.headers.get("Authorization"))
            fault = server._faults.get(path)
            if head and fault:
                if fault.head_status:
                    return self._small(fault.head_status, b"", "text/plain")
                if fault.head_length is not None:
                    return self._head_claiming(fault.head_length)
                fault = None  # the download's faults are for GET
            if fault and (fault.forever or fault.silent or fault.redirect):
                return self._hostile(path, fault)
            if fault and fault.statuses:
                status = fault.statuses.pop(0)
                return self._small(status, b"injected failure\n", "text/plain")
            if path in server._documents:
                body, ctype = server._documents[path]
                return self._small(200, body, ctype)
            if path.startswith("/repos/") and (path.endswith("/releases") or "/releases/tags/" in path):
                from mirror.github_api import release_json, releases_json

                owner, repo = path.split("/")[2:4]
                tag = path.split("/releases/tags/", 1)[1] if "/releases/tags/" in path else None
                known = server.releases.get((owner, repo), {})
                if (owner, repo) not in server.releases or (tag is not None and tag not in known):
                    return self._small(404, b'{"message": "Not Found", "status": "404"}', "application/json")
                listed = {t: a for t, a in known.items() if t not in server.hide_from_list}
                body = releases_json(owner, repo, listed) if tag is None else release_json(owner, repo, known, tag)
                return self._small(200, body, "application/json; charset=utf-8")
            if path in server._pages or (path + "/") in server._pages:
                page = server._pages.get(path) or server._pages[path + "/"]
                accept = self.headers.get("Accept", "")
                if "application/vnd.pypi.simple.v1+json" in accept and any(
                        path.startswith(p) for p in server._json_prefixes):
                    from mirror.pep691 import page_json

                    return self._small(200, page_json(path, page, server.sizes,
                                                      server.metadata if server.serve_metadata else None),
                                       "application/vnd.pypi.simple.v1+json")
                declared = server.metadata if server.serve_metadata else {}
                links = "".join(f'<a href="{href}"'
                                + (f' data-core-metadata="sha256={declared[text]}"' if text in declared else "")
                                + f'>{text}</a><br/>\n' for href, text in page)
                body = f"<!DOCTYPE html><html><body>\n{links}</body></html>\n".encode()
                return self._small(200, body, "text/html")
            blob = server._blobs.get(path)
            if blob is None:
                return self._small(404, b"not found\n", "text/plain")
            start, end = 0, blob.size - 1
            status = 200
            if rng and not (fault and fault.ignore_range):
                try:
                    first, last = rng.split("=", 1)[1].split("-", 1)
                    if first:
                        start = int(first)
                        end = min(int(last), blob.size - 1) if last else blob.size - 1
                    else:  # a suffix: the last N bytes (RFC 9110 14.1.1), as a zip reader asks for
                        start, end = max(blob.size - int(last), 0), blob.size - 1
                except (IndexError, ValueError):
                    return self._small(400, b"bad range\n", "text/plain")
                if start >= blob.size or end < start:
                    self.send_response(416)
                    self.send_header("Content-Range", f"bytes */{blob.size}")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                status = 206
            self.send_response(status)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(end - start + 1))
            self.send_header("Accept-Ranges", "bytes")
            self.send_header("ETag", f'"{blob.size}-{id(blob)}"')
            if status == 206:
                self.send_header("Content-Range", f"bytes {start}-{end}/{blob.size}")
            self.end_headers()
            if head:
                return
            drop = fault.drop_at.pop(0) if fault and fault.drop_at else None
            step = 16 * 1024 if fault and fault.rate else 1 if fault and fault.drip else BLOCK
            offset = start
            while offset <= end:
                n = min(step, end + 1 - offset)
                if drop is not None and offset + n > drop:
                    n = max(drop - offset, 0)
                data = blob.read(offset, n)
                if fault and fault.corrupt and offset <= blob.size // 2 < offset + n:
                    data = bytearray(data)
                    data[blob.size // 2 - offset] ^= 0xFF
                    data = bytes(data)
                try:
                    if data:
                        self.wfile.write(data)
                except OSError:
                    return
                server._count(path, sent=len(data))
                offset += n
                if drop is not None and offset >= drop:
                    self._drop()
                    return
                if fault and fault.rate:
                    time.sleep(n / fault.rate)
                if fault and fault.drip and server.stopping.wait(fault.drip):
                    return

        def _hostile(self, path: str, fault: Fault):
            if fault.redirect:
                self.send_response(302)
                self.send_header("Location", fault.redirect)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if fault.silent:
                while not server.stopping.wait(0.2):
                    pass
                self.close_connection = True
                return
            self.send_response(200)  # forever: no length, the end would be the connection's close
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            block = random.Random(path).randbytes(64 * 1024)
            while not server.stopping.is_set():
                try:
                    self.wfile.write(block)
                except OSError:
                    return
                server._count(path, sent=len(block))

        def _head_claiming(self, length: str):
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", length)
            self.end_headers()

        def _drop(self):
            try:
                self.wfile.flush()
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            self.close_connection = True

        def _small(self, status: int, body: bytes, ctype: str):
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":  # a body after a HEAD answer would corrupt the next response
                self.wfile.write(body)

    return Handler


def _wheel_metadata(data: bytes) -> bytes | None:
    """A wheel's .dist-info/METADATA, or None (not a wheel, or none in it)."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            name = next((n for n in zf.namelist() if n.count("/") == 1 and n.endswith(".dist-info/METADATA")), None)
            return zf.read(name) if name else None
    except zipfile.BadZipFile:
        return None
