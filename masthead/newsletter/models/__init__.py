"""The weekly round-up: subscribers and their consent, issues, deliveries."""

from .consent import ConsentEvent, ConsentRecord
from .delivery import Delivery
from .roundup import RoundupIssue, RoundupItem
from .subscriber import Subscriber

__all__ = [
    "ConsentEvent",
    "ConsentRecord",
    "Delivery",
    "RoundupIssue",
    "RoundupItem",
    "Subscriber",
]
