"""Publish the circle on the shared registries: only the personal-data export and deletion.

The circle is private: it registers no search provider, map layer, profile section or feed.
"""


def register_all() -> None:
    from accounts import personal_data as registry
    from circle import personal_data

    registry.register_exporter("circle", personal_data.export_circle, label=personal_data.LABEL)
    registry.register_anonymizer(personal_data.anonymize)
