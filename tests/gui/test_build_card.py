"""The Build page answers first: one card for the pick (the build in words, its AOT/JIT badge,
why, the first-run wait), the maintained alternative when the pick is archived IPEX, the rest
under Advanced; a JIT choice's confirmation is in view without scrolling. Real probe of
recorded machines and the real planner, both languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from tests.gui.texts_check import CJK, problems


def in_view(widget, page) -> bool:
    top_left = widget.mapTo(page, widget.rect().topLeft())
    return widget.isVisibleTo(page) and page.rect().contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_archived_pick_offers_the_maintained_alternative(walk_to_build, qtbot, language):
    wizard = walk_to_build(language, "ps51_desktop_uhd770_a770.utf16.json")
    page = wizard.build
    choice = page.plan.choice
    assert choice.ipex_version and choice.status == "archived", choice.build_id  # IPEX for the Arc A770
    assert page.badge.text() == "AOT" and in_view(page.details, page)
    assert choice.torch_version in page.build_title.text() and choice.ipex_version in page.build_title.text()
    assert page.explain.text() and "8a4b00" not in page.explain.styleSheet()  # good news, not a caution
    assert not page.advanced_scroll.isVisibleTo(page) and not page.builds.isVisibleTo(page)
    assert problems(page, language) == []
    if language == "zh_CN":
        assert CJK.search(page.details.title())
    assert page.maintained_button.isVisibleTo(page)
    page.maintained_button.click()
    qtbot.waitUntil(lambda: page.plan is not None and not wizard.state.busy, timeout=30_000)
    assert page.channel.currentData() == "torch-xpu"
    assert page.plan.choice is not None and not page.plan.choice.ipex_version
    assert not page.maintained_button.isVisibleTo(page)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_jit_choice_asks_for_confirmation_in_view(walk_to_build, language):
    wizard = walk_to_build(language, "ps51_arl_s_basic_display.utf16.json")
    page = wizard.build
    page.advanced_button.click()
    assert page.builds.isVisibleTo(page)
    jit_rows = [i for i, c in enumerate(page._options()) if c.expect == "jit"]
    page.builds.setCurrentRow(jit_rows[0])
    assert page.badge.text() == "JIT" and not page.isComplete()
    assert in_view(page.jit_ack, page)  # no scrolling needed to find the box
    page.jit_ack.setChecked(True)
    assert page.isComplete()
    assert problems(page, language) == []


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_jit_confirmation_is_in_the_visible_window_at_1024x700(walk_to_build, qtbot, language):
    """A small window at the wizard's default font: the confirmation box of a JIT build chosen
    under Advanced is inside the window and nothing clips it, so no scrolling finds it."""
    from PySide6.QtCore import QPoint

    wizard = walk_to_build(language, "ps51_desktop_uhd770_a770.utf16.json", size=(1024, 700))
    assert (wizard.width(), wizard.height()) == (1024, 700)  # the window did not grow to fit
    page = wizard.build
    page.advanced_button.click()  # the other builds are listed under Advanced
    jit_rows = [i for i, c in enumerate(page._options()) if c.expect == "jit"]
    page.builds.setCurrentRow(jit_rows[0])
    qtbot.waitUntil(page.jit_ack.isVisible)
    ack = page.jit_ack
    top_left = ack.mapTo(wizard, QPoint(0, 0))
    assert wizard.rect().contains(QRect(top_left, ack.size())), (QRect(top_left, ack.size()), wizard.rect())
    assert ack.visibleRegion().boundingRect() == ack.rect()  # no parent or sibling hides any of it
    assert not page.isComplete() and not ack.isChecked()
    ack.click()
    assert page.isComplete()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_good_news_about_the_gpu_is_not_shown_as_a_warning(walk_to_build, language):
    """The AOT pick for the A770: its sentence in the good-news colour, and what the reference
    table says of the GPU ("validated by IPEX") among the facts under Advanced, not the cautions."""
    from PySide6.QtCore import QCoreApplication

    from app.gui import translated
    from app.messages import msg

    wizard = walk_to_build(language, "ps51_desktop_uhd770_a770.utf16.json")
    page = wizard.build
    assert page.plan.choice.expect == "aot" and "1b6e20" in page.explain.styleSheet()
    validated = translated.text(msg("device_dg2"))
    assert validated in page.reasons.text() and validated not in page.warnings.text()
    assert translated.text(page.plan.choice.warnings[0]) in page.warnings.text()  # cautions stay cautions
    assert QCoreApplication.translate("Badge", "AOT") == page.badge.text()
