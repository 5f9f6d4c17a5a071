"""Every sentence the guard and the repair show, one code each with its English and Simplified
Chinese text, in one table so they move as one into the shared message mechanism (issue 15).
Params are named; a sentence is never built from English fragments."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "guard_set": (
        "{count} packages of this build are now kept at their installed versions in {venv} "
        "(torch, IPEX and their oneAPI runtime): pip keeps them always, uv only inside the activated "
        "environment. Other packages install as usual.",
        "{venv} 中此构建的 {count} 个软件包现已固定在当前安装的版本(torch、IPEX 及其 oneAPI 运行时):"
        "pip 始终遵守,uv 仅在激活该环境后遵守。其他软件包照常安装。"),
    "guard_not_set": (
        "The packages of this build could not be protected against later changes in {venv} ({reason}); "
        "the install itself is complete.",
        "无法防止 {venv} 中此构建的软件包以后被替换({reason});安装本身已完成。"),
    "repair_nothing": (
        "{venv} already has every planned package at its planned version; nothing was changed.",
        "{venv} 中所有计划的软件包都已是计划的版本;未做任何更改。"),
    "repair_done": (
        "{venv} was repaired: {count} packages were put back to the planned versions.",
        "{venv} 已修复:{count} 个软件包已恢复为计划的版本。"),
    "repair_change": (
        "{name}: {before} -> {after}",
        "{name}:{before} -> {after}"),
    "repair_missing": (
        "{name}: missing -> {after}",
        "{name}:缺失 -> {after}"),
    "repair_no_plan": (
        "{venv} keeps no plan from this installer ({reason}); repair needs the plan it was installed with. "
        "Install into it again instead.",
        "{venv} 中没有本安装程序保存的计划({reason});修复需要安装时的计划。请改为重新安装到该环境。"),
    "repair_failed": (
        "The repair of {venv} failed ({reason}); the environment was left as it was before.",
        "修复 {venv} 失败({reason});环境保持修复前的状态。"),
    "repair_offer": (
        "Some packages of the planned build were replaced or removed in {venv}: {changes}. "
        "Repair puts back exactly the planned versions.",
        "{venv} 中计划构建的部分软件包已被替换或删除:{changes}。“修复”会准确恢复计划的版本。"),
}


def text(code: str, lang: str = "en", **params) -> str:
    en, zh = TEXTS[code]
    return (zh if lang.startswith("zh") else en).format(**params)
