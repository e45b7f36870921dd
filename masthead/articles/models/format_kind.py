"""What kind of piece an article is: the format named in its kicker."""

from django.db import models


class FormatKind(models.TextChoices):
    ANALYSIS = "analysis", "Analysis"
    OPINION = "opinion", "Opinion"
    NEWS = "news", "News"
    REPORT = "report", "Report"
    BRIEF = "brief", "Brief (short form)"
    REPUBLISHED = "republished", "Republished"
