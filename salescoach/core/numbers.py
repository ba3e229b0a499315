"""Numbers the way a language writes them (decimal comma, '12 %'), without Qt: for texts
that are not drawn by the GUI (the CLI, tips)."""

from dataclasses import dataclass
from typing import Any


def percent_digits(share: float) -> int:
    """Decimals a percentage deserves: one under ten percent (4.5%), none above (32%)."""
    return 1 if 0 < abs(share) < 0.1 else 0


@dataclass(frozen=True, slots=True)
class NumberStyle:
    decimal: str = "."
    percent_format: str = "{value}%"

    @classmethod
    def of(cls, texts: dict[str, Any]) -> "NumberStyle":
        """The style a resources/<folder>/<lang>.toml file declares in its [format] table."""
        return cls(texts["format"]["decimal"], texts["format"]["percent"])

    def percent(self, value: float | None) -> str:
        """'32%' ('4.5%' under ten percent); '—' for an undefined ratio."""
        if value is None:
            return "—"
        return self.percent_format.format(value=self.fixed(value * 100, percent_digits(value)))

    def fixed(self, value: float, digits: int = 1) -> str:
        return f"{value:.{digits}f}".replace(".", self.decimal)
