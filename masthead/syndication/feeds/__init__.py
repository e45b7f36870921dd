"""Outbound feeds: RSS 2.0, Atom 1.0 and JSON Feed 1.1.

`base` decides which articles a feed holds, `entries` what each entry says;
`rss_atom` and `json_feed` only write those entries in their format.
"""
