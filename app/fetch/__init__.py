"""Downloads that survive slow links: resume, retries, hashes, mirrors, proxies, OS certificates.

    download.download(url, dest_dir, sha256=..., mirrors=..., on_event=..., cancel=...) -> Downloaded
    session.make_session(proxy)            requests + truststore + env or explicit proxy
    mirrors.parse_mirrors(["cn", "download.pytorch.org=https://..."]) -> Mirrors (.rewrite(url))
    index.find_wheel(session, index_url, "torch==2.8.0+xpu", "3.11", mirrors) -> IndexFile | None
    wheelhouse.by_filename / by_requirement  offline installs from a folder
    wheelmeta.pinned_dependencies(wheel, "3.11.7")  exact pins a wheel declares, markers applied
"""
