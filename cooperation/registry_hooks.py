"""Publish cooperation on the shared registries: map layer, profile, practice page, search."""


def register_all() -> None:
    from accounts import personal_data as registry
    from cms.practice_sections import register_practice_section
    from cms.profile import register_section
    from cms.search_providers import register_provider
    from cooperation import personal_data
    from cooperation.map_layer import LAYER
    from cooperation.sections import PRACTICE_SECTION, PROFILE_SECTION, SEARCH_PROVIDER
    from maps.layers import register_layer

    register_layer(LAYER)
    register_section(PROFILE_SECTION)
    register_practice_section(PRACTICE_SECTION)
    register_provider(SEARCH_PROVIDER)
    registry.register_exporter(
        "cooperation", personal_data.export_cooperation, label=personal_data.LABEL
    )
    registry.register_anonymizer(personal_data.anonymize)
