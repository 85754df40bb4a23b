"""Publish the School on the shared registries: map layer, profile and practice sections, data."""


def register_all() -> None:
    from accounts import personal_data as registry
    from cms.practice_sections import register_practice_section
    from cms.profile import register_section
    from maps.layers import register_layer
    from school import personal_data, signal_handlers
    from school.consulting import personal_data as consulting_data
    from school.consulting import sections as consulting_sections
    from school.map_layer import LAYER
    from school.sections import PRACTICE_SECTION, PROFILE_SECTION

    register_layer(LAYER)
    register_section(PROFILE_SECTION)
    register_practice_section(PRACTICE_SECTION)
    registry.register_exporter("school", personal_data.export_school, label=personal_data.LABEL)
    registry.register_anonymizer(personal_data.anonymize)
    register_section(consulting_sections.PROFILE_SECTION)
    register_practice_section(consulting_sections.PEERS_SECTION)
    registry.register_exporter(
        "consulting", consulting_data.export_consulting, label=consulting_data.LABEL
    )
    registry.register_anonymizer(consulting_data.anonymize)
    signal_handlers.connect()
