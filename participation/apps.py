from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParticipationConfig(AppConfig):
    name = "participation"
    verbose_name = _("Participation")

    def ready(self):
        from accounts import personal_data as registry
        from cms.profile import register_section
        from maps.layers import register_layer
        from participation import personal_data
        from participation.map_layer import LAYER
        from participation.views.profile import PROFILE_SECTION

        register_layer(LAYER)
        register_section(PROFILE_SECTION)
        registry.register_exporter("participation", personal_data.export_participation)
        registry.register_anonymizer(personal_data.anonymize)
