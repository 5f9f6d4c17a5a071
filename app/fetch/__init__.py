"""Downloads that survive slow links: resume, retries, hashes, mirrors, proxies, OS certificates.

    download(url, dest_dir, sha256=..., mirrors=..., on_event=..., cancel=...) -> Downloaded
    make_session(proxy) ; parse_mirrors(["cn", "download.pytorch.org=https://..."])
"""
