"""The working record of one figure while the components fill it in (amount -> qualifier -> unit -> measure
-> breakdown), before it becomes a Claim."""
from __future__ import annotations

from dataclasses import dataclass

from claimledger.extract.numbers import Amount
from claimledger.extract.qualifiers import Qualified


@dataclass(eq=False)
class Mention:
    amount: Amount
    q: Qualified
    sentence: tuple[int, int]
    unit: str | None = None
    unit_text: str | None = None  # the noun phrase as written ("elderly people"), for subgroups
    unit_end: int | None = None  # where the unit phrase ends; the figure's end when there is none
    measure: str | None = None
    measure_end: int | None = None  # end of the predicate that gave the measure, when it stands after the figure
    parent: Mention | None = None
    subgroup: str | None = None
    subset: bool = False  # "of whom 2,800 were identified": what follows this breakdown is said of it alone

    @property
    def start(self) -> int:
        return self.q.start

    @property
    def end(self) -> int:
        return self.q.end

    @property
    def tail(self) -> int:
        """End of the figure with its unit phrase."""
        return self.unit_end if self.unit_end is not None else self.end
