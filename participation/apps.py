from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParticipationConfig(AppConfig):
    name = "participation"
    verbose_name = _("Participation")

    def ready(self):
        from accounts import personal_data as registry
        from cms.profile import register_section
        from cms.search_providers import register_provider
        from maps.layers import register_layer
        from participation import citizen_practice_data, personal_data
        from participation.map_layer import LAYER
        from participation.search_provider import (
            CITIZEN_PRACTICES_SEARCH_PROVIDER,
            SEARCH_PROVIDER,
        )
        from participation.views.citizen_practices import (
            PROFILE_SECTION as CITIZEN_PRACTICES_SECTION,
        )
        from participation.views.profile import PROFILE_SECTION

        register_layer(LAYER)
        register_section(PROFILE_SECTION)
        register_section(CITIZEN_PRACTICES_SECTION)
        register_provider(SEARCH_PROVIDER)
        register_provider(CITIZEN_PRACTICES_SEARCH_PROVIDER)
        registry.register_exporter(
            "participation",
            personal_data.export_participation,
            label=_(
                "Participation: your proposals, supports, pledges, comments, follows and "
                "notifications."
            ),
        )
        registry.register_anonymizer(personal_data.anonymize)
        registry.register_exporter(
            "citizen_practices",
            citizen_practice_data.export_citizen_practices,
            label=_("Good practices you told the School, in every status."),
        )
        registry.register_anonymizer(citizen_practice_data.anonymize_citizen_practices)
