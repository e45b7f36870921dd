"""The editorial desk: who may do what in the admin.

The newsroom's roles as Django groups (`roles.py`, created by a migration and
completed by `services.roles_ensure`), the sections each section editor
publishes in (`SectionEditor`) and the permission tester that lets them
(`permissions.py`), and draft links: a page's newest draft for an outside
reviewer, expiring and revocable (`models/draft_link.py`, `views.py`,
`admin_views.py`; docs/draft-links.md). The review workflow will live here too.
"""
