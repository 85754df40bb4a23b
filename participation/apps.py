from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParticipationConfig(AppConfig):
    name = "participation"
    verbose_name = _("Participation")

    def ready(self):
        from accounts import personal_data as registry
        from maps.layers import register_layer
        from participation import personal_data
        from participation.map_layer import LAYER

        register_layer(LAYER)
        registry.register_exporter("proposals", personal_data.export_proposals)
        registry.register_exporter("supports", personal_data.export_supports)
        registry.register_exporter("pledges", personal_data.export_pledges)
        registry.register_exporter("comments", personal_data.export_comments)
        registry.register_exporter("follows", personal_data.export_follows)
        registry.register_exporter("notifications", personal_data.export_notifications)
        registry.register_anonymizer(personal_data.anonymize)
