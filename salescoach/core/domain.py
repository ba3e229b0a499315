"""The words of the domain: stages, contact sources, activity kinds and statuses."""

from enum import StrEnum


class Stage(StrEnum):
    """SPANCO stages, in funnel order, plus the terminal `lost`."""

    SUSPECT = "suspect"
    PROSPECT = "prospect"
    APPROACH = "approach"
    NEGOTIATION = "negotiation"
    CONCLUSION = "conclusion"
    ORDER = "order"
    LOST = "lost"


#: The funnel stages in order; `lost` is not part of the chain.
FUNNEL: tuple[Stage, ...] = (
    Stage.SUSPECT,
    Stage.PROSPECT,
    Stage.APPROACH,
    Stage.NEGOTIATION,
    Stage.CONCLUSION,
    Stage.ORDER,
)


class Source(StrEnum):
    """Where a contact came from; the coach compares channels."""

    COLD_CALL = "cold_call"
    REFERRAL = "referral"
    SOCIAL = "social"
    INBOUND = "inbound"
    EVENT = "event"
    OTHER = "other"


class ActivityKind(StrEnum):
    CALL = "call"
    EMAIL = "email"
    SOCIAL = "social"
    MEETING = "meeting"
    VISIT = "visit"
    PROPOSAL = "proposal"
    NOTE = "note"


#: Kinds that count as appointments in the funnel.
APPOINTMENT_KINDS: tuple[ActivityKind, ...] = (ActivityKind.MEETING, ActivityKind.VISIT)


class ActivityStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"
