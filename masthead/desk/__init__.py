"""The editorial desk: who may do what in the admin.

The newsroom's roles as Django groups (`roles.py`, created by a migration and
completed by `services.roles_ensure`), the sections each section editor
publishes in (`SectionEditor`) and the permission tester that lets them
(`permissions.py`). The review workflow and draft links for outside reviewers
will live here too.
"""
