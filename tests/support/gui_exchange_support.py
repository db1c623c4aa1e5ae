"""Fixtures for the exchange GUI tests (the office's 数据交换 page, the city's window): real
installations in temporary folders (tests/support/exchange_sites.py), a USB stick that is a folder, and
scripted prompts. Nothing is mocked."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from db.exchange.pki import CityAuthority
from desktop.common.drives import Drive
from desktop.common.prompts import ScriptedPrompts, install_prompts
from tests.support.exchange_sites import Site, certify, copy_site, demo_template, make_city, small_office

STICK_FREE = 15_400_000_000


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_template(tmp_path_factory.mktemp("gui-demo-template") / "data")


@pytest.fixture
def scripted() -> Iterator[ScriptedPrompts]:
    answers = ScriptedPrompts()
    previous = install_prompts(answers)
    yield answers
    install_prompts(previous)


@dataclass
class World:
    city: CityAuthority
    hub: Site  # the city's installation
    office1: Site  # the demo office 胜利社区 (certified)
    office2: Site  # a small office 新华社区 (certified)
    stick: Path  # the USB stick

    def drives(self) -> list[Drive]:
        return [Drive(self.stick, "KINGSTON", STICK_FREE, True)]


@pytest.fixture
def world(tmp_path: Path, template: Path) -> Iterator[World]:
    city, hub = make_city(tmp_path / "city")
    office1 = copy_site(template, tmp_path / "office1")
    office2 = small_office(tmp_path / "office2")
    certify(city, office1, "胜利社区")
    certify(city, office2, "新华社区")
    stick = tmp_path / "usb"
    stick.mkdir()
    yield World(city, hub, office1, office2, stick)
    QThreadPool.globalInstance().waitForDone()  # nothing left running when the stores close
    for site in (hub, office1, office2):
        site.close()


def answer(scripted: ScriptedPrompts, method: str, *values: object) -> None:
    """Queue ``values`` as the next answers to ``method``."""
    from collections import deque

    scripted.answers.setdefault(method, deque()).extend(values)


def asked(scripted: ScriptedPrompts, method: str) -> list[tuple[str, str, str]]:
    return [question for question in scripted.asked if question[0] == method]
