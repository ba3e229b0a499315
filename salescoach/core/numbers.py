"""Numbers the way a language writes them (decimal comma, '12 %'), without Qt: for texts
that are not drawn by the GUI (the CLI, tips)."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class NumberStyle:
    decimal: str = "."
    percent_format: str = "{value}%"

    def percent(self, value: float | None) -> str:
        """'32%' ('4.5%' under ten percent); '—' for an undefined ratio."""
        if value is None:
            return "—"
        digits = 1 if 0 < abs(value) < 0.1 else 0
        return self.percent_format.format(value=self.fixed(value * 100, digits))

    def fixed(self, value: float, digits: int = 1) -> str:
        return f"{value:.{digits}f}".replace(".", self.decimal)
