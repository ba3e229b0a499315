"""Plain records passed between the UI, the importers and the store."""

from dataclasses import dataclass
from datetime import datetime

from salescoach.core.domain import ActivityKind, ActivityStatus, Source
from salescoach.core.errors import InvalidInput
from salescoach.core.validation import is_valid_email, is_valid_phone


@dataclass(frozen=True, slots=True)
class ContactFields:
    name: str
    company: str = ""
    email: str = ""
    phone: str = ""
    role: str = ""
    source: Source = Source.OTHER
    is_customer: bool = False
    referred_by: int | None = None
    notes: str = ""

    def check(self) -> None:
        if not self.name.strip():
            raise InvalidInput("A contact needs a name.")
        if not is_valid_email(self.email):
            raise InvalidInput(f"'{self.email}' is not a valid e-mail address.")
        if not is_valid_phone(self.phone):
            raise InvalidInput(f"'{self.phone}' is not a valid phone number.")


@dataclass(frozen=True, slots=True)
class OpportunityFields:
    contact_id: int
    title: str
    value: float = 0.0
    currency: str = "EUR"

    def check(self) -> None:
        if not self.title.strip():
            raise InvalidInput("An opportunity needs a title.")
        if self.value < 0:
            raise InvalidInput("An opportunity's value cannot be negative.")
        if len(self.currency) != 3 or not self.currency.isalpha():
            raise InvalidInput(f"'{self.currency}' is not a three-letter currency code.")


@dataclass(frozen=True, slots=True)
class ActivityFields:
    kind: ActivityKind
    status: ActivityStatus
    at: datetime
    contact_id: int
    opportunity_id: int | None = None
    outcome: str = ""
    notes: str = ""
    needs: str = ""
