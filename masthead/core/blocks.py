"""Blocks used by the site settings: the navigation and the social profiles."""

from wagtail import blocks

SOCIAL_NETWORKS = [
    ("x", "X"),
    ("bluesky", "Bluesky"),
    ("mastodon", "Mastodon"),
    ("facebook", "Facebook"),
    ("linkedin", "LinkedIn"),
    ("youtube", "YouTube"),
    ("instagram", "Instagram"),
    ("threads", "Threads"),
    ("rss", "RSS"),
    ("website", "Website"),
]


class SocialProfileBlock(blocks.StructBlock):
    network = blocks.ChoiceBlock(choices=SOCIAL_NETWORKS)
    url = blocks.URLBlock(label="Profile URL")

    class Meta:
        icon = "link-external"
        label = "Social profile"
        description = "One of the magazine's profiles, shown under \u201cFollow us\u201d."


class NavigationLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock()
    label = blocks.CharBlock(required=False, help_text="Defaults to the page title.")

    class Meta:
        icon = "list-ul"
        label = "Navigation link"
