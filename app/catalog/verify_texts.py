"""Every sentence `catalog verify` shows, by code, in one table with its Simplified Chinese
(issue 15: the codes move to the shared message mechanism when it lands; until then they live
here, so they are easy to move). `say(code, **params)` is the English text; refusals and
failures carry the code ("verify_" + code) and params too."""

from __future__ import annotations

from typing import Any

from app.errors import AppError, BadInput

CODE_PREFIX = "verify_"

MESSAGES = {
    # refusals (exit 2)
    "bad_python": "'{value}' is not a Python version like 3.11.",
    "python_not_listed": "Build {build_id} lists Pythons {pythons}, not {python}; choose one of those.",
    "no_project": "Build {build_id} pins no wheel of {projects}; it pins {pinned}.",
    "bad_platform": "'{value}' is not a wheel platform tag like win_amd64 or manylinux_2_28_x86_64.",
    "not_measurements": "{path} exists and is not a measurements file written by 'catalog verify'; choose "
                        "another file.",
    "write_failed": "Could not write the measurements file {path} ({reason}).",
    # the report
    "header": "Build {build_id} ({os}, Python {python}{platform}): measuring the AOT lists from its wheels.",
    "no_file": "  {requirement}: no {os} wheel for Python {python}{platform} on {indexes}.",
    "wheel": "  {project} {version}: {filename}",
    "wheel_hash_index": "    sha256 {sha256} (from the index page)",
    "wheel_hash_catalog": "    sha256 {sha256} (recorded in the catalog)",
    "wheel_no_hash": "    no sha256 known (neither the index nor the catalog gives one)",
    "ranged": "    read by HTTP Range: {fetched} of {size} ({percent}%) in {requests} requests, {seconds} s; the "
              "file as a whole was not hashed here, so the sha256 above is taken on trust",
    "whole_checked": "    the server ignored Range: downloaded whole ({fetched}, {requests} requests, {seconds} s); "
                     "its sha256 matched the one above",
    "whole_unchecked": "    the server ignored Range: downloaded whole ({fetched}, {requests} requests, {seconds} s); "
                       "sha256 {sha256} computed here, none known to check it against",
    "library": "    {member}: {members}; IP {ips}; SPIR-V {spirv}",
    "library_none": "    {member}: no SYCL device images",
    "library_skipped": "    {member}: no SYCL device images (no .tgtimg in its headers; stopped after {fetched})",
    "library_unreadable": "    {member}: could not be read ({reason})",
    "unsafe_names": "    {count} member names were left out as unsafe (for example '{example}')",
    "no_images": "  Measured: no library of these wheels carries SYCL device images: JIT only, or a CPU build.",
    "measured": "  Measured AOT members (every library with images): {members}; SPIR-V fallback {spirv}.",
    "measured_differ": "  The libraries differ: {detail}.",
    "measured_devices": "  As an AOT device list: {devices}",
    "catalog_agrees": "  Catalog: {devices} ({certainty}): agrees.",
    "catalog_differs": "  Catalog: {devices} ({certainty}): DIFFERS; missing {missing}; not in the catalog "
                       "{extra}.",
    "catalog_unknown": "  Catalog: AOT list not published ({certainty}); the measurement above fills it.",
    "written": "Recorded the measurement for {build_id} in {path} (certainty 'measured'), for review; the "
               "catalog itself was not changed.",
    "yes": "yes",
    "no": "no",
    "none": "none",
}

ZH = {
    "bad_python": "“{value}”不是形如 3.11 的 Python 版本。",
    "python_not_listed": "构建 {build_id} 列出的 Python 为 {pythons}，不含 {python}；请从中选择一个。",
    "no_project": "构建 {build_id} 没有固定 {projects} 的 wheel；它固定的是 {pinned}。",
    "bad_platform": "“{value}”不是形如 win_amd64 或 manylinux_2_28_x86_64 的 wheel 平台标签。",
    "not_measurements": "{path} 已存在，且不是“catalog verify”写出的测量文件；请选择其他文件。",
    "write_failed": "无法写入测量文件 {path}（{reason}）。",
    "header": "构建 {build_id}（{os}，Python {python}{platform}）：从其 wheel 测量 AOT 列表。",
    "no_file": "  {requirement}：{indexes} 上没有适用于 {os}、Python {python}{platform} 的 wheel。",
    "wheel": "  {project} {version}：{filename}",
    "wheel_hash_index": "    sha256 {sha256}（来自索引页）",
    "wheel_hash_catalog": "    sha256 {sha256}（记录在目录中）",
    "wheel_no_hash": "    未知 sha256（索引和目录都没有给出）",
    "ranged": "    通过 HTTP Range 读取：{size} 中的 {fetched}（{percent}%），{requests} 次请求，{seconds} 秒；"
              "此处未对整个文件计算哈希，因此上面的 sha256 未经核对",
    "whole_checked": "    服务器忽略了 Range：已完整下载（{fetched}，{requests} 次请求，{seconds} 秒）；"
                     "其 sha256 与上面的一致",
    "whole_unchecked": "    服务器忽略了 Range：已完整下载（{fetched}，{requests} 次请求，{seconds} 秒）；"
                       "此处算得 sha256 {sha256}，没有可供核对的已知值",
    "library": "    {member}：{members}；IP {ips}；SPIR-V {spirv}",
    "library_none": "    {member}：没有 SYCL 设备映像",
    "library_skipped": "    {member}：没有 SYCL 设备映像（文件头中没有 .tgtimg；读取 {fetched} 后停止）",
    "library_unreadable": "    {member}：无法读取（{reason}）",
    "unsafe_names": "    有 {count} 个成员名称因不安全而被略过（例如“{example}”）",
    "no_images": "  测量结果：这些 wheel 中没有任何库带有 SYCL 设备映像：只能 JIT，或是 CPU 版本。",
    "measured": "  测得的 AOT 成员（所有带映像的库共有）：{members}；SPIR-V 回退 {spirv}。",
    "measured_differ": "  各库不一致：{detail}。",
    "measured_devices": "  作为 AOT 设备列表：{devices}",
    "catalog_agrees": "  目录：{devices}（{certainty}）：一致。",
    "catalog_differs": "  目录：{devices}（{certainty}）：不一致；缺少 {missing}；目录中没有 {extra}。",
    "catalog_unknown": "  目录：未公布 AOT 列表（{certainty}）；上面的测量结果补上了它。",
    "written": "已将 {build_id} 的测量结果记录到 {path}（可信度“measured”），供审阅；目录本身未被修改。",
    "yes": "有",
    "no": "无",
    "none": "无",
}


def say(code: str, **params: Any) -> str:
    return MESSAGES[code].format(**params)


def refused(code: str, **params: Any) -> BadInput:
    values = {k: str(v) for k, v in params.items()}
    return BadInput(say(code, **values), code=CODE_PREFIX + code, params=values)


def failed(code: str, **params: Any) -> AppError:
    values = {k: str(v) for k, v in params.items()}
    return AppError(say(code, **values), code=CODE_PREFIX + code, params=values)
