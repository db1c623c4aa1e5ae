"""What an operation changed, said once, so that every screen showing it can read it again.

Every operation that writes (:mod:`db.ops` saves, deletes and undoes; a signed return; an Excel
import; a bundle exported or imported; an acknowledgement applied; a conflict settled; a backup
restored) returns or carries a :class:`Changes`. The app publishes it once and each page decides
from it whether what it shows is still true — as Anki's ``OpChanges`` — so no page needs to know
which other pages exist. Qt-free: the command line may print or ignore it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """The parts of the office's (or the city's) data an operation changed."""

    kinds: frozenset[str] = field(default_factory=frozenset)
    """Record kinds (:data:`db.kinds.KINDS` keys) with rows added, edited, deleted or restored."""
    records: frozenset[str] = field(default_factory=frozenset)
    """The ids of those records, where the operation knows them (empty: any of the kinds' rows)."""
    periods: frozenset[str] = field(default_factory=frozenset)
    """Period codes whose return changed (signed, sent, received, sent back, corrected)."""
    returns: bool = False
    """Signed returns or their state (已签署 / 已报送 / 已接收 / 退回) changed."""
    exchange: bool = False
    """Bundles sent or received, acknowledgements, conflicts or certificates changed."""
    office: bool = False
    """The office's profile, operators or the standards in force changed."""
    everything: bool = False
    """The whole database was replaced (a backup restored): every page reads again."""

    @classmethod
    def of_records(cls, kind: str, ids: Iterable[str] = ()) -> Changes:
        return cls(kinds=frozenset({kind}), records=frozenset(ids))

    @classmethod
    def all(cls) -> Changes:
        return cls(everything=True)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            kinds=self.kinds | other.kinds,
            records=self.records | other.records,
            periods=self.periods | other.periods,
            returns=self.returns or other.returns,
            exchange=self.exchange or other.exchange,
            office=self.office or other.office,
            everything=self.everything or other.everything,
        )

    @property
    def empty(self) -> bool:
        return not (self.kinds or self.periods or self.returns or self.exchange or self.office or self.everything)

    @property
    def ledgers(self) -> bool:
        """Any ledger record changed (or everything did)."""
        return self.everything or bool(self.kinds)

    def touches(self, kind: str) -> bool:
        """Whether records of ``kind`` may have changed."""
        return self.everything or kind in self.kinds

    def touches_returns(self) -> bool:
        return self.everything or self.returns or bool(self.periods)

    def touches_exchange(self) -> bool:
        return self.everything or self.exchange

    def touches_office(self) -> bool:
        return self.everything or self.office


NOTHING = Changes()
