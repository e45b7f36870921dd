"""The frame of a benchmark magazine, shared by bench/render.py and the search
corpus (bench/search_corpus.py): sections, format mix, partners, pictures and
site settings. Import it once Django is set up (it imports models)."""

from django.utils.text import slugify
from wagtail.models import Site

from masthead.articles.models import FormatKind, SectionPage
from masthead.core.models import SiteSettings
from masthead.images.factories import CreditedImageFactory
from masthead.partners.factories import PartnerFactory

HERO_POOL = 50
PORTRAIT_POOL = 12

SECTIONS = [
    ("Africa", "region"),
    ("Americas", "region"),
    ("Asia-Pacific", "region"),
    ("Europe", "region"),
    ("Middle East", "region"),
    ("Russia and Eurasia", "region"),
    ("Climate", "theme"),
    ("Defence", "theme"),
    ("Economy", "theme"),
    ("Energy", "theme"),
    ("Technology", "theme"),
    ("Diplomacy", "theme"),
]
FORMAT_WEIGHTS = {
    "analysis": 30,
    "opinion": 20,
    "news": 20,
    "report": 8,
    "brief": 17,
    "republished": 5,
}
PARTNERS = [
    ("Harbour Policy Review", "harbour-policy-review", "https://harbour-review.example"),
    ("The Steppe Monitor", "steppe-monitor", "https://steppe-monitor.example"),
    ("Delta Economic Letter", "delta-economic-letter", "https://delta-letter.example"),
]
ROLES = [
    "Senior Fellow, Africa Program",
    "Senior Fellow, Europe Program",
    "Contributing Editor",
    "Research Director",
    "Correspondent",
    "Associate Fellow, Energy and Climate",
    "Visiting Scholar",
    "Deputy Editor",
    "Non-resident Fellow",
    "Former Ambassador",
]


def make_images(seed: int):
    """Hero pictures and author portraits, drawn from `seed` (no network)."""
    heroes = []
    for number in range(HERO_POOL):
        agency = number % 5 == 4
        heroes.append(
            CreditedImageFactory(
                title=f"bench: illustration {number}",
                seed=seed + number,
                alt_text=f"Abstract map-like illustration number {number}: coloured bands "
                "crossed by routes",
                caption=f"Illustration {number} for the benchmark magazine.",
                credit="Agency photo/Jane Doe" if agency else "Masthead illustration",
                licence="rights_managed" if agency else ("cc_by" if number % 3 == 0 else "staff"),
                source_url=f"https://images.example/{number}" if agency else "",
            )
        )
    portraits = [
        CreditedImageFactory(
            title=f"bench: portrait {number}",
            seed=seed + 1000 + number,
            size=(480, 480),
            alt_text=f"Abstract illustrated portrait tile number {number}",
            caption="",
        )
        for number in range(PORTRAIT_POOL)
    ]
    return heroes, portraits


def make_sections(structure) -> list[SectionPage]:
    sections = []
    for title, kind in SECTIONS:
        page = SectionPage(
            title=title,
            slug=slugify(title),
            kind=kind,
            intro=f"Analysis, opinion and news on {title.lower()}.",
            live=True,
        )
        structure.sections.add_child(instance=page)
        sections.append(page)
    return sections


def make_partners() -> list:
    return [PartnerFactory(name=name, slug=slug, site_url=url) for name, slug, url in PARTNERS]


def make_site_settings(structure, sections, name: str, tagline: str) -> None:
    site = Site.objects.get(is_default_site=True)
    settings = SiteSettings.for_site(site)
    settings.name = name
    settings.tagline = tagline
    settings.postal_address = "1 Benchmark Row\nExample Town\nEX1 2MP"
    settings.newsletter_blurb = "Every Friday: the week's analysis in one email."
    nav = [*sections[:8], structure.formats[FormatKind.BRIEF]]
    settings.navigation = [("link", {"page": page, "label": ""}) for page in nav]
    settings.social_profiles = [
        ("profile", {"network": "x", "url": "https://x.com/benchreview"}),
        ("profile", {"network": "bluesky", "url": "https://bsky.app/profile/bench.example"}),
        ("profile", {"network": "mastodon", "url": "https://mastodon.example/@bench"}),
    ]
    settings.save()
